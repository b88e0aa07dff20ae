import { DomainError } from '../../core/errors.ts';
import { findSiteByName } from '../../store/repositories/sites.ts';
import type { Deps } from '../deps.ts';
import { createGuest } from './identify-reader.ts';

/** A token for a reader who votes before ever commenting; they give a name when they first post. */
export async function registerReader(deps: Pick<Deps, 'store' | 'now'>, siteName: string): Promise<{ readerToken: string }> {
  const site = await findSiteByName(deps.store.db, siteName);
  if (!site) throw new DomainError('SITE_NOT_FOUND', `No site is named "${siteName}".`, { param: 'site' });
  const { token } = await createGuest(deps, site.id, { name: null, email: null });
  return { readerToken: token };
}
