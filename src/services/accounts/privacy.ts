import { authorsOfUser, eraseAuthors } from '../../store/repositories/authors.ts';
import { anonymizeCommentsOf, commentsOfAuthors, removeCommentsOf, votesOfAuthors } from '../../store/repositories/privacy.ts';
import { eraseUser } from '../../store/repositories/users.ts';
import type { Deps } from '../deps.ts';
import type { Reader } from '../readers/identify-reader.ts';

async function authorIdsOf(deps: Pick<Deps, 'store'>, reader: Reader): Promise<number[]> {
  return reader.kind === 'guest' ? [reader.author.id] : authorsOfUser(deps.store.db, reader.user.id);
}

/** Everything Parley holds about the reader, as one JSON document they can take away. */
export async function exportMyData(deps: Pick<Deps, 'store' | 'now'>, reader: Reader) {
  const ids = await authorIdsOf(deps, reader);
  const [comments, votes] = await Promise.all([commentsOfAuthors(deps.store.db, ids), votesOfAuthors(deps.store.db, ids)]);
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
  return {
    exportedAt: new Date(deps.now()).toISOString(),
    account: reader.kind === 'account'
      ? { kind: 'account', displayName: reader.user.displayName, email: reader.user.email, createdAt: iso(reader.user.createdAt), notifyReplies: reader.user.notifyReplies }
      : { kind: 'guest', displayName: reader.author.name, email: reader.author.email },
    comments: comments.map((c) => ({ id: c.id, story: { id: c.story_id, url: c.story_url, title: c.story_title }, parentId: c.parent_id, name: c.author_name, body: c.body, status: c.status, createdAt: iso(c.created_at), editedAt: iso(c.edited_at) })),
    votes: votes.map((v) => ({ commentId: v.comment_id, value: v.value, at: iso(v.created_at) })),
    // "Notify of" subscriptions arrive with the notifications work; the field is here so the format will not change.
    subscriptions: [] as unknown[],
  };
}

/**
 * Deletes the reader's identity. Their comments are removed (text erased; a comment with replies
 * stays as a tombstone so the thread keeps its shape) or anonymized (kept, signed "Deleted user"),
 * as they choose. Votes are withdrawn, names, emails and sessions erased.
 */
export async function deleteMyAccount(deps: Deps, reader: Reader, mode: 'remove' | 'anonymize'): Promise<{ comments: number }> {
  const ids = await authorIdsOf(deps, reader);
  const affected = await deps.store.db.transaction().execute(async (trx) => {
    const stories = mode === 'remove' ? await removeCommentsOf(trx, ids, deps.now()) : await anonymizeCommentsOf(trx, ids);
    await eraseAuthors(trx, ids);
    if (reader.kind === 'account') await eraseUser(trx, reader.user.id);
    return stories;
  });
  for (const storyId of affected.storyIds) deps.threadCache.invalidate(storyId);
  return { comments: affected.count };
}
