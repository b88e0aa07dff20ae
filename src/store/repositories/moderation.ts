import { sql, type Kysely } from 'kysely';
import type { AuthorStatus, Tables } from '../database.ts';

type Db = Kysely<Tables>;

/** What the pipeline needs to know about an author before a comment is stored. */
export async function authorStanding(db: Db, authorId: number, since: number) {
  const row = await db.selectFrom('authors').select(['status', 'suspended_until', 'approved_count']).where('id', '=', authorId).executeTakeFirstOrThrow();
  const recent = await db.selectFrom('comments').select(['body', 'created_at']).where('author_id', '=', authorId).where('created_at', '>=', since)
    .where('status', '!=', 'deleted').orderBy('id', 'desc').limit(10).execute();
  return { status: row.status, suspendedUntil: row.suspended_until, approvedCount: row.approved_count, recent: recent.map((r) => ({ body: r.body, at: r.created_at })) };
}

export async function setAuthorStatus(db: Db, authorId: number, s: { status: AuthorStatus; suspendedUntil: number | null; reason: string }): Promise<void> {
  await db.updateTable('authors').set({ status: s.status, suspended_until: s.suspendedUntil, status_reason: s.reason }).where('id', '=', authorId).execute();
}

export async function addApprovedCount(db: Db, authorId: number, delta: number): Promise<void> {
  await db.updateTable('authors').set({ approved_count: sql`approved_count + ${delta}` }).where('id', '=', authorId).execute();
}

/**
 * Records a display-name change. History starts at the first change (with the first name as of
 * the author's creation), so the common case — a name that never changes — writes nothing.
 */
export async function recordNameChange(db: Db, authorId: number, from: string | null, to: string, at: number): Promise<void> {
  if (from === to) return;
  const any = await db.selectFrom('author_names').select('id').where('author_id', '=', authorId).limit(1).executeTakeFirst();
  if (!any && from !== null) {
    const author = await db.selectFrom('authors').select('created_at').where('id', '=', authorId).executeTakeFirstOrThrow();
    await db.insertInto('author_names').values({ author_id: authorId, name: from, created_at: author.created_at }).execute();
  }
  await db.insertInto('author_names').values({ author_id: authorId, name: to, created_at: at }).execute();
}

export async function nameHistory(db: Db, authorId: number) {
  return (await db.selectFrom('author_names').select(['name', 'created_at']).where('author_id', '=', authorId).orderBy('id').execute())
    .map((r) => ({ name: r.name, at: r.created_at }));
}

export async function loadSiteModeration(db: Db, siteId: number): Promise<string | undefined> {
  return (await db.selectFrom('site_settings').select('moderation').where('site_id', '=', siteId).executeTakeFirst())?.moderation;
}

export async function saveSiteModeration(db: Db, siteId: number, json: string): Promise<void> {
  await db.insertInto('site_settings').values({ site_id: siteId, moderation: json })
    .onConflict((oc) => oc.column('site_id').doUpdateSet({ moderation: json })).execute();
}

export async function latestModerationTrace(db: Db, commentId: number): Promise<Array<{ phase: string; kind: string; reason?: string }>> {
  const row = await db.selectFrom('comments').select('moderation_trace').where('id', '=', commentId).executeTakeFirst();
  return row?.moderation_trace ? JSON.parse(row.moderation_trace) : [];
}

/** Records a reader's report once; returns the comment's report count afterwards, or null if this reader had already reported it. */
export async function insertReport(db: Db, r: { commentId: number; reporterId: number; reason: string; note: string | null; createdAt: number }): Promise<number | null> {
  const inserted = await db.insertInto('reports').values({ comment_id: r.commentId, reporter_id: r.reporterId, reason: r.reason, note: r.note, created_at: r.createdAt })
    .onConflict((oc) => oc.columns(['comment_id', 'reporter_id']).doNothing()).returning('id').executeTakeFirst();
  if (!inserted) return null;
  const row = await db.updateTable('comments').set({ report_count: sql`report_count + 1` }).where('id', '=', r.commentId).returning('report_count').executeTakeFirstOrThrow();
  return row.report_count;
}

export async function reportsFor(db: Db, commentIds: number[]) {
  if (commentIds.length === 0) return [];
  return db.selectFrom('reports').select(['comment_id', 'reason', 'note', 'created_at']).where('comment_id', 'in', commentIds).orderBy('id').execute();
}

export async function insertAudit(db: Db, e: { siteId: number; actorUserId: number | null; action: string; targetType: 'comment' | 'author' | 'site' | 'story'; targetId: number; detail: Record<string, unknown>; at: number }): Promise<void> {
  await db.insertInto('audit_log').values({
    site_id: e.siteId, actor_user_id: e.actorUserId, action: e.action, target_type: e.targetType, target_id: e.targetId, detail: JSON.stringify(e.detail), created_at: e.at,
  }).execute();
}

export async function listAudit(db: Db, siteId: number, beforeId: number | null, limit: number) {
  let q = db.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.actor_user_id')
    .select(['audit_log.id', 'audit_log.created_at', 'audit_log.actor_user_id', 'users.email', 'audit_log.action', 'audit_log.target_type', 'audit_log.target_id', 'audit_log.detail'])
    .where('audit_log.site_id', '=', siteId);
  if (beforeId !== null) q = q.where('audit_log.id', '<', beforeId);
  return q.orderBy('audit_log.id', 'desc').limit(limit + 1).execute();
}

export async function findAuthorRecord(db: Db, authorId: number) {
  const r = await db.selectFrom('authors').select(['id', 'site_id', 'name', 'status', 'suspended_until', 'status_reason', 'created_at']).where('id', '=', authorId).executeTakeFirst();
  return r && { id: r.id, siteId: r.site_id, name: r.name, status: r.status, suspendedUntil: r.suspended_until, statusReason: r.status_reason, createdAt: r.created_at };
}
