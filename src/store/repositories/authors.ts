import type { Kysely } from 'kysely';
import type { Author } from '../../core/story.ts';
import type { Tables } from '../database.ts';

type Db = Kysely<Tables>;

export async function findAuthorByTokenHash(db: Db, tokenHash: string): Promise<Author | undefined> {
  const row = await db.selectFrom('authors').select(['id', 'site_id', 'name', 'email']).where('token_hash', '=', tokenHash).executeTakeFirst();
  return row && { id: row.id, siteId: row.site_id, name: row.name, email: row.email };
}

export async function insertGuestAuthor(db: Db, a: { siteId: number; name: string | null; email: string | null; tokenHash: string; createdAt: number; approvedCount?: number }): Promise<Author> {
  const row = await db.insertInto('authors').values({
    site_id: a.siteId, kind: 'guest', name: a.name, email: a.email, token_hash: a.tokenHash, created_at: a.createdAt, approved_count: a.approvedCount ?? 0,
  }).returning(['id']).executeTakeFirstOrThrow();
  return { id: row.id, siteId: a.siteId, name: a.name, email: a.email };
}

export async function updateAuthorProfile(db: Db, id: number, p: { name: string; email: string | null }): Promise<void> {
  await db.updateTable('authors').set({ name: p.name, email: p.email }).where('id', '=', id).execute();
}

export async function findAuthorForUser(db: Db, siteId: number, userId: number): Promise<Author | undefined> {
  const row = await db.selectFrom('authors').select(['id', 'site_id', 'name', 'email']).where('site_id', '=', siteId).where('user_id', '=', userId).where('kind', '=', 'account').orderBy('id').executeTakeFirst();
  return row && { id: row.id, siteId: row.site_id, name: row.name, email: row.email };
}

export async function insertAccountAuthor(db: Db, a: { siteId: number; userId: number; name: string; email: string | null; tokenHash: string; createdAt: number }): Promise<Author> {
  const row = await db.insertInto('authors').values({ site_id: a.siteId, kind: 'account', name: a.name, email: a.email, token_hash: a.tokenHash, user_id: a.userId, created_at: a.createdAt })
    .returning(['id']).executeTakeFirstOrThrow();
  return { id: row.id, siteId: a.siteId, name: a.name, email: a.email };
}

/**
 * Guest identities that used this (now verified) email become the account's, so the account can
 * edit and delete their comments. A guest email was never verified, so the claim is limited: the
 * guest token stops working (whoever typed the address loses control), banned or suspended guests
 * are not claimed, and the account keeps commenting under its own identity, not the guest's.
 */
export async function claimGuestAuthors(db: Db, email: string, userId: number, revokedTokenHash: () => string): Promise<number> {
  const rows = await db.selectFrom('authors').select('id').where('email', '=', email).where('user_id', 'is', null).where('kind', '=', 'guest').where('status', '=', 'active').execute();
  for (const r of rows) await db.updateTable('authors').set({ user_id: userId, token_hash: revokedTokenHash() }).where('id', '=', r.id).execute();
  return rows.length;
}

/** Whether a comment's author identity is the reader's: their guest identity, or any identity of their account. */
export async function authorUserId(db: Db, authorId: number): Promise<number | null> {
  return (await db.selectFrom('authors').select('user_id').where('id', '=', authorId).executeTakeFirst())?.user_id ?? null;
}

export async function authorsOfUser(db: Db, userId: number): Promise<number[]> {
  return (await db.selectFrom('authors').select('id').where('user_id', '=', userId).execute()).map((r) => r.id);
}

export async function eraseAuthors(db: Db, authorIds: number[]): Promise<void> {
  if (authorIds.length === 0) return;
  await db.updateTable('authors').set({ name: 'Deleted user', email: null, user_id: null }).where('id', 'in', authorIds).execute();
  await db.deleteFrom('author_names').where('author_id', 'in', authorIds).execute();
}

export async function renameAuthor(db: Db, id: number, name: string): Promise<void> {
  await db.updateTable('authors').set({ name }).where('id', '=', id).execute();
}
