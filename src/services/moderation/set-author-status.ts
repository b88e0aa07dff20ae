import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor.ts';
import { DomainError } from '../../core/errors.ts';
import type { AuthorPanel, AuthorStatusBody, BanSpec } from '../../contract/moderation.ts';
import type { AuthorStatus, Tables } from '../../store/database.ts';
import { findAuthorRecord, insertAudit, setAuthorStatus } from '../../store/repositories/moderation.ts';
import type { Deps } from '../deps.ts';
import { authorPanel } from './author-panel.ts';
import { staffSite } from './staff-site.ts';

type StatusChange = BanSpec | AuthorStatusBody;

/** Writes a ban, timed suspension, shadow-ban or reinstatement, with its audit entry, inside the caller's transaction. */
export async function applyAuthorStatus(trx: Kysely<Tables>, actor: Actor, siteId: number, authorId: number, change: StatusChange, now: number): Promise<void> {
  const status: AuthorStatus = 'kind' in change
    ? (change.kind === 'ban' ? 'banned' : change.kind === 'suspend' ? 'suspended' : 'shadow_banned')
    : change.status;
  if (status === 'suspended' && !change.hours) throw new DomainError('VALIDATION_FAILED', 'A suspension needs a length in hours.', { param: 'hours' });
  const suspendedUntil = status === 'suspended' ? now + change.hours! * 3_600_000 : null;
  await setAuthorStatus(trx, authorId, { status, suspendedUntil, reason: change.reason });
  await insertAudit(trx, {
    siteId, actorUserId: actor.userId, action: `author.${status === 'active' ? 'reinstate' : status}`, targetType: 'author', targetId: authorId,
    detail: { reason: change.reason, until: suspendedUntil === null ? null : new Date(suspendedUntil).toISOString() }, at: now,
  });
}

export async function setAuthorStanding(deps: Deps, actor: Actor, authorId: number, change: AuthorStatusBody): Promise<AuthorPanel> {
  const author = await findAuthorRecord(deps.store.db, authorId);
  if (!author) throw new DomainError('NOT_FOUND', 'No author has that id.', { param: 'id' });
  await staffSite(deps, actor, author.siteId);
  await deps.store.db.transaction().execute((trx) => applyAuthorStatus(trx, actor, author.siteId, authorId, change, deps.now()));
  return authorPanel(deps, actor, authorId);
}
