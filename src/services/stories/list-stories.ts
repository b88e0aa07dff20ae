import { DomainError } from '../../core/errors.ts';
import type { Story } from '../../core/story.ts';
import { findSiteByName } from '../../store/repositories/sites.ts';
import { listStories } from '../../store/repositories/stories.ts';
import type { Deps } from '../deps.ts';

export async function listSiteStories(deps: Pick<Deps, 'store'>, siteName: string, limit: number): Promise<Story[]> {
  const site = await findSiteByName(deps.store.db, siteName);
  if (!site) throw new DomainError('SITE_NOT_FOUND', `No site is named "${siteName}".`, { param: 'site' });
  return listStories(deps.store.db, site.id, limit);
}
