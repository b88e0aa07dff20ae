import { sql, type Kysely, type Selectable } from 'kysely';
import type { Story } from '../../core/story.ts';
import type { StoriesTable, Tables } from '../database.ts';

type Db = Kysely<Tables>;

const toStory = (r: Selectable<StoriesTable>): Story => ({
  id: r.id, siteId: r.site_id, url: r.url, title: r.title, image: r.image, tags: JSON.parse(r.tags),
  closedAt: r.closed_at, premod: r.premod === 1, commentCount: r.comment_count, createdAt: r.created_at,
});

export async function findStoryById(db: Db, id: number): Promise<Story | undefined> {
  const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toStory(row);
}

/** By URL key; siteId narrows it when the same article URL is registered on several sites. */
export async function findStoryByUrlKey(db: Db, urlKey: string, siteId?: number): Promise<Story | undefined> {
  let q = db.selectFrom('stories').selectAll().where('url_key', '=', urlKey);
  if (siteId !== undefined) q = q.where('site_id', '=', siteId);
  const row = await q.orderBy('id').executeTakeFirst();
  return row && toStory(row);
}

export async function findStoriesByIds(db: Db, ids: number[]): Promise<Story[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('stories').selectAll().where('id', 'in', ids).execute()).map(toStory);
}

export async function findStoriesByUrlKeys(db: Db, keys: string[]): Promise<Array<Story & { urlKey: string }>> {
  if (keys.length === 0) return [];
  const rows = await db.selectFrom('stories').selectAll().where('url_key', 'in', keys).orderBy('id').execute();
  return rows.map((r) => ({ ...toStory(r), urlKey: r.url_key }));
}

export async function insertStory(db: Db, s: Omit<Story, 'id' | 'commentCount' | 'premod'> & { urlKey: string }): Promise<Story> {
  const row = await db.insertInto('stories').values({
    site_id: s.siteId, url: s.url, url_key: s.urlKey, title: s.title, image: s.image, tags: JSON.stringify(s.tags),
    closed_at: s.closedAt, created_at: s.createdAt,
  }).returningAll().executeTakeFirstOrThrow();
  return toStory(row);
}

export async function updateStory(db: Db, id: number, patch: Partial<Pick<Story, 'title' | 'image' | 'tags' | 'closedAt' | 'premod'>>): Promise<Story | undefined> {
  const values: Partial<Record<keyof StoriesTable, unknown>> = {};
  if (patch.title !== undefined) values.title = patch.title;
  if (patch.image !== undefined) values.image = patch.image;
  if (patch.tags !== undefined) values.tags = JSON.stringify(patch.tags);
  if (patch.closedAt !== undefined) values.closed_at = patch.closedAt;
  if (patch.premod !== undefined) values.premod = patch.premod ? 1 : 0;
  if (Object.keys(values).length > 0) await db.updateTable('stories').set(values as any).where('id', '=', id).execute();
  return findStoryById(db, id);
}

export async function listStories(db: Db, siteId: number, limit: number): Promise<Story[]> {
  return (await db.selectFrom('stories').selectAll().where('site_id', '=', siteId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute()).map(toStory);
}

export async function addToCommentCount(db: Db, storyId: number, delta: number): Promise<void> {
  if (delta === 0) return;
  await db.updateTable('stories').set({ comment_count: sql`comment_count + ${delta}` }).where('id', '=', storyId).execute();
}
