import { canModerate, type Actor } from '../../core/actor.ts';
import { DomainError } from '../../core/errors.ts';
import { storyUrlKey } from '../../core/story-url.ts';
import type { Story } from '../../core/story.ts';
import { findSiteByName } from '../../store/repositories/sites.ts';
import { findStoryByUrlKey, insertStory } from '../../store/repositories/stories.ts';
import type { Deps } from '../deps.ts';

export interface RegisterStoryInput {
  site: string;
  url: string;
  title: string;
  image?: string | null;
  tags?: string[];
  closed?: boolean;
}

export async function registerStory(deps: Pick<Deps, 'store' | 'now'>, actor: Actor | 'system', input: RegisterStoryInput): Promise<Story> {
  const site = await findSiteByName(deps.store.db, input.site);
  if (!site) throw new DomainError('SITE_NOT_FOUND', `No site is named "${input.site}".`, { param: 'site' });
  if (actor !== 'system' && !canModerate(actor, site.id)) throw new DomainError('FORBIDDEN', 'You do not moderate this site.');
  const urlKey = storyUrlKey(input.url);
  if (urlKey === null) throw new DomainError('VALIDATION_FAILED', 'url must be an http(s) URL.', { param: 'url' });
  if (await findStoryByUrlKey(deps.store.db, urlKey, site.id)) {
    throw new DomainError('STORY_EXISTS', 'A story with that URL is already registered on this site.', { param: 'url' });
  }
  const now = deps.now();
  return insertStory(deps.store.db, {
    siteId: site.id, url: input.url, urlKey, title: input.title.trim(), image: input.image ?? null,
    tags: [...new Set((input.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))],
    closedAt: input.closed ? now : null, createdAt: now,
  });
}
