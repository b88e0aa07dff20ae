import { DomainError } from '../../core/errors.ts';
import { storyUrlKey } from '../../core/story-url.ts';
import type { Site, Story } from '../../core/story.ts';
import { findSiteById, findSiteByName, listSites } from '../../store/repositories/sites.ts';
import { findStoryByUrlKey } from '../../store/repositories/stories.ts';
import type { Deps } from '../deps.ts';
import { registerStory } from './register-story.ts';
import { resolveStory } from './resolve-story.ts';

export interface EmbedStoryInput {
  /** The browser-set Origin of the embedding page; scripts cannot forge it, so it is what grants registration. */
  origin: string | undefined;
  url: string;
  site?: string;
  title?: string;
  image?: string | null;
}

const httpUrl = (raw: string | null | undefined): string | null => {
  if (!raw) return null;
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
};

/**
 * The story behind an embedding page: found by its URL, or registered with the page's title and
 * image when the page's origin is one the site allows. A page may only register URLs of an
 * allowed origin, so one publisher cannot open threads under another's address.
 */
export async function resolveEmbedStory(deps: Pick<Deps, 'store' | 'now'>, input: EmbedStoryInput): Promise<Story> {
  const key = storyUrlKey(input.url);
  if (key === null) throw new DomainError('VALIDATION_FAILED', 'url must be an http(s) URL.', { param: 'url' });
  const existing = await findStoryByUrlKey(deps.store.db, key);
  if (existing) return existing;

  const site = await siteForOrigin(deps, input.origin, input.site);
  const urlOrigin = new URL(input.url).origin;
  if (!site || !site.origins.includes(urlOrigin)) {
    throw new DomainError('STORY_NOT_FOUND', 'No story is registered for this page, and its site does not allow this page to register one.', { param: 'url' });
  }
  const title = (input.title ?? '').replace(/\s+/g, ' ').trim().slice(0, 300) || input.url.slice(0, 300);
  try {
    return await registerStory(deps, 'system', { site: site.name, url: input.url, title, image: httpUrl(input.image)?.slice(0, 2048) ?? null });
  } catch (err) {
    // Two readers opening a new article at once both try to register it; the loser takes the winner's story.
    if (err instanceof DomainError && err.code === 'STORY_EXISTS') {
      const story = await findStoryByUrlKey(deps.store.db, key);
      if (story) return story;
    }
    throw err;
  }
}

async function siteForOrigin(deps: Pick<Deps, 'store'>, origin: string | undefined, siteName: string | undefined): Promise<Site | undefined> {
  if (!origin) return undefined;
  if (siteName) {
    const site = await findSiteByName(deps.store.db, siteName);
    return site?.origins.includes(origin) ? site : undefined;
  }
  return (await listSites(deps.store.db)).find((s) => s.origins.includes(origin));
}

/** A story (by id or URL) with the site it belongs to: what the widget frame needs to render and to set frame-ancestors. */
export async function embedContext(deps: Pick<Deps, 'store'>, ref: string): Promise<{ story: Story; site: Site }> {
  const story = await resolveStory(deps, ref);
  const site = await findSiteById(deps.store.db, story.siteId);
  if (!site) throw new DomainError('STORY_NOT_FOUND', 'No story is registered for that id or URL.', { param: 'story' });
  return { story, site };
}
