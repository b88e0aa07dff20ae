import { canModerate, type Actor } from '../../core/actor.ts';
import { DomainError } from '../../core/errors.ts';
import type { Site } from '../../core/story.ts';
import { findSiteById, findSiteByName } from '../../store/repositories/sites.ts';
import type { Deps } from '../deps.ts';

/** The site a staff request names, if this actor may moderate it; otherwise 404 or 403. */
export async function staffSite(deps: Pick<Deps, 'store'>, actor: Actor, ref: string | number): Promise<Site> {
  const site = typeof ref === 'number' ? await findSiteById(deps.store.db, ref) : await findSiteByName(deps.store.db, ref);
  if (!site) throw new DomainError('SITE_NOT_FOUND', `No site is named "${ref}".`, { param: 'site' });
  if (!canModerate(actor, site.id)) throw new DomainError('FORBIDDEN', 'You do not moderate this site.');
  return site;
}
