import type { Actor } from '../../core/actor.ts';
import { DomainError } from '../../core/errors.ts';
import type { CommentContext } from '../../contract/moderation.ts';
import { findModerationRow, findModerationRows, repliesForModeration, type ModerationRow } from '../../store/repositories/moderation-queue.ts';
import { latestModerationTrace } from '../../store/repositories/moderation.ts';
import type { Deps } from '../deps.ts';
import { toQueueItems } from './queue-item.ts';
import { staffSite } from './staff-site.ts';

/** A comment in its thread: the chain of comments above it, its direct replies, and what each pipeline phase said. */
export async function commentContext(deps: Pick<Deps, 'store'>, actor: Actor, id: number): Promise<CommentContext> {
  const row = await findModerationRow(deps.store.db, id);
  if (!row) throw new DomainError('COMMENT_NOT_FOUND', 'No comment has that id.', { param: 'id' });
  await staffSite(deps, actor, row.site_id);
  const ancestors: ModerationRow[] = [];
  let parentId = row.parent_id;
  while (parentId !== null && ancestors.length < 60) {
    const [parent] = await findModerationRows(deps.store.db, [parentId]);
    if (!parent) break;
    ancestors.unshift(parent);
    parentId = parent.parent_id;
  }
  const [items, ancestorItems, replyItems, trace] = await Promise.all([
    toQueueItems(deps, [row]), toQueueItems(deps, ancestors), repliesForModeration(deps.store.db, id).then((r) => toQueueItems(deps, r)),
    latestModerationTrace(deps.store.db, id),
  ]);
  return { comment: items[0]!, ancestors: ancestorItems, replies: replyItems, trace };
}
