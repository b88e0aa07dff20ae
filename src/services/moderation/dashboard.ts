import type { Actor } from '../../core/actor.ts';
import type { Dashboard } from '../../contract/moderation.ts';
import { busiestStories, dailyOutcomes, oldestPending, queueCounts, scoredComments } from '../../store/repositories/moderation-queue.ts';
import type { Deps } from '../deps.ts';
import { staffSite } from './staff-site.ts';

const DAY = 86_400_000;
// A category counts on a day when a comment scored at least this high in it.
const CATEGORY_MARK = 0.5;

/** Where a site's conversation is turning: outcomes per day, held and rejected shares, model categories over time, busiest stories, queue age. */
export async function moderationDashboard(deps: Pick<Deps, 'store' | 'now'>, actor: Actor, q: { site: string; days?: number }): Promise<Dashboard> {
  const site = await staffSite(deps, actor, q.site);
  const now = deps.now();
  const dayCount = q.days ?? 14;
  const since = Math.floor(now / DAY) * DAY - (dayCount - 1) * DAY;
  const [outcomes, scored, stories, oldest, counts] = await Promise.all([
    dailyOutcomes(deps.store.db, deps.store.dialect, site.id, since), scoredComments(deps.store.db, site.id, since),
    busiestStories(deps.store.db, site.id, since, 5), oldestPending(deps.store.db, site.id), queueCounts(deps.store.db, site.id),
  ]);
  const dayKeys = Array.from({ length: dayCount }, (_, i) => new Date(since + i * DAY).toISOString().slice(0, 10));
  const days = dayKeys.map((day) => ({ day, published: 0, pending: 0, rejected: 0, deleted: 0 }));
  const byDay = new Map(days.map((d) => [d.day, d]));
  let total = 0;
  for (const o of outcomes) {
    const d = byDay.get(o.day);
    if (d) d[o.status] += Number(o.n);
    total += Number(o.n);
  }
  const categories = dayKeys.map((day) => ({ day, counts: {} as Record<string, number> }));
  const catByDay = new Map(categories.map((c) => [c.day, c.counts]));
  for (const s of scored) {
    const counts = catByDay.get(new Date(s.created_at).toISOString().slice(0, 10));
    if (!counts || !s.scores) continue;
    for (const [cat, v] of Object.entries(JSON.parse(s.scores) as Record<string, number>)) if (v >= CATEGORY_MARK) counts[cat] = (counts[cat] ?? 0) + 1;
  }
  const held = days.reduce((n, d) => n + d.pending, 0);
  const rejected = days.reduce((n, d) => n + d.rejected, 0);
  return {
    days,
    heldShare: total === 0 ? 0 : held / total,
    rejectedShare: total === 0 ? 0 : rejected / total,
    categories,
    busiestStories: stories.map((s) => ({ id: s.id, title: s.title, comments: Number(s.comments), held: Number(s.held), rejected: Number(s.rejected) })),
    queueAge: { pending: counts.pending, oldestPendingMinutes: oldest === null ? null : Math.max(0, Math.round((now - oldest) / 60_000)) },
  };
}
