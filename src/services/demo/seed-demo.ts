import { findSiteByName, updateSite } from '../../store/repositories/sites.ts';
import { listStories } from '../../store/repositories/stories.ts';
import { createComment } from '../comments/create-comment.ts';
import type { Deps } from '../deps.ts';
import { addSite } from '../sites/add-site.ts';
import { registerStory } from '../stories/register-story.ts';
import { DEMO_STORIES } from './demo-content.ts';

/**
 * First-run content for `npm start`: the `demo` site and Parley's own sample articles with a
 * short conversation under the first. Idempotent: later starts create nothing again — on another
 * port or host they only add that origin to the demo site, so the same articles embed there.
 */
export async function seedDemo(deps: Deps, baseUrl: string): Promise<{ site: string }> {
  const origin = new URL(baseUrl).origin;
  let site = await findSiteByName(deps.store.db, 'demo');
  if (!site) site = await addSite(deps, 'system', { name: 'demo', title: 'The Parley Courier', origins: [origin] });
  else if (!site.origins.includes(origin)) await updateSite(deps.store.db, site.id, { origins: [...site.origins, origin] });
  const existing = new Set((await listStories(deps.store.db, site.id, 500)).map((s) => new URL(s.url).pathname));
  for (const s of DEMO_STORIES) {
    if (existing.has(`/articles/${s.slug}`)) continue;
    const story = await registerStory(deps, 'system', { site: 'demo', url: `${origin}/articles/${s.slug}`, title: s.title, image: `${origin}/demo/images/${s.slug}.svg`, tags: s.tags });
    const ids: number[] = [];
    for (const c of s.comments) {
      const parentId = c.replyTo === undefined ? null : ids[c.replyTo] ?? null;
      const { comment } = await createComment(deps, { input: { story: String(story.id), parentId, body: c.body, author: { name: c.name } }, reader: undefined, ip: '127.0.0.1' });
      ids.push(comment.id);
    }
  }
  return { site: 'demo' };
}
