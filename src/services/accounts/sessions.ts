import { DomainError } from '../../core/errors.ts';
import { deleteSession, findUserByEmail, insertSession } from '../../store/repositories/users.ts';
import type { Deps } from '../deps.ts';
import { hashSecret, newSecret } from '../secrets.ts';
import { normalizeEmail } from './create-admin.ts';
import { verifyPassword } from './passwords.ts';

const SESSION_MS = 30 * 24 * 3600 * 1000;

/** Opens a session for a user and returns its bearer token (stored hashed). */
export async function openSession(deps: Pick<Deps, 'store' | 'now'>, userId: number): Promise<{ token: string; expiresAt: number }> {
  const token = newSecret('ps');
  const now = deps.now();
  await insertSession(deps.store.db, { userId, tokenHash: hashSecret(token), createdAt: now, expiresAt: now + SESSION_MS });
  return { token, expiresAt: now + SESSION_MS };
}

/** Email + password sign-in. One message for every failure, so it never tells whether an email is registered. */
export async function signInWithPassword(deps: Pick<Deps, 'store' | 'now'>, input: { email: string; password: string }) {
  const user = await findUserByEmail(deps.store.db, normalizeEmail(input.email));
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok) throw new DomainError('INVALID_CREDENTIALS', 'That email and password do not match an account.');
  // Whoever typed this address at sign-up has not proven they own it; until they do, the password opens nothing.
  if (user.email !== null && user.emailVerifiedAt === null) {
    throw new DomainError('EMAIL_NOT_VERIFIED', 'Confirm your email address first: follow the link in the message we sent you.');
  }
  const session = await openSession(deps, user.id);
  return { ...session, user: { id: user.id, email: user.email, displayName: user.displayName, role: user.role } };
}

export async function signOut(deps: Pick<Deps, 'store'>, token: string): Promise<void> {
  await deleteSession(deps.store.db, hashSecret(token));
}
