import { isAdmin, type Actor } from '../../core/actor.ts';
import { DomainError } from '../../core/errors.ts';
import { findSiteByName } from '../../store/repositories/sites.ts';
import { addModeratorSite, clearPassword, deleteUserSessions, findUserByEmail, insertOneTimeToken, insertUser, updateUser } from '../../store/repositories/users.ts';
import type { Deps } from '../deps.ts';
import { hashSecret, newSecret } from '../secrets.ts';
import { normalizeEmail } from './create-admin.ts';

const INVITE_MS = 7 * 24 * 3600 * 1000;

/** An admin makes someone a moderator of a site; a new person gets a one-time link to choose a password. */
export async function inviteModerator(deps: Pick<Deps, 'store' | 'now'>, actor: Actor, input: { email: string; site: string; name?: string }) {
  if (!isAdmin(actor)) throw new DomainError('FORBIDDEN', 'Only admins can invite moderators.');
  const site = await findSiteByName(deps.store.db, input.site);
  if (!site) throw new DomainError('SITE_NOT_FOUND', `No site is named "${input.site}".`, { param: 'site' });
  const email = normalizeEmail(input.email);
  const now = deps.now();
  return deps.store.db.transaction().execute(async (trx) => {
    let user = await findUserByEmail(trx, email);
    if (!user) user = await insertUser(trx, { email, emailVerifiedAt: null, passwordHash: null, displayName: input.name ?? email.split('@')[0]!, role: 'moderator', createdAt: now });
    else if (user.role === 'commenter') await updateUser(trx, user.id, { role: 'moderator' });
    // An unverified account's password was set by whoever typed this address: it must not inherit
    // moderation rights, so it is dropped (sessions too) and the real owner sets one by invitation.
    const unproven = user.emailVerifiedAt === null;
    if (unproven) {
      await clearPassword(trx, user.id);
      await deleteUserSessions(trx, user.id);
    }
    await addModeratorSite(trx, site.id, user.id, now);
    let inviteToken: string | null = null;
    if (user.passwordHash === null || unproven) {
      inviteToken = newSecret('pi');
      await insertOneTimeToken(trx, { tokenHash: hashSecret(inviteToken), purpose: 'invite', userId: user.id, expiresAt: now + INVITE_MS });
    }
    return { userId: user.id, email, site: site.name, inviteToken };
  });
}
