import { sql, type Kysely, type Selectable } from 'kysely';
import type { Comment, CommentStatus } from '../../core/comment.ts';
import type { Cursor } from '../../core/cursor.ts';
import type { CommentsTable, Tables } from '../database.ts';

type Db = Kysely<Tables>;

/**
 * Statuses a thread is built from. Only published comments are shown; the others come back so that
 * a published reply under a deleted, held or removed comment keeps its place under a tombstone
 * (core/thread.ts prunes the rest).
 */
const VISIBLE: CommentStatus[] = ['published', 'deleted', 'pending', 'rejected'];

export const toComment = (r: Selectable<CommentsTable>): Comment => ({
  id: r.id, siteId: r.site_id, storyId: r.story_id, parentId: r.parent_id, replyToId: r.reply_to_id, rootId: r.root_id,
  depth: r.depth, authorId: r.author_id, authorName: r.author_name, body: r.body, html: r.html, status: r.status,
  createdAt: r.created_at, editedAt: r.edited_at, up: r.up, down: r.down, shadow: r.shadow === 1,
});

export async function findCommentById(db: Db, id: number): Promise<Comment | undefined> {
  const row = await db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toComment(row);
}

export interface ModerationFields {
  shadow: boolean;
  trace: unknown;
  reason: string | null;
  code: string | null;
  phase: string | null;
  scores: Record<string, number> | null;
}

export async function insertComment(db: Db, c: Omit<Comment, 'id' | 'up' | 'down' | 'editedAt' | 'shadow'> & { ipHash: string | null; moderation: ModerationFields }): Promise<Comment> {
  const row = await db.insertInto('comments').values({
    site_id: c.siteId, story_id: c.storyId, parent_id: c.parentId, reply_to_id: c.replyToId, root_id: c.rootId, depth: c.depth,
    author_id: c.authorId, author_name: c.authorName, body: c.body, html: c.html, status: c.status, created_at: c.createdAt,
    edited_at: null, deleted_at: null, ip_hash: c.ipHash, ...moderationColumns(c.moderation),
  }).returningAll().executeTakeFirstOrThrow();
  return toComment(row);
}

function moderationColumns(m: ModerationFields) {
  return { shadow: m.shadow ? 1 : 0, moderation_reason: m.reason, moderation_code: m.code, moderation_phase: m.phase, scores: m.scores ? JSON.stringify(m.scores) : null, moderation_trace: JSON.stringify(m.trace) };
}

export async function updateCommentBody(db: Db, id: number, p: { body: string; html: string; status: CommentStatus; editedAt: number; moderation: ModerationFields }): Promise<void> {
  await db.updateTable('comments').set({ body: p.body, html: p.html, status: p.status, edited_at: p.editedAt, ...moderationColumns(p.moderation), reviewed_at: null })
    .where('id', '=', id).execute();
}

/** A reader's own comments on a story that others do not see: held, rejected, or shadow. */
export async function listOwnHidden(db: Db, storyId: number, authorId: number): Promise<Array<Comment & { moderationReason: string | null }>> {
  const rows = await db.selectFrom('comments').selectAll().where('story_id', '=', storyId).where('author_id', '=', authorId)
    .where((eb) => eb.or([eb('status', 'in', ['pending', 'rejected']), eb.and([eb('status', '=', 'published'), eb('shadow', '=', 1)])]))
    .orderBy('created_at').orderBy('id').limit(200).execute();
  return rows.map((r) => ({ ...toComment(r), moderationReason: r.moderation_reason }));
}

/** Soft delete: the row stays so replies keep their parent; the text is gone for good. Conditional on the status the caller read; returns whether it applied. */
export async function markCommentDeleted(db: Db, id: number, from: CommentStatus, at: number): Promise<boolean> {
  const result = await db.updateTable('comments').set({ status: 'deleted', body: '', html: '', deleted_at: at }).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertRevision(db: Db, r: { commentId: number; body: string; html: string; createdAt: number }): Promise<void> {
  await db.insertInto('comment_revisions').values({ comment_id: r.commentId, body: r.body, html: r.html, created_at: r.createdAt }).execute();
}

export async function listRevisions(db: Db, commentId: number): Promise<Array<{ body: string; createdAt: number }>> {
  const rows = await db.selectFrom('comment_revisions').select(['body', 'created_at']).where('comment_id', '=', commentId).orderBy('id').execute();
  return rows.map((r) => ({ body: r.body, createdAt: r.created_at }));
}

/** One page of top-level comments in the requested order, plus one extra row to tell if more follow. */
export async function listTopLevel(db: Db, storyId: number, order: Cursor['sort'], after: Cursor | null, limit: number): Promise<Comment[]> {
  let q = db.selectFrom('comments').selectAll()
    .where('story_id', '=', storyId).where('parent_id', 'is', null).where('status', 'in', VISIBLE).where('shadow', '=', 0);
  if (order === 'votes') {
    if (after?.sort === 'votes') q = q.where((eb) => eb(eb.refTuple('score', 'created_at', 'id'), '<', eb.tuple(after.score, after.createdAt, after.id)));
    q = q.orderBy('score', 'desc').orderBy('created_at', 'desc').orderBy('id', 'desc');
  } else {
    const dir = order === 'newest' ? 'desc' : 'asc';
    if (after && after.sort !== 'votes') q = q.where((eb) => eb(eb.refTuple('created_at', 'id'), order === 'newest' ? '<' : '>', eb.tuple(after.createdAt, after.id)));
    q = q.orderBy('created_at', dir).orderBy('id', dir);
  }
  return (await q.limit(limit + 1).execute()).map(toComment);
}

export async function listRepliesOf(db: Db, rootIds: number[]): Promise<Comment[]> {
  if (rootIds.length === 0) return [];
  const rows = await db.selectFrom('comments').selectAll()
    .where('root_id', 'in', rootIds).where('status', 'in', VISIBLE).where('shadow', '=', 0)
    .orderBy('created_at').orderBy('id').execute();
  return rows.map(toComment);
}

export async function applyVoteDelta(db: Db, commentId: number, upDelta: number, downDelta: number): Promise<{ up: number; down: number }> {
  const row = await db.updateTable('comments')
    .set({ up: sql`up + ${upDelta}`, down: sql`down + ${downDelta}`, score: sql`score + ${upDelta - downDelta}` })
    .where('id', '=', commentId).returning(['up', 'down']).executeTakeFirstOrThrow();
  return row;
}
