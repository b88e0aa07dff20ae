import { canModerate, type Actor } from '../../core/actor.ts';
import { DomainError } from '../../core/errors.ts';
import type { Story } from '../../core/story.ts';
import { findSiteByName } from '../../store/repositories/sites.ts';
import { listStories } from '../../store/repositories/stories.ts';
import type { Deps } from '../deps.ts';

/** A site's newest stories; 'public' is for the reader-facing pages, which show only what readers see anyway. */
export async function listSiteStories(deps: Pick<Deps, 'store'>, actor: Actor | 'public', siteName: string, limit: number): Promise<Story[]> {
  const site = await findSiteByName(deps.store.db, siteName);
  if (!site) throw new DomainError('SITE_NOT_FOUND', `No site is named "${siteName}".`, { param: 'site' });
  if (actor !== 'public' && !canModerate(actor, site.id)) throw new DomainError('FORBIDDEN', 'You do not moderate this site.');
  return listStories(deps.store.db, site.id, limit);
}
