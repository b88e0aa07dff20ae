import type { Actor } from '../../core/actor.ts';
import { DomainError } from '../../core/errors.ts';
import type { QueuePage, QueueQuery } from '../../contract/moderation.ts';
import { listQueue, queueCounts } from '../../store/repositories/moderation-queue.ts';
import type { Deps } from '../deps.ts';
import { toQueueItems } from './queue-item.ts';
import { staffSite } from './staff-site.ts';

export async function listModerationQueue(deps: Pick<Deps, 'store'>, actor: Actor, q: QueueQuery): Promise<QueuePage> {
  const site = await staffSite(deps, actor, q.site);
  const limit = q.limit ?? 50;
  let after: number | null = null;
  if (q.cursor !== undefined) {
    if (!/^\d+$/.test(q.cursor)) throw new DomainError('BAD_CURSOR', 'The page cursor is not valid for this queue.', { param: 'cursor' });
    after = Number(q.cursor);
  }
  const [rows, counts] = await Promise.all([listQueue(deps.store.db, site.id, q.queue, after, limit), queueCounts(deps.store.db, site.id)]);
  const page = rows.slice(0, limit);
  return {
    queue: q.queue, counts, items: await toQueueItems(deps, page),
    nextCursor: rows.length > limit ? String(page[page.length - 1]!.id) : null,
  };
}
