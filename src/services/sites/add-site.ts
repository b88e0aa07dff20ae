import { isAdmin, type Actor } from '../../core/actor.ts';
import { DomainError } from '../../core/errors.ts';
import type { Site } from '../../core/story.ts';
import { findSiteByName, insertSite } from '../../store/repositories/sites.ts';
import type { Deps } from '../deps.ts';

export async function addSite(deps: Pick<Deps, 'store' | 'now'>, actor: Actor | 'system', input: { name: string; title?: string; origins?: string[] }): Promise<Site> {
  if (actor !== 'system' && !isAdmin(actor)) throw new DomainError('FORBIDDEN', 'Only admins can add sites.');
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(input.name)) {
    throw new DomainError('VALIDATION_FAILED', 'A site name is 1–63 lowercase letters, digits or dashes.', { param: 'name' });
  }
  const origins: string[] = [];
  for (const o of input.origins ?? []) {
    let url: URL;
    try {
      url = new URL(o);
    } catch {
      throw new DomainError('VALIDATION_FAILED', `"${o}" is not an origin like https://news.example.`, { param: 'origins' });
    }
    origins.push(url.origin);
  }
  if (await findSiteByName(deps.store.db, input.name)) throw new DomainError('SITE_EXISTS', `A site named "${input.name}" already exists.`, { param: 'name' });
  return insertSite(deps.store.db, { name: input.name, title: input.title ?? input.name, origins, createdAt: deps.now() });
}
