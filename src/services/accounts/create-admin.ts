import { DomainError } from '../../core/errors.ts';
import { clearPassword, deleteUserSessions, findUserByEmail, insertApiKey, insertUser, updateUser } from '../../store/repositories/users.ts';
import type { Deps } from '../deps.ts';
import { hashSecret, newSecret } from '../secrets.ts';
import { checkPasswordStrength, hashPassword } from './passwords.ts';

/**
 * Bootstraps an admin (or promotes and re-keys an existing user) and returns a new API key: shown
 * once, stored hashed. With a password, the admin can also sign in to the admin UI.
 */
export async function createAdmin(deps: Pick<Deps, 'store' | 'now'>, input: { email: string; password?: string; name?: string }): Promise<{ userId: number; email: string; apiKey: string }> {
  const email = normalizeEmail(input.email);
  if (input.password !== undefined) checkPasswordStrength(input.password);
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
  const apiKey = newSecret('pk_admin');
  const now = deps.now();
  const userId = await deps.store.db.transaction().execute(async (trx) => {
    const existing = await findUserByEmail(trx, email);
    const user = existing ?? await insertUser(trx, { email, emailVerifiedAt: now, passwordHash: passwordHash ?? null, displayName: input.name ?? email.split('@')[0]!, role: 'admin', createdAt: now });
    if (existing) {
      // The operator vouches for this address now; a password someone set without proving the address is dropped.
      if (existing.emailVerifiedAt === null && !passwordHash) {
        await clearPassword(trx, existing.id);
        await deleteUserSessions(trx, existing.id);
      }
      await updateUser(trx, existing.id, { role: 'admin', emailVerifiedAt: now, ...(passwordHash ? { passwordHash } : {}) });
    }
    await insertApiKey(trx, { userId: user.id, keyHash: hashSecret(apiKey), createdAt: now });
    return user.id;
  });
  return { userId, email, apiKey };
}

export function normalizeEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new DomainError('VALIDATION_FAILED', 'Give a valid email address.', { param: 'email' });
  return email;
}
