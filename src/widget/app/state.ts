/** Thread state as typed actions over one reducer; the tree is updated immutably so Preact re-renders only what changed. */
import type { CommentView } from '../../contract/comments.ts';
import type { ThreadComment, ThreadPage } from '../../contract/threads.ts';
import type { Sort } from './api.ts';

export interface ThreadState {
  sort: Sort;
  comments: ThreadComment[];
  nextCursor: string | null;
  count: number;
  closed: boolean;
  loading: boolean;
}

export type Action =
  | { type: 'loading' }
  | { type: 'loaded'; page: ThreadPage; append: boolean }
  | { type: 'failed' }
  | { type: 'added'; comment: ThreadComment }
  | { type: 'updated'; id: number; patch: Partial<ThreadComment> }
  | { type: 'removed'; id: number };

export function initialState(page: ThreadPage): ThreadState {
  return { sort: page.sort, comments: page.comments, nextCursor: page.nextCursor, count: page.story.commentCount, closed: page.story.closed, loading: false };
}

function mapTree(list: ThreadComment[], id: number, fn: (c: ThreadComment) => ThreadComment | null): ThreadComment[] {
  const out: ThreadComment[] = [];
  for (const c of list) {
    if (c.id === id) {
      const next = fn(c);
      if (next) out.push(next);
    } else out.push(c.replies.length ? { ...c, replies: mapTree(c.replies, id, fn) } : c);
  }
  return out;
}

export function findComment(list: ThreadComment[], id: number): ThreadComment | undefined {
  for (const c of list) {
    if (c.id === id) return c;
    const r = findComment(c.replies, id);
    if (r) return r;
  }
  return undefined;
}

export function threadReducer(s: ThreadState, a: Action): ThreadState {
  switch (a.type) {
    case 'loading':
      return { ...s, loading: true };
    case 'failed':
      return { ...s, loading: false };
    case 'loaded': {
      // A page loaded while the reader posted may repeat a comment already shown; keep the first copy.
      const seen = new Set(a.append ? s.comments.map((c) => c.id) : []);
      const fresh = a.page.comments.filter((c) => !seen.has(c.id));
      return {
        sort: a.page.sort, comments: a.append ? [...s.comments, ...fresh] : fresh, nextCursor: a.page.nextCursor,
        count: a.page.story.commentCount, closed: a.page.story.closed, loading: false,
      };
    }
    case 'added': {
      const c = a.comment;
      if (c.parentId === null) {
        return { ...s, count: s.count + 1, comments: s.sort === 'newest' ? [c, ...s.comments] : [...s.comments, c] };
      }
      return { ...s, count: s.count + 1, comments: mapTree(s.comments, c.parentId, (p) => ({ ...p, replies: [...p.replies, c] })) };
    }
    case 'updated':
      return { ...s, comments: mapTree(s.comments, a.id, (c) => ({ ...c, ...a.patch })) };
    case 'removed':
      // A deleted comment with replies stays as a tombstone so the conversation under it keeps its place.
      return {
        ...s, count: Math.max(0, s.count - 1),
        comments: mapTree(s.comments, a.id, (c) => (c.replies.length ? { ...c, status: 'deleted', author: null, html: '' } : null)),
      };
  }
}

export function fromView(v: CommentView): ThreadComment {
  return {
    id: v.id, parentId: v.parentId, replyToId: v.replyToId, author: v.author, html: v.html, status: 'published',
    createdAt: v.createdAt, editedAt: v.editedAt, up: v.up, down: v.down, replies: [],
  };
}
