import { DomainError } from '../../core/errors.ts';
import { findAdminByKeyHash, insertAdminWithKey } from '../../store/repositories/admins.ts';
import type { Deps } from '../deps.ts';
import { hashSecret, newSecret } from '../secrets.ts';

/** Creates the admin (or adds a key to an existing one) and returns the API key; it is shown once and stored hashed. */
export async function createAdmin(deps: Pick<Deps, 'store' | 'now'>, input: { email: string }): Promise<{ adminId: number; email: string; apiKey: string }> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new DomainError('VALIDATION_FAILED', 'Give the admin\'s email address.', { param: 'email' });
  const apiKey = newSecret('pk_admin');
  const { id } = await insertAdminWithKey(deps.store.db, { email, keyHash: hashSecret(apiKey), createdAt: deps.now() });
  return { adminId: id, email, apiKey };
}

export async function authenticateAdmin(deps: Pick<Deps, 'store'>, apiKey: string | undefined) {
  const admin = apiKey ? await findAdminByKeyHash(deps.store.db, hashSecret(apiKey)) : undefined;
  if (!admin) throw new DomainError('ADMIN_KEY_REQUIRED', 'This route needs a valid admin API key (Authorization: Bearer pk_admin_…), made by `parley admin create`.');
  return admin;
}
