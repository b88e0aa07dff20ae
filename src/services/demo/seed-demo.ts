import { findSiteByName } from '../../store/repositories/sites.ts';
import { findStoryByUrlKey } from '../../store/repositories/stories.ts';
import { storyUrlKey } from '../../core/story-url.ts';
import { createComment } from '../comments/create-comment.ts';
import type { Deps } from '../deps.ts';
import { addSite } from '../sites/add-site.ts';
import { registerStory } from '../stories/register-story.ts';
import { DEMO_STORIES } from './demo-content.ts';

/**
 * First-run content for `npm start`: the `demo` site and Parley's own sample articles with a
 * short conversation under the first. Idempotent: existing sites and stories are left alone.
 */
export async function seedDemo(deps: Deps, baseUrl: string): Promise<{ site: string; storyUrls: string[] }> {
  const origin = new URL(baseUrl).origin;
  if (!(await findSiteByName(deps.store.db, 'demo'))) await addSite(deps, 'system', { name: 'demo', title: 'The Parley Courier', origins: [origin] });
  const urls: string[] = [];
  for (const s of DEMO_STORIES) {
    const url = `${origin}/articles/${s.slug}`;
    urls.push(url);
    if (await findStoryByUrlKey(deps.store.db, storyUrlKey(url)!)) continue;
    const story = await registerStory(deps, 'system', { site: 'demo', url, title: s.title, image: `${origin}/demo/images/${s.slug}.svg`, tags: s.tags });
    const ids: number[] = [];
    for (const c of s.comments) {
      const parentId = c.replyTo === undefined ? null : ids[c.replyTo] ?? null;
      const { comment } = await createComment(deps, { input: { story: String(story.id), parentId, body: c.body, author: { name: c.name } }, reader: undefined, ip: '127.0.0.1' });
      ids.push(comment.id);
    }
  }
  return { site: 'demo', storyUrls: urls };
}
