import type { Actor } from '../../core/actor.ts';
import { DomainError } from '../../core/errors.ts';
import type { BanSpec, QueueItem } from '../../contract/moderation.ts';
import { findModerationRow, setCommentModeration } from '../../store/repositories/moderation-queue.ts';
import { addApprovedCount, insertAudit } from '../../store/repositories/moderation.ts';
import { addToCommentCount } from '../../store/repositories/stories.ts';
import type { Deps } from '../deps.ts';
import { toQueueItems } from './queue-item.ts';
import { applyAuthorStatus } from './set-author-status.ts';
import { staffSite } from './staff-site.ts';

export type CommentDecision = { action: 'approve'; reason?: string } | { action: 'reject'; reason?: string; ban?: BanSpec };

/**
 * A moderator's decision on one comment: it becomes public (approve) or leaves the thread
 * (reject), the story counter follows, the author's record follows, and the audit log says who
 * did it and why. Reject-and-ban is one call and one transaction.
 */
export async function decideComment(deps: Deps, actor: Actor, id: number, decision: CommentDecision): Promise<QueueItem> {
  const row = await findModerationRow(deps.store.db, id);
  if (!row) throw new DomainError('COMMENT_NOT_FOUND', 'No comment has that id.', { param: 'id' });
  await staffSite(deps, actor, row.site_id);
  if (row.status === 'deleted') throw new DomainError('COMMENT_DELETED', 'The author deleted this comment.');
  const now = deps.now();
  const wasPublic = row.status === 'published' && row.shadow === 0;
  await deps.store.db.transaction().execute(async (trx) => {
    if (decision.action === 'approve') {
      if (!(await setCommentModeration(trx, id, { from: row.status, status: 'published', reason: decision.reason ?? row.moderation_reason, code: row.moderation_code, reviewedAt: now }))) return;
      if (!wasPublic && row.shadow === 0) await addToCommentCount(trx, row.story_id, 1);
      if (row.status !== 'published') await addApprovedCount(trx, row.author_id, 1);
    } else {
      const reason = decision.reason ?? 'Removed by a moderator.';
      if (!(await setCommentModeration(trx, id, { from: row.status, status: 'rejected', reason, code: 'MODERATOR', reviewedAt: now }))) return;
      if (wasPublic) await addToCommentCount(trx, row.story_id, -1);
      if (row.status === 'published') await addApprovedCount(trx, row.author_id, -1);
    }
    await insertAudit(trx, {
      siteId: row.site_id, actorUserId: actor.userId, action: `comment.${decision.action}`, targetType: 'comment', targetId: id,
      detail: { from: row.status, reason: decision.reason ?? null, author: row.author_id }, at: now,
    });
    if (decision.action === 'reject' && decision.ban) await applyAuthorStatus(trx, actor, row.site_id, row.author_id, decision.ban, now);
  });
  deps.threadCache.invalidate(row.story_id);
  return (await toQueueItems(deps, [(await findModerationRow(deps.store.db, id))!]))[0]!;
}

/** The same decision for many comments; each one is checked and audited on its own. */
export async function decideComments(deps: Deps, actor: Actor, ids: number[], decision: CommentDecision): Promise<{ updated: number }> {
  let updated = 0;
  for (const id of new Set(ids)) {
    await decideComment(deps, actor, id, decision);
    updated++;
  }
  return { updated };
}
