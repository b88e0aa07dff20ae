import { DomainError } from '../../core/errors.ts';
import { authorFor, type Reader } from '../readers/identify-reader.ts';
import type { ReportBody } from '../../contract/moderation.ts';
import { isShownToAll } from '../../core/comment.ts';
import { findCommentById } from '../../store/repositories/comments.ts';
import { setCommentModeration } from '../../store/repositories/moderation-queue.ts';
import { insertReport } from '../../store/repositories/moderation.ts';
import { addToCommentCount } from '../../store/repositories/stories.ts';
import type { Deps } from '../deps.ts';
import { siteModeration } from './site-moderation.ts';

/**
 * A reader flags a comment for moderators; one report per reader per comment. When reports reach
 * the site's threshold the comment is hidden until a moderator decides, so a pile-on of abuse
 * leaves the thread quickly even at night.
 */
export async function reportComment(deps: Deps, cmd: { id: number; reader: Reader; input: ReportBody }): Promise<{ reported: boolean; hidden: boolean }> {
  const comment = await findCommentById(deps.store.db, cmd.id);
  if (!comment || !isShownToAll(comment)) {
    throw new DomainError('COMMENT_NOT_FOUND', 'No visible comment has that id.', { param: 'id' });
  }
  const reporter = await authorFor(deps, cmd.reader, comment.siteId);
  const { flat } = await siteModeration(deps, comment.siteId);
  const now = deps.now();
  const hidden = await deps.store.db.transaction().execute(async (trx) => {
    const count = await insertReport(trx, { commentId: comment.id, reporterId: reporter.id, reason: cmd.input.reason, note: cmd.input.note?.trim() || null, createdAt: now });
    if (count === null || count < flat.reportThreshold) return false;
    const hid = await setCommentModeration(trx, comment.id, { from: 'published', status: 'pending', reason: `Hidden after ${count} reader reports; waiting for a moderator.`, code: 'REPORTED', reviewedAt: null });
    if (hid) await addToCommentCount(trx, comment.storyId, -1);
    return hid;
  });
  if (hidden) deps.threadCache.invalidate(comment.storyId);
  return { reported: true, hidden };
}
