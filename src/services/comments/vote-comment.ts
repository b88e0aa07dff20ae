import type { VoteValue } from '../../core/comment.ts';
import { DomainError } from '../../core/errors.ts';
import { authorFor, type Reader } from '../readers/identify-reader.ts';
import type { VoteResponse } from '../../contract/comments.ts';
import { isShownToAll } from '../../core/comment.ts';
import { applyVoteDelta, findCommentById } from '../../store/repositories/comments.ts';
import { findStoryById } from '../../store/repositories/stories.ts';
import { findVote, setVote } from '../../store/repositories/votes.ts';
import type { Deps } from '../deps.ts';

/** One vote per reader per comment: a new value replaces the old one, 0 withdraws it. Authors cannot vote on their own comments. */
export async function voteComment(deps: Deps, cmd: { id: number; value: VoteValue; reader: Reader }): Promise<VoteResponse> {
  const comment = await findCommentById(deps.store.db, cmd.id);
  if (!comment || comment.status === 'pending' || comment.status === 'rejected') {
    throw new DomainError('COMMENT_NOT_FOUND', 'No comment has that id.', { param: 'id' });
  }
  if (comment.status === 'deleted') throw new DomainError('COMMENT_DELETED', 'This comment was deleted.');
  if (!isShownToAll(comment)) throw new DomainError('COMMENT_NOT_FOUND', 'No comment has that id.', { param: 'id' });
  const voter = await authorFor(deps, cmd.reader, comment.siteId);
  if (comment.authorId === voter.id) throw new DomainError('SELF_VOTE', 'You cannot vote on your own comment.');
  const story = await findStoryById(deps.store.db, comment.storyId);
  if (story?.closedAt != null) throw new DomainError('STORY_CLOSED', 'This story is closed; votes are frozen.');

  const counts = await deps.store.db.transaction().execute(async (trx) => {
    const previous = await findVote(trx, comment.id, voter.id);
    if (previous === cmd.value) return { up: comment.up, down: comment.down };
    await setVote(trx, comment.id, voter.id, cmd.value, deps.now());
    const up = (cmd.value === 1 ? 1 : 0) - (previous === 1 ? 1 : 0);
    const down = (cmd.value === -1 ? 1 : 0) - (previous === -1 ? 1 : 0);
    return applyVoteDelta(trx, comment.id, up, down);
  });
  deps.threadCache.invalidate(comment.storyId);
  return { id: comment.id, up: counts.up, down: counts.down, myVote: cmd.value };
}
