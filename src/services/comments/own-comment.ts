import type { Comment } from '../../core/comment.ts';
import { DomainError } from '../../core/errors.ts';
import { authorUserId } from '../../store/repositories/authors.ts';
import type { Reader } from '../readers/identify-reader.ts';
import { findCommentById } from '../../store/repositories/comments.ts';
import type { Deps } from '../deps.ts';

/** Loads a comment for a change by its author: anyone else gets NOT_COMMENT_AUTHOR, and nothing is revealed about deleted text. */
export async function loadOwnComment(deps: Pick<Deps, 'store'>, id: number, reader: Reader): Promise<Comment> {
  const comment = await findCommentById(deps.store.db, id);
  if (!comment) throw new DomainError('COMMENT_NOT_FOUND', 'No comment has that id.', { param: 'id' });
  const owns = reader.kind === 'guest' ? comment.authorId === reader.author.id : (await authorUserId(deps.store.db, comment.authorId)) === reader.user.id;
  if (!owns) throw new DomainError('NOT_COMMENT_AUTHOR', 'Only the author of a comment can change it.');
  if (comment.status === 'deleted') throw new DomainError('COMMENT_DELETED', 'This comment was deleted.');
  return comment;
}
