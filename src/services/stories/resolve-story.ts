import { DomainError } from '../../core/errors.ts';
import { storyUrlKey } from '../../core/story-url.ts';
import { parseStoryRef, type Story } from '../../core/story.ts';
import { findStoryById, findStoryByUrlKey } from '../../store/repositories/stories.ts';
import type { Deps } from '../deps.ts';

/** A story by id or article URL; unknown stories are a 404 the client can show. */
export async function resolveStory(deps: Pick<Deps, 'store'>, raw: string): Promise<Story> {
  const ref = parseStoryRef(raw);
  let story: Story | undefined;
  if ('id' in ref) story = await findStoryById(deps.store.db, ref.id);
  else {
    const key = storyUrlKey(ref.url);
    if (key === null) throw new DomainError('VALIDATION_FAILED', 'story must be a story id or an http(s) article URL.', { param: 'story' });
    story = await findStoryByUrlKey(deps.store.db, key);
  }
  if (!story) throw new DomainError('STORY_NOT_FOUND', 'No story is registered for that id or URL.', { param: 'story' });
  return story;
}
