import { DomainError } from '../../core/errors.ts';
import { consumeOneTimeToken, updateUser } from '../../store/repositories/users.ts';
import type { Deps } from '../deps.ts';
import { hashSecret } from '../secrets.ts';
import { checkPasswordStrength, hashPassword } from './passwords.ts';
import { openSession } from './sessions.ts';

/** The invited moderator chooses a password; the link works once, and signs them in. */
export async function acceptInvite(deps: Pick<Deps, 'store' | 'now'>, input: { token: string; password: string }) {
  checkPasswordStrength(input.password);
  const passwordHash = await hashPassword(input.password);
  const now = deps.now();
  const userId = await consumeOneTimeToken(deps.store.db, hashSecret(input.token), 'invite', now);
  if (userId === undefined) throw new DomainError('INVALID_LINK', 'This invitation link is unknown, expired or already used; ask an admin for a new one.');
  await updateUser(deps.store.db, userId, { passwordHash, emailVerifiedAt: now });
  return openSession(deps, userId);
}
