import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { QueueName } from '../../contract/moderation.ts';
import type { Tables } from '../database.ts';

type Db = Kysely<Tables>;
type Eb = ExpressionBuilder<Tables & { c: Tables['comments'] }, 'c'>;

const SPAM_CODES = ['REPEAT_POST', 'LINK_BLOCKED_DOMAIN', 'TOO_MANY_LINKS'];
const MODEL_CODES = ['TOXICITY_REJECT', 'TOXICITY_HOLD', 'THREAT', 'DEHUMANIZING', 'TARGETED_INSULT', 'BANNED_WORD', 'SUSPECT_WORD'];

/**
 * Queue membership, as one predicate per queue. Queues overlap on purpose (a held toxic comment
 * is both Pending and Flagged); a moderator's decision (reviewed_at) takes an item out of the
 * Reported, Flagged and Spam queues.
 */
function inQueue(eb: Eb, queue: QueueName): Expression<SqlBool> {
  switch (queue) {
    case 'pending': return eb('c.status', '=', 'pending');
    case 'reported': return eb.and([eb('c.report_count', '>', 0), eb('c.reviewed_at', 'is', null), eb('c.status', '!=', 'deleted')]);
    case 'flagged': return eb.and([eb('c.moderation_code', 'in', MODEL_CODES), eb('c.reviewed_at', 'is', null), eb('c.status', 'in', ['pending', 'rejected'])]);
    case 'spam': return eb.and([eb('c.moderation_code', 'in', SPAM_CODES), eb('c.reviewed_at', 'is', null), eb('c.status', '!=', 'deleted')]);
    case 'rejected': return eb('c.status', '=', 'rejected');
    case 'approved': return eb.and([eb('c.status', '=', 'published'), eb('c.reviewed_at', 'is not', null)]);
  }
}

function baseQuery(db: Db) {
  return db.selectFrom('comments as c')
    .innerJoin('stories as s', 's.id', 'c.story_id')
    .innerJoin('authors as a', 'a.id', 'c.author_id')
    .select([
      'c.id', 'c.site_id', 'c.story_id', 's.title as story_title', 's.url as story_url', 'c.author_id', 'c.author_name', 'a.status as author_status',
      'c.parent_id', 'c.root_id', 'c.body', 'c.html', 'c.status', 'c.created_at', 'c.moderation_reason', 'c.moderation_code', 'c.moderation_phase',
      'c.scores', 'c.report_count', 'c.shadow', 'c.ip_hash',
    ]);
}
export type ModerationRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

/** Pending is worked oldest first (first in, first decided); the other queues show the newest first. */
export async function listQueue(db: Db, siteId: number, queue: QueueName, afterId: number | null, limit: number): Promise<ModerationRow[]> {
  const oldestFirst = queue === 'pending';
  let q = baseQuery(db).where('c.site_id', '=', siteId).where((eb) => inQueue(eb as unknown as Eb, queue));
  if (afterId !== null) q = q.where('c.id', oldestFirst ? '>' : '<', afterId);
  return q.orderBy('c.id', oldestFirst ? 'asc' : 'desc').limit(limit + 1).execute();
}

export async function queueCounts(db: Db, siteId: number): Promise<Record<QueueName, number>> {
  const queues: QueueName[] = ['pending', 'reported', 'flagged', 'spam', 'rejected', 'approved'];
  const rows = await Promise.all(queues.map((queue) =>
    db.selectFrom('comments as c').select((eb) => eb.fn.countAll<number>().as('n')).where('c.site_id', '=', siteId)
      .where((eb) => inQueue(eb as unknown as Eb, queue)).executeTakeFirstOrThrow()));
  return Object.fromEntries(queues.map((q, i) => [q, Number(rows[i]!.n)])) as Record<QueueName, number>;
}

export async function findModerationRow(db: Db, id: number): Promise<ModerationRow | undefined> {
  return baseQuery(db).where('c.id', '=', id).executeTakeFirst();
}

export async function findModerationRows(db: Db, ids: number[]): Promise<ModerationRow[]> {
  if (ids.length === 0) return [];
  return baseQuery(db).where('c.id', 'in', ids).execute();
}

export async function repliesForModeration(db: Db, parentId: number): Promise<ModerationRow[]> {
  return baseQuery(db).where('c.parent_id', '=', parentId).orderBy('c.id').limit(50).execute();
}

export async function authorComments(db: Db, authorId: number, limit: number): Promise<ModerationRow[]> {
  return baseQuery(db).where('c.author_id', '=', authorId).orderBy('c.id', 'desc').limit(limit).execute();
}

export async function authorStatusCounts(db: Db, authorId: number) {
  const rows = await db.selectFrom('comments').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).where('author_id', '=', authorId).groupBy('status').execute();
  const counts = { published: 0, pending: 0, rejected: 0, deleted: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

/** Other authors on the same site who posted from an IP hash this author used: possible sock puppets. */
export async function authorsSharingIp(db: Db, siteId: number, authorId: number) {
  const hashes = db.selectFrom('comments').select('ip_hash').where('site_id', '=', siteId).where('author_id', '=', authorId).where('ip_hash', 'is not', null);
  const rows = await db.selectFrom('comments as c').innerJoin('authors as a', 'a.id', 'c.author_id')
    .select(['a.id', 'c.author_name', (eb) => eb.fn.countAll<number>().as('n')])
    .where('c.site_id', '=', siteId).where('c.ip_hash', 'in', hashes).where('c.author_id', '!=', authorId)
    .groupBy(['a.id', 'c.author_name']).orderBy('n', 'desc').limit(50).execute();
  const byAuthor = new Map<number, { id: number; name: string; sharedComments: number }>();
  for (const r of rows) {
    const prev = byAuthor.get(r.id);
    if (prev) prev.sharedComments += Number(r.n);
    else byAuthor.set(r.id, { id: r.id, name: r.author_name, sharedComments: Number(r.n) });
  }
  return [...byAuthor.values()];
}

/**
 * Moves a comment from the status the caller read to a new one. Conditional on that status, so of
 * two concurrent changes (two moderators, a report and a deletion) only one applies and counters
 * move once; returns whether this one applied.
 */
export async function setCommentModeration(db: Db, id: number, p: { from: string; status: 'published' | 'pending' | 'rejected'; reason: string | null; code: string | null; reviewedAt: number | null }): Promise<boolean> {
  // A moderator's decision settles the reports made so far; only new reports count towards hiding it again.
  const result = await db.updateTable('comments').set({ status: p.status, moderation_reason: p.reason, moderation_code: p.code, reviewed_at: p.reviewedAt, ...(p.reviewedAt !== null ? { report_count: 0 } : {}) })
    .where('id', '=', id).where('status', '=', p.from as 'published').executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Per-day counts by status for the dashboard; `dayExpr` differs by dialect. */
export async function dailyOutcomes(db: Db, dialect: 'sqlite' | 'postgres', siteId: number, since: number) {
  const day = dialect === 'postgres'
    ? sql<string>`to_char(to_timestamp(c.created_at / 1000.0) at time zone 'UTC', 'YYYY-MM-DD')`
    : sql<string>`strftime('%Y-%m-%d', c.created_at / 1000, 'unixepoch')`;
  return db.selectFrom('comments as c').select([day.as('day'), 'c.status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('c.site_id', '=', siteId).where('c.created_at', '>=', since).groupBy([day, 'c.status']).execute();
}

export async function scoredComments(db: Db, siteId: number, since: number) {
  return db.selectFrom('comments as c').select(['c.created_at', 'c.scores']).where('c.site_id', '=', siteId).where('c.created_at', '>=', since)
    .where('c.scores', 'is not', null).execute();
}

export async function busiestStories(db: Db, siteId: number, since: number, limit: number) {
  return db.selectFrom('comments as c').innerJoin('stories as s', 's.id', 'c.story_id')
    .select(['s.id', 's.title',
      (eb) => eb.fn.countAll<number>().as('comments'),
      sql<number>`sum(case when c.status = 'pending' then 1 else 0 end)`.as('held'),
      sql<number>`sum(case when c.status = 'rejected' then 1 else 0 end)`.as('rejected')])
    .where('c.site_id', '=', siteId).where('c.created_at', '>=', since)
    .groupBy(['s.id', 's.title']).orderBy('comments', 'desc').limit(limit).execute();
}

export async function oldestPending(db: Db, siteId: number): Promise<number | null> {
  const row = await db.selectFrom('comments').select((eb) => eb.fn.min('created_at').as('t')).where('site_id', '=', siteId).where('status', '=', 'pending').executeTakeFirst();
  return row?.t == null ? null : Number(row.t);
}
