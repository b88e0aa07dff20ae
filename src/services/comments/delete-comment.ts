import type { Reader } from '../readers/identify-reader.ts';
import { isShownToAll } from '../../core/comment.ts';
import { markCommentDeleted } from '../../store/repositories/comments.ts';
import { addToCommentCount } from '../../store/repositories/stories.ts';
import type { Deps } from '../deps.ts';
import { loadOwnComment } from './own-comment.ts';

/**
 * An author removes their comment. The row stays as a tombstone (text erased) so replies keep
 * their place in the thread; a comment with no visible replies simply disappears from it.
 */
export async function deleteComment(deps: Deps, cmd: { id: number; reader: Reader }): Promise<void> {
  const comment = await loadOwnComment(deps, cmd.id, cmd.reader);
  const wasPublic = isShownToAll(comment);
  await deps.store.db.transaction().execute(async (trx) => {
    const applied = await markCommentDeleted(trx, comment.id, comment.status, deps.now());
    if (applied && wasPublic) await addToCommentCount(trx, comment.storyId, -1);
  });
  deps.threadCache.invalidate(comment.storyId);
}
