import type { Actor } from '../../core/actor.ts';
import { isAdmin } from '../../core/actor.ts';
import { DomainError } from '../../core/errors.ts';
import type { SiteModerationSettings } from '../../contract/moderation.ts';
import { insertAudit } from '../../store/repositories/moderation.ts';
import type { Deps } from '../deps.ts';
import { siteModeration, storeSiteModeration } from './site-moderation.ts';
import { staffSite } from './staff-site.ts';

export async function getSiteSettings(deps: Pick<Deps, 'store'>, actor: Actor, siteName: string): Promise<SiteModerationSettings> {
  const site = await staffSite(deps, actor, siteName);
  return (await siteModeration(deps, site.id)).flat;
}

/** Word lists and thresholds are site policy: admins and the site's moderators may change them, and every change is audited. */
export async function putSiteSettings(deps: Pick<Deps, 'store' | 'now'>, actor: Actor, siteName: string, next: SiteModerationSettings): Promise<SiteModerationSettings> {
  const site = await staffSite(deps, actor, siteName);
  if (next.holdThreshold > next.rejectThreshold) {
    throw new DomainError('VALIDATION_FAILED', 'The hold threshold must not be above the reject threshold.', { param: 'holdThreshold' });
  }
  const before = (await siteModeration(deps, site.id)).flat;
  const changed = Object.keys(next).filter((k) => JSON.stringify(next[k as keyof SiteModerationSettings]) !== JSON.stringify(before[k as keyof SiteModerationSettings]));
  await storeSiteModeration(deps, site.id, next);
  await insertAudit(deps.store.db, { siteId: site.id, actorUserId: actor.userId, action: 'site.settings', targetType: 'site', targetId: site.id, detail: { changed, by: isAdmin(actor) ? 'admin' : 'moderator' }, at: deps.now() });
  return (await siteModeration(deps, site.id)).flat;
}
