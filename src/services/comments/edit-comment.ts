import { DomainError } from '../../core/errors.ts';
import { renderMarkdown } from '../../core/markdown.ts';
import type { Author } from '../../core/story.ts';
import type { CommentView } from '../../contract/comments.ts';
import { findCommentById, insertRevision, updateCommentBody } from '../../store/repositories/comments.ts';
import type { Deps } from '../deps.ts';
import { resolveStory } from '../stories/resolve-story.ts';
import { checkBody } from './check-body.ts';
import { toCommentView } from './comment-view.ts';
import { loadOwnComment } from './own-comment.ts';

/** An author's edit within the edit window; the previous text is kept as a revision for moderators. */
export async function editComment(deps: Deps, cmd: { id: number; body: string; reader: Author }): Promise<CommentView> {
  const comment = await loadOwnComment(deps, cmd.id, cmd.reader);
  const windowMs = deps.config.editWindowSeconds * 1000;
  const now = deps.now();
  if (now > comment.createdAt + windowMs) {
    throw new DomainError('EDIT_WINDOW_CLOSED', `Comments can be edited for ${Math.round(windowMs / 60000)} minutes after posting.`);
  }
  const story = await resolveStory(deps, String(comment.storyId));
  if (story.closedAt !== null) throw new DomainError('STORY_CLOSED', 'Comments on this story are closed.');
  const body = checkBody(cmd.body, deps.config.maxBodyChars);
  const html = renderMarkdown(body);
  await deps.store.db.transaction().execute(async (trx) => {
    await insertRevision(trx, { commentId: comment.id, body: comment.body, html: comment.html, createdAt: comment.editedAt ?? comment.createdAt });
    await updateCommentBody(trx, comment.id, { body, html, status: comment.status, editedAt: now });
  });
  deps.threadCache.invalidate(comment.storyId);
  return toCommentView((await findCommentById(deps.store.db, comment.id))!, windowMs);
}
