import type { Actor } from '../../core/actor.ts';
import { DomainError } from '../../core/errors.ts';
import type { AuthorPanel } from '../../contract/moderation.ts';
import { authorComments, authorsSharingIp, authorStatusCounts } from '../../store/repositories/moderation-queue.ts';
import { findAuthorRecord, nameHistory } from '../../store/repositories/moderation.ts';
import type { Deps } from '../deps.ts';
import { toQueueItems } from './queue-item.ts';
import { staffSite } from './staff-site.ts';

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

/** Everything a moderator needs to judge an author: standing, history, name changes, and who else posts from the same hashed IP. */
export async function authorPanel(deps: Pick<Deps, 'store'>, actor: Actor, authorId: number): Promise<AuthorPanel> {
  const author = await findAuthorRecord(deps.store.db, authorId);
  if (!author) throw new DomainError('NOT_FOUND', 'No author has that id.', { param: 'id' });
  await staffSite(deps, actor, author.siteId);
  const [counts, names, sameIp, comments] = await Promise.all([
    authorStatusCounts(deps.store.db, authorId), nameHistory(deps.store.db, authorId),
    authorsSharingIp(deps.store.db, author.siteId, authorId), authorComments(deps.store.db, authorId, 50),
  ]);
  return {
    id: author.id, name: author.name ?? names[names.length - 1]?.name ?? '(no name yet)', status: author.status,
    suspendedUntil: iso(author.suspendedUntil), statusReason: author.statusReason, createdAt: new Date(author.createdAt).toISOString(),
    counts, nameHistory: names.map((n) => ({ name: n.name, at: new Date(n.at).toISOString() })), sameIp,
    comments: await toQueueItems(deps, comments),
  };
}
