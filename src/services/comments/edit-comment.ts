import { DomainError } from '../../core/errors.ts';
import { renderMarkdown } from '../../core/markdown.ts';
import type { Reader } from '../readers/identify-reader.ts';
import type { CommentView } from '../../contract/comments.ts';
import { isShownToAll } from '../../core/comment.ts';
import { findCommentById, insertRevision, updateCommentBody } from '../../store/repositories/comments.ts';
import { addToCommentCount } from '../../store/repositories/stories.ts';
import type { Deps } from '../deps.ts';
import { moderateDraft } from '../moderation/moderate-draft.ts';
import { resolveStory } from '../stories/resolve-story.ts';
import { checkBody } from './check-body.ts';
import { toCommentView } from './comment-view.ts';
import { loadOwnComment } from './own-comment.ts';

/**
 * An author's edit within the edit window. The new text runs the moderation pipeline again
 * (an edit cannot smuggle abuse past it), and the previous text is kept as a revision.
 */
export async function editComment(deps: Deps, cmd: { id: number; body: string; reader: Reader }): Promise<CommentView> {
  const comment = await loadOwnComment(deps, cmd.id, cmd.reader);
  const windowMs = deps.config.editWindowSeconds * 1000;
  const now = deps.now();
  if (now > comment.createdAt + windowMs) {
    throw new DomainError('EDIT_WINDOW_CLOSED', `Comments can be edited for ${Math.round(windowMs / 60000)} minutes after posting.`);
  }
  // A moderator's removal is final for the author; a held comment stays held for the moderator after an edit.
  if (comment.status === 'rejected') throw new DomainError('COMMENT_LOCKED', 'A moderator removed this comment, so it can no longer be edited.');
  const body = checkBody(cmd.body, deps.config.maxBodyChars);
  const story = await resolveStory(deps, String(comment.storyId));
  const verdict = await moderateDraft(deps, { action: 'edit', body, siteId: comment.siteId, authorId: comment.authorId, story });
  // A held comment stays held after an edit: the moderator, not the edit, decides when it appears.
  const outcome = comment.status === 'pending' && verdict.status === 'published'
    ? { ...verdict, status: 'pending' as const, reason: 'Your edited comment is still waiting for a moderator.', code: verdict.code ?? 'EDITED_WHILE_HELD' }
    : verdict;
  const html = renderMarkdown(body);
  const wasPublic = isShownToAll(comment);
  const nowPublic = isShownToAll(outcome);
  await deps.store.db.transaction().execute(async (trx) => {
    await insertRevision(trx, { commentId: comment.id, body: comment.body, html: comment.html, createdAt: comment.editedAt ?? comment.createdAt });
    await updateCommentBody(trx, comment.id, {
      body, html, status: outcome.status, editedAt: now,
      moderation: { shadow: outcome.shadow, reason: outcome.reason, code: outcome.code, phase: outcome.phase, scores: outcome.scores, trace: outcome.trace },
    });
    if (wasPublic !== nowPublic) await addToCommentCount(trx, comment.storyId, nowPublic ? 1 : -1);
  });
  deps.threadCache.invalidate(comment.storyId);
  return toCommentView((await findCommentById(deps.store.db, comment.id))!, windowMs, outcome.reason);
}
