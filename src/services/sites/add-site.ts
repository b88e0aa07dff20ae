import { isAdmin, type Actor } from '../../core/actor.ts';
import { DomainError } from '../../core/errors.ts';
import type { Site } from '../../core/story.ts';
import { findSiteByName, insertSite, updateSite } from '../../store/repositories/sites.ts';
import type { Deps } from '../deps.ts';

export async function addSite(deps: Pick<Deps, 'store' | 'now'>, actor: Actor | 'system', input: { name: string; title?: string; origins?: string[] }): Promise<Site> {
  if (actor !== 'system' && !isAdmin(actor)) throw new DomainError('FORBIDDEN', 'Only admins can add sites.');
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(input.name)) {
    throw new DomainError('VALIDATION_FAILED', 'A site name is 1–63 lowercase letters, digits or dashes.', { param: 'name' });
  }
  const origins = parseOrigins(input.origins ?? []);
  if (await findSiteByName(deps.store.db, input.name)) throw new DomainError('SITE_EXISTS', `A site named "${input.name}" already exists.`, { param: 'name' });
  return insertSite(deps.store.db, { name: input.name, title: input.title ?? input.name, origins, createdAt: deps.now() });
}

/** Changes a site's title or the origins allowed to embed it (replacing the list). */
export async function updateSiteSettings(deps: Pick<Deps, 'store'>, actor: Actor | 'system', name: string, input: { title?: string; origins?: string[] }): Promise<Site> {
  if (actor !== 'system' && !isAdmin(actor)) throw new DomainError('FORBIDDEN', 'Only admins can change sites.');
  const site = await findSiteByName(deps.store.db, name);
  if (!site) throw new DomainError('SITE_NOT_FOUND', `No site is named "${name}".`, { param: 'site' });
  await updateSite(deps.store.db, site.id, { title: input.title, origins: input.origins === undefined ? undefined : parseOrigins(input.origins) });
  return (await findSiteByName(deps.store.db, name))!;
}

function parseOrigins(raw: string[]): string[] {
  return [...new Set(raw.map((o) => {
    try {
      return new URL(o).origin;
    } catch {
      throw new DomainError('VALIDATION_FAILED', `"${o}" is not an origin like https://news.example.`, { param: 'origins' });
    }
  }))];
}
