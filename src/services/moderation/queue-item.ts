import type { QueueItem } from '../../contract/moderation.ts';
import type { ModerationRow } from '../../store/repositories/moderation-queue.ts';
import { reportsFor } from '../../store/repositories/moderation.ts';
import type { Deps } from '../deps.ts';

/** Moderation rows → the admin UI's items, with each comment's reports attached (one query for all). */
export async function toQueueItems(deps: Pick<Deps, 'store'>, rows: ModerationRow[]): Promise<QueueItem[]> {
  const reports = await reportsFor(deps.store.db, rows.filter((r) => r.report_count > 0).map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    story: { id: r.story_id, title: r.story_title, url: r.story_url },
    author: { id: r.author_id, name: r.author_name, status: r.author_status },
    parentId: r.parent_id,
    body: r.body,
    html: r.html,
    status: r.status,
    createdAt: new Date(r.created_at).toISOString(),
    reason: r.moderation_reason,
    reasonCode: r.moderation_code,
    phase: r.moderation_phase,
    scores: r.scores ? JSON.parse(r.scores) : null,
    reportCount: r.report_count,
    reports: reports.filter((x) => x.comment_id === r.id).map((x) => ({ reason: x.reason, note: x.note, createdAt: new Date(x.created_at).toISOString() })),
    shadow: r.shadow === 1,
  }));
}
