/** The comment life-cycle as the domain sees it. Rows are mapped to these types at the store edge. */
export const COMMENT_STATUSES = ['published', 'pending', 'rejected', 'deleted'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export type SortOrder = 'newest' | 'oldest' | 'votes';

export type VoteValue = -1 | 0 | 1;

export interface Comment {
  id: number;
  siteId: number;
  storyId: number;
  parentId: number | null;
  /** The comment the author pressed Reply on; differs from parentId when the depth cap re-attached it. */
  replyToId: number | null;
  rootId: number | null;
  depth: number;
  authorId: number;
  authorName: string;
  body: string;
  html: string;
  status: CommentStatus;
  createdAt: number;
  editedAt: number | null;
  up: number;
  down: number;
  /** From a shadow-banned author: stored published, shown to nobody but its author. */
  shadow: boolean;
}

/** Whether everyone sees the comment: the one rule behind thread reads, counters, replies, votes and reports. */
export function isShownToAll(c: Pick<Comment, 'status' | 'shadow'>): boolean {
  return c.status === 'published' && !c.shadow;
}

/** Where a reply goes: under its parent, or beside it once the parent sits at the deepest allowed level. */
export function placeReply(parent: Pick<Comment, 'id' | 'parentId' | 'rootId' | 'depth'>, maxDepth: number) {
  const atCap = parent.depth >= maxDepth;
  return {
    parentId: atCap && parent.parentId !== null ? parent.parentId : parent.id,
    rootId: parent.rootId ?? parent.id,
    depth: atCap ? parent.depth : parent.depth + 1,
  };
}
