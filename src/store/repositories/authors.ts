import type { Kysely } from 'kysely';
import type { Author } from '../../core/story.ts';
import type { Tables } from '../database.ts';

type Db = Kysely<Tables>;

export async function findAuthorByTokenHash(db: Db, tokenHash: string): Promise<Author | undefined> {
  const row = await db.selectFrom('authors').select(['id', 'site_id', 'name', 'email']).where('token_hash', '=', tokenHash).executeTakeFirst();
  return row && { id: row.id, siteId: row.site_id, name: row.name, email: row.email };
}

export async function insertGuestAuthor(db: Db, a: { siteId: number; name: string | null; email: string | null; tokenHash: string; createdAt: number }): Promise<Author> {
  const row = await db.insertInto('authors').values({
    site_id: a.siteId, kind: 'guest', name: a.name, email: a.email, token_hash: a.tokenHash, created_at: a.createdAt,
  }).returning(['id']).executeTakeFirstOrThrow();
  return { id: row.id, siteId: a.siteId, name: a.name, email: a.email };
}

export async function updateAuthorProfile(db: Db, id: number, p: { name: string; email: string | null }): Promise<void> {
  await db.updateTable('authors').set({ name: p.name, email: p.email }).where('id', '=', id).execute();
}
