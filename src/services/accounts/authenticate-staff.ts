import type { Actor } from '../../core/actor.ts';
import { DomainError } from '../../core/errors.ts';
import { findSessionUser, findUserByApiKeyHash, moderatedSiteIds, type User } from '../../store/repositories/users.ts';
import type { Deps } from '../deps.ts';
import { hashSecret } from '../secrets.ts';

/**
 * The staff member behind a bearer credential: an admin API key (`pk_admin_…`) or a staff session
 * from signing in. Readers' tokens and commenter accounts are not staff: they get 403, not a 401.
 */
export async function authenticateStaff(deps: Pick<Deps, 'store' | 'now'>, credential: string | undefined): Promise<Actor> {
  const refuse = () => new DomainError('STAFF_AUTH_REQUIRED', 'Sign in as an admin or moderator, or send an admin API key (Authorization: Bearer …).');
  if (!credential) throw refuse();
  const hash = hashSecret(credential);
  const user: User | undefined = credential.startsWith('pk_admin_')
    ? await findUserByApiKeyHash(deps.store.db, hash)
    : await findSessionUser(deps.store.db, hash, deps.now());
  if (!user) throw refuse();
  if (user.role === 'admin') return { kind: 'admin', userId: user.id, email: user.email };
  if (user.role === 'moderator') return { kind: 'moderator', userId: user.id, email: user.email, siteIds: await moderatedSiteIds(deps.store.db, user.id) };
  throw new DomainError('FORBIDDEN', 'Your account has no moderation rights.');
}
