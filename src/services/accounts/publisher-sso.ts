import { randomBytes } from 'node:crypto';
import { errors as joseErrors, jwtVerify } from 'jose';
import { isAdmin, type Actor } from '../../core/actor.ts';
import { DomainError } from '../../core/errors.ts';
import { findSiteByName, setSiteSsoSecret, siteSsoSecret } from '../../store/repositories/sites.ts';
import { addModeratorSite, findSsoUser, insertUser, removeModeratorSite, updateUser } from '../../store/repositories/users.ts';
import { insertAudit } from '../../store/repositories/moderation.ts';
import type { Deps } from '../deps.ts';
import { openSession } from './sessions.ts';

// Publisher tokens are minted per page view; a long-lived one is a leaked one.
const MAX_LIFETIME_S = 15 * 60;

/** An admin turns single sign-on on for a site (or rotates the secret); the secret is shown once. */
export async function rotateSsoSecret(deps: Pick<Deps, 'store' | 'now'>, actor: Actor, siteName: string): Promise<{ site: string; secret: string }> {
  if (!isAdmin(actor)) throw new DomainError('FORBIDDEN', 'Only admins can configure single sign-on.');
  const site = await findSiteByName(deps.store.db, siteName);
  if (!site) throw new DomainError('SITE_NOT_FOUND', `No site is named "${siteName}".`, { param: 'site' });
  const secret = randomBytes(32).toString('base64url');
  await setSiteSsoSecret(deps.store.db, site.id, secret);
  await insertAudit(deps.store.db, { siteId: site.id, actorUserId: actor.userId, action: 'site.sso_secret', targetType: 'site', targetId: site.id, detail: {}, at: deps.now() });
  return { site: site.name, secret };
}

/**
 * The publisher's page passes a short-lived HS256 JWT about its logged-in subscriber
 * (sub, name, email?, avatar?, role?); Parley verifies it with the site's secret and creates or
 * updates that site's user, then opens a session. The algorithm is pinned, so "alg: none" and
 * key-confusion tricks are refused.
 */
export async function signInWithSso(deps: Pick<Deps, 'store' | 'now'>, input: { site: string; token: string }) {
  const site = await findSiteByName(deps.store.db, input.site);
  if (!site) throw new DomainError('SITE_NOT_FOUND', `No site is named "${input.site}".`, { param: 'site' });
  const secret = await siteSsoSecret(deps.store.db, site.id);
  if (!secret) throw new DomainError('SSO_NOT_CONFIGURED', 'This site has not set up single sign-on.');
  const invalid = (why: string) => new DomainError('INVALID_SSO_TOKEN', `The sign-on token was refused: ${why}.`, { param: 'token' });
  let payload;
  try {
    ({ payload } = await jwtVerify(input.token, new TextEncoder().encode(secret), {
      algorithms: ['HS256'], requiredClaims: ['sub', 'exp', 'iat'], currentDate: new Date(deps.now()), maxTokenAge: `${MAX_LIFETIME_S}s`, clockTolerance: 30,
    }));
  } catch (err) {
    throw invalid(err instanceof joseErrors.JWTExpired ? 'it has expired' : 'it is malformed or not signed with this site\'s secret');
  }
  // iat in the future would stretch maxTokenAge; exp − iat bounds the lifetime the publisher asked for.
  if (payload.iat! * 1000 > deps.now() + 30_000) throw invalid('it was issued in the future');
  if (payload.exp! - payload.iat! > MAX_LIFETIME_S) throw invalid(`it is valid for longer than ${MAX_LIFETIME_S / 60} minutes`);
  if (payload.aud !== undefined && payload.aud !== site.name) throw invalid('it was issued for another site');
  const name = typeof payload.name === 'string' ? payload.name.trim().slice(0, 60) : '';
  if (!name) throw invalid('it has no display name');
  const avatarUrl = typeof payload.avatar === 'string' && /^https:\/\//.test(payload.avatar) ? payload.avatar.slice(0, 2048) : null;
  const role = payload.role === 'moderator' ? 'moderator' : 'commenter';

  const now = deps.now();
  let user = await findSsoUser(deps.store.db, site.id, payload.sub!);
  // Every token states the user's role afresh: the publisher granting or withdrawing moderation takes effect at the next sign-in.
  if (user) await updateUser(deps.store.db, user.id, { displayName: name, avatarUrl, ...(user.role !== 'admin' ? { role } : {}) });
  else user = await insertUser(deps.store.db, { email: null, emailVerifiedAt: null, passwordHash: null, displayName: name, role, createdAt: now, sso: { siteId: site.id, subject: payload.sub! }, avatarUrl });
  if (role === 'moderator') await addModeratorSite(deps.store.db, site.id, user.id, now);
  else await removeModeratorSite(deps.store.db, site.id, user.id);
  const session = await openSession(deps, user.id);
  return { ...session, user: { id: user.id, email: typeof payload.email === 'string' ? payload.email : null, displayName: name, role } };
}
