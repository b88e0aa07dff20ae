import type { Kysely, Selectable } from 'kysely';
import type { OneTimePurpose, Tables, UserRole, UsersTable } from '../database.ts';

type Db = Kysely<Tables>;

export interface User {
  id: number;
  email: string | null;
  emailVerifiedAt: number | null;
  passwordHash: string | null;
  displayName: string;
  role: UserRole;
  createdAt: number;
  sessionsValidAfter: number;
  ssoSiteId: number | null;
  avatarUrl: string | null;
  notifyReplies: boolean;
}

const toUser = (r: Selectable<UsersTable>): User => ({
  id: r.id, email: r.email, emailVerifiedAt: r.email_verified_at, passwordHash: r.password_hash, displayName: r.display_name,
  role: r.role, createdAt: r.created_at, sessionsValidAfter: r.sessions_valid_after, ssoSiteId: r.sso_site_id, avatarUrl: r.avatar_url,
  notifyReplies: r.notify_replies === 1,
});

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  return row && toUser(row);
}

export async function findUserById(db: Db, id: number): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function insertUser(db: Db, u: { email: string | null; emailVerifiedAt: number | null; passwordHash: string | null; displayName: string; role: UserRole; createdAt: number; sso?: { siteId: number; subject: string }; avatarUrl?: string | null }): Promise<User> {
  const row = await db.insertInto('users').values({
    email: u.email, email_verified_at: u.emailVerifiedAt, password_hash: u.passwordHash, display_name: u.displayName, role: u.role, created_at: u.createdAt,
    sso_site_id: u.sso?.siteId ?? null, sso_subject: u.sso?.subject ?? null, avatar_url: u.avatarUrl ?? null,
  }).returningAll().executeTakeFirstOrThrow();
  return toUser(row);
}

export async function updateUser(db: Db, id: number, patch: { passwordHash?: string; role?: UserRole; emailVerifiedAt?: number; displayName?: string; sessionsValidAfter?: number; email?: string | null; avatarUrl?: string | null; notifyReplies?: boolean }): Promise<void> {
  const values: Record<string, unknown> = {};
  if (patch.passwordHash !== undefined) values.password_hash = patch.passwordHash;
  if (patch.role !== undefined) values.role = patch.role;
  if (patch.emailVerifiedAt !== undefined) values.email_verified_at = patch.emailVerifiedAt;
  if (patch.displayName !== undefined) values.display_name = patch.displayName;
  if (patch.sessionsValidAfter !== undefined) values.sessions_valid_after = patch.sessionsValidAfter;
  if (patch.email !== undefined) values.email = patch.email;
  if (patch.avatarUrl !== undefined) values.avatar_url = patch.avatarUrl;
  if (patch.notifyReplies !== undefined) values.notify_replies = patch.notifyReplies ? 1 : 0;
  if (Object.keys(values).length > 0) await db.updateTable('users').set(values).where('id', '=', id).execute();
}

export async function clearPassword(db: Db, id: number): Promise<void> {
  await db.updateTable('users').set({ password_hash: null }).where('id', '=', id).execute();
}

export async function removeModeratorSite(db: Db, siteId: number, userId: number): Promise<void> {
  await db.deleteFrom('site_moderators').where('site_id', '=', siteId).where('user_id', '=', userId).execute();
}

export async function addModeratorSite(db: Db, siteId: number, userId: number, at: number): Promise<void> {
  await db.insertInto('site_moderators').values({ site_id: siteId, user_id: userId, created_at: at })
    .onConflict((oc) => oc.columns(['site_id', 'user_id']).doNothing()).execute();
}

export async function moderatedSiteIds(db: Db, userId: number): Promise<number[]> {
  return (await db.selectFrom('site_moderators').select('site_id').where('user_id', '=', userId).execute()).map((r) => r.site_id);
}

export async function insertApiKey(db: Db, k: { userId: number; keyHash: string; createdAt: number }): Promise<void> {
  await db.insertInto('api_keys').values({ user_id: k.userId, key_hash: k.keyHash, created_at: k.createdAt }).execute();
}

export async function findUserByApiKeyHash(db: Db, keyHash: string): Promise<User | undefined> {
  const row = await db.selectFrom('api_keys').innerJoin('users', 'users.id', 'api_keys.user_id').selectAll('users').where('api_keys.key_hash', '=', keyHash).executeTakeFirst();
  return row && toUser(row);
}

export async function insertSession(db: Db, s: { userId: number; tokenHash: string; createdAt: number; expiresAt: number }): Promise<void> {
  await db.insertInto('sessions').values({ user_id: s.userId, token_hash: s.tokenHash, created_at: s.createdAt, expires_at: s.expiresAt }).execute();
}

/** The session's user, unless the session expired or predates a "sign out everywhere". */
export async function findSessionUser(db: Db, tokenHash: string, now: number): Promise<User | undefined> {
  const row = await db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users').select(['sessions.created_at as session_created_at'])
    .where('sessions.token_hash', '=', tokenHash).where('sessions.expires_at', '>', now).executeTakeFirst();
  if (!row || row.session_created_at < row.sessions_valid_after) return undefined;
  return toUser(row);
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteUserSessions(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function insertOneTimeToken(db: Db, t: { tokenHash: string; purpose: OneTimePurpose; userId: number; expiresAt: number }): Promise<void> {
  await db.insertInto('one_time_tokens').values({ token_hash: t.tokenHash, purpose: t.purpose, user_id: t.userId, expires_at: t.expiresAt, used_at: null }).execute();
}

/** Marks the token used and returns its user id; a used, expired or wrong-purpose token gives undefined. Single use even under races. */
export async function consumeOneTimeToken(db: Db, tokenHash: string, purpose: OneTimePurpose, now: number): Promise<number | undefined> {
  const row = await db.updateTable('one_time_tokens').set({ used_at: now })
    .where('token_hash', '=', tokenHash).where('purpose', '=', purpose).where('used_at', 'is', null).where('expires_at', '>', now)
    .returning('user_id').executeTakeFirst();
  return row?.user_id;
}

export async function findSsoUser(db: Db, siteId: number, subject: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('sso_site_id', '=', siteId).where('sso_subject', '=', subject).executeTakeFirst();
  return row && toUser(row);
}

/** Erases a user: sessions, keys and tokens go; the row stays only as an anonymous tombstone so foreign keys hold. */
export async function eraseUser(db: Db, id: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', id).execute();
  await db.deleteFrom('one_time_tokens').where('user_id', '=', id).execute();
  await db.deleteFrom('api_keys').where('user_id', '=', id).execute();
  await db.deleteFrom('site_moderators').where('user_id', '=', id).execute();
  await db.updateTable('users').set({ email: null, password_hash: null, display_name: 'Deleted user', role: 'commenter', sso_subject: null, sso_site_id: null, avatar_url: null, sessions_valid_after: Date.now() }).where('id', '=', id).execute();
}
