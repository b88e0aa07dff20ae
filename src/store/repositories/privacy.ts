import { sql, type Kysely } from 'kysely';
import type { Tables } from '../database.ts';

type Db = Kysely<Tables>;

export async function commentsOfAuthors(db: Db, authorIds: number[]) {
  if (authorIds.length === 0) return [];
  return db.selectFrom('comments as c').innerJoin('stories as s', 's.id', 'c.story_id')
    .select(['c.id', 'c.story_id', 's.url as story_url', 's.title as story_title', 'c.parent_id', 'c.author_name', 'c.body', 'c.status', 'c.created_at', 'c.edited_at'])
    .where('c.author_id', 'in', authorIds).orderBy('c.id').execute();
}

export async function votesOfAuthors(db: Db, authorIds: number[]) {
  if (authorIds.length === 0) return [];
  return db.selectFrom('votes').select(['comment_id', 'value', 'created_at']).where('voter_id', 'in', authorIds).orderBy('created_at').execute();
}

/** Withdraws the authors' votes, keeping the counters of the comments they voted on right. */
async function withdrawVotes(db: Db, authorIds: number[]): Promise<number[]> {
  const votes = await db.selectFrom('votes as v').innerJoin('comments as c', 'c.id', 'v.comment_id').select(['v.comment_id', 'v.value', 'c.story_id']).where('v.voter_id', 'in', authorIds).execute();
  for (const v of votes) {
    const up = v.value === 1 ? 1 : 0;
    const down = v.value === -1 ? 1 : 0;
    await db.updateTable('comments').set({ up: sql`up - ${up}`, down: sql`down - ${down}`, score: sql`score - ${up - down}` }).where('id', '=', v.comment_id).execute();
  }
  await db.deleteFrom('votes').where('voter_id', 'in', authorIds).execute();
  return votes.map((v) => v.story_id);
}

/** Soft-deletes every comment of the authors (text erased) and fixes story counters. */
export async function removeCommentsOf(db: Db, authorIds: number[], at: number): Promise<{ count: number; storyIds: number[] }> {
  if (authorIds.length === 0) return { count: 0, storyIds: [] };
  const voted = await withdrawVotes(db, authorIds);
  const publicCounts = await db.selectFrom('comments').select(['story_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('author_id', 'in', authorIds).where('status', '=', 'published').where('shadow', '=', 0).groupBy('story_id').execute();
  for (const p of publicCounts) await db.updateTable('stories').set({ comment_count: sql`comment_count - ${Number(p.n)}` }).where('id', '=', p.story_id).execute();
  const rows = await db.updateTable('comments').set({ status: 'deleted', body: '', html: '', author_name: 'Deleted user', deleted_at: at, ip_hash: null })
    .where('author_id', 'in', authorIds).where('status', '!=', 'deleted').returning('story_id').execute();
  return { count: rows.length, storyIds: [...new Set([...rows.map((r) => r.story_id), ...voted])] };
}

export async function anonymizeCommentsOf(db: Db, authorIds: number[]): Promise<{ count: number; storyIds: number[] }> {
  if (authorIds.length === 0) return { count: 0, storyIds: [] };
  const voted = await withdrawVotes(db, authorIds);
  const rows = await db.updateTable('comments').set({ author_name: 'Deleted user', ip_hash: null }).where('author_id', 'in', authorIds).returning('story_id').execute();
  return { count: rows.length, storyIds: [...new Set([...rows.map((r) => r.story_id), ...voted])] };
}

/** Drops IP hashes older than the retention period; returns how many were dropped. */
export async function dropOldIpHashes(db: Db, before: number): Promise<number> {
  const rows = await db.updateTable('comments').set({ ip_hash: null }).where('created_at', '<', before).where('ip_hash', 'is not', null).returning('id').execute();
  return rows.length;
}
