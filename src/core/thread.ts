import type { Comment } from './comment.ts';

export interface ThreadNode {
  comment: Comment;
  replies: ThreadNode[];
}

/**
 * Nests replies under their parents (replies oldest-first, the way a conversation reads) and
 * keeps an unpublished (deleted, held, removed) comment only as a tombstone while something visible still hangs under it,
 * so the thread keeps its shape without showing removed text.
 */
export function buildThread(topLevel: readonly Comment[], replies: readonly Comment[]): ThreadNode[] {
  const nodes = new Map<number, ThreadNode>();
  for (const c of topLevel) nodes.set(c.id, { comment: c, replies: [] });
  const sorted = [...replies].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  for (const c of sorted) nodes.set(c.id, { comment: c, replies: [] });
  for (const c of sorted) {
    const parent = c.parentId === null ? undefined : nodes.get(c.parentId);
    if (parent) parent.replies.push(nodes.get(c.id)!);
  }
  return topLevel.map((c) => nodes.get(c.id)!).filter(prune);
}

/** Drops unpublished leaves bottom-up; returns whether the node stays. */
function prune(node: ThreadNode): boolean {
  node.replies = node.replies.filter(prune);
  return node.comment.status === 'published' || node.replies.length > 0;
}
