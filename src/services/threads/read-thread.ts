import { createHash } from 'node:crypto';
import type { Comment, SortOrder } from '../../core/comment.ts';
import { decodeCursor, encodeCursor } from '../../core/cursor.ts';
import { buildThread, type ThreadNode } from '../../core/thread.ts';
import { listOwnHidden, listRepliesOf, listTopLevel } from '../../store/repositories/comments.ts';
import { statusReasonOf } from '../comments/comment-view.ts';
import { existingAuthorFor, type Reader } from '../readers/identify-reader.ts';
import type { Deps } from '../deps.ts';
import { resolveStory } from '../stories/resolve-story.ts';
import type { ThreadComment, ThreadPage } from '../../contract/threads.ts';

export interface ReadThreadInput {
  story: string;
  sort: SortOrder;
  limit?: number;
  cursor?: string;
}

/**
 * A page of a thread: one indexed query for the top-level comments, one for all their replies.
 * The page is the same for every reader, so it is cached serialized and served with an ETag.
 */
export async function readThread(deps: Deps, input: ReadThreadInput, reader?: Reader): Promise<{ json: string; etag: string }> {
  const limit = input.limit ?? deps.config.pageSize;
  if (reader) {
    const own = await readersOwnView(deps, input, reader);
    if (own) return own;
  }
  // Keyed by the request as given, so a hot page is served without touching the database at all.
  const key = `${input.story}|${input.sort}|${limit}|${input.cursor ?? ''}`;
  const now = deps.now();
  const hit = deps.threadCache.get(key, now);
  if (hit) return hit;

  const story = await resolveStory(deps, input.story);
  const version = deps.threadCache.version(story.id);
  const after = input.cursor ? decodeCursor(input.cursor, input.sort) : null;
  const rows = await listTopLevel(deps.store.db, story.id, input.sort, after, limit);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor(cursorOf(last, input.sort)) : null;
  const replies = await listRepliesOf(deps.store.db, page.map((c) => c.id));
  const body: ThreadPage = {
    story: { id: story.id, title: story.title, url: story.url, commentCount: story.commentCount, closed: story.closedAt !== null },
    sort: input.sort,
    comments: buildThread(page, replies).map((n) => toView(n)),
    nextCursor,
  };
  const json = JSON.stringify(body);
  const etag = `"${createHash('sha1').update(json).digest('base64url')}"`;
  const entry = { json, etag, storedAt: now, version, storyId: story.id };
  deps.threadCache.set(key, entry);
  return entry;
}

/**
 * The author's own view: their held, removed or shadow comments appear in place (held ones
 * marked, shadow ones looking published, so a shadow ban stays invisible to its target). Only
 * readers who have such comments on this story skip the shared cache.
 */
async function readersOwnView(deps: Deps, input: ReadThreadInput, reader: Reader) {
  const story = await resolveStory(deps, input.story);
  const author = await existingAuthorFor(deps, reader, story.siteId);
  if (!author) return null;
  const hidden = await listOwnHidden(deps.store.db, story.id, author.id);
  if (hidden.length === 0) return null;
  const page = JSON.parse((await readThread(deps, input)).json) as ThreadPage;
  const byId = new Map<number, ThreadComment>();
  const index = (list: ThreadComment[]) => { for (const c of list) { byId.set(c.id, c); index(c.replies); } };
  index(page.comments);
  const firstPage = input.cursor === undefined;
  for (const h of hidden) {
    const shown = byId.get(h.id); // already in the page as a tombstone when it has visible replies
    const view: ThreadComment = {
      ...toView({ comment: { ...h, status: h.shadow ? 'published' : h.status }, replies: [] }, true),
      replies: shown?.replies ?? [],
      ...(h.shadow ? {} : { statusReason: statusReasonOf(h.status, h.moderationReason) }),
    };
    const parent = h.parentId === null ? undefined : byId.get(h.parentId);
    if (shown) Object.assign(shown, view);
    else if (parent) parent.replies.push(view);
    else if (h.parentId === null && firstPage) page.comments.unshift(view);
    if (!shown) byId.set(h.id, view);
  }
  const json = JSON.stringify(page);
  return { json, etag: `"${createHash('sha1').update(json).digest('base64url')}"` };
}

function cursorOf(c: Comment, sort: SortOrder) {
  return sort === 'votes'
    ? { sort, score: c.up - c.down, createdAt: c.createdAt, id: c.id } as const
    : { sort, createdAt: c.createdAt, id: c.id } as const;
}

/** A thread node as readers see it; `reveal` shows an author their own unpublished comment instead of a tombstone. */
export function toView(node: ThreadNode, reveal = false): ThreadComment {
  const c = node.comment;
  const deleted = c.status === 'deleted' || (c.status !== 'published' && !reveal);
  return {
    id: c.id,
    parentId: c.parentId,
    replyToId: c.replyToId,
    author: deleted ? null : { name: c.authorName },
    html: deleted ? '' : c.html,
    status: deleted ? 'deleted' : c.status,
    createdAt: new Date(c.createdAt).toISOString(),
    editedAt: c.editedAt === null ? null : new Date(c.editedAt).toISOString(),
    up: c.up,
    down: c.down,
    replies: node.replies.map((r) => toView(r)),
  };
}
