import type { Comment } from '../../core/comment.ts';
import type { CommentView } from '../../contract/comments.ts';

/** Why a comment is not public, in words for its author: the stored moderation reason, else a plain default. */
export function statusReasonOf(status: Comment['status'], stored?: string | null): string | null {
  return stored ?? STATUS_REASON[status];
}

const STATUS_REASON: Record<Comment['status'], string | null> = {
  published: null,
  pending: 'Your comment is held for review by a moderator and will appear once approved.',
  rejected: 'Your comment was not published because it breaks the community rules.',
  deleted: 'This comment was deleted.',
};

/** The author's view of their own comment, including its Markdown source and why it is not public yet. */
export function toCommentView(c: Comment, editWindowMs: number, reason?: string | null): CommentView {
  return {
    id: c.id, storyId: c.storyId, parentId: c.parentId, replyToId: c.replyToId,
    author: { name: c.authorName }, body: c.body, html: c.html, status: c.status,
    statusReason: statusReasonOf(c.status, reason),
    createdAt: new Date(c.createdAt).toISOString(),
    editedAt: c.editedAt === null ? null : new Date(c.editedAt).toISOString(),
    editableUntil: new Date(c.createdAt + editWindowMs).toISOString(),
    up: c.up, down: c.down,
  };
}
