import type { Actor } from '../../core/actor.ts';
import { DomainError } from '../../core/errors.ts';
import type { AuditEntry } from '../../contract/moderation.ts';
import { listAudit } from '../../store/repositories/moderation.ts';
import type { Deps } from '../deps.ts';
import { staffSite } from './staff-site.ts';

export async function readAuditLog(deps: Pick<Deps, 'store'>, actor: Actor, q: { site: string; limit?: number; cursor?: string }): Promise<{ entries: AuditEntry[]; nextCursor: string | null }> {
  const site = await staffSite(deps, actor, q.site);
  if (q.cursor !== undefined && !/^\d+$/.test(q.cursor)) throw new DomainError('BAD_CURSOR', 'The page cursor is not valid for this log.', { param: 'cursor' });
  const limit = q.limit ?? 50;
  const rows = await listAudit(deps.store.db, site.id, q.cursor === undefined ? null : Number(q.cursor), limit);
  const page = rows.slice(0, limit);
  return {
    entries: page.map((r) => ({
      id: r.id, at: new Date(r.created_at).toISOString(), actor: { userId: r.actor_user_id, email: r.email ?? null },
      action: r.action, targetType: r.target_type, targetId: r.target_id, detail: JSON.parse(r.detail),
    })),
    nextCursor: rows.length > limit ? String(page[page.length - 1]!.id) : null,
  };
}
