import { canModerate, type Actor } from '../../core/actor.ts';
import { DomainError } from '../../core/errors.ts';
import type { Site, Story } from '../../core/story.ts';
import { findSiteById } from '../../store/repositories/sites.ts';
import { findStoryById, updateStory as storeUpdateStory } from '../../store/repositories/stories.ts';
import type { Deps } from '../deps.ts';

export interface UpdateStoryInput {
  title?: string;
  image?: string | null;
  tags?: string[];
  /** true closes the thread to new comments, edits and votes; false reopens it. */
  closed?: boolean;
  /** true holds every new comment on this story for a moderator. */
  premod?: boolean;
}

export async function updateStory(deps: Pick<Deps, 'store' | 'now' | 'threadCache'>, actor: Actor | 'system', id: number, input: UpdateStoryInput): Promise<{ story: Story; site: Site }> {
  const story = await findStoryById(deps.store.db, id);
  if (!story) throw new DomainError('STORY_NOT_FOUND', 'No story has that id.', { param: 'id' });
  if (actor !== 'system' && !canModerate(actor, story.siteId)) throw new DomainError('FORBIDDEN', 'You do not moderate this site.');
  const closedAt = input.closed === undefined ? undefined : input.closed ? (story.closedAt ?? deps.now()) : null;
  const updated = await storeUpdateStory(deps.store.db, id, { title: input.title, image: input.image, tags: input.tags, closedAt, premod: input.premod });
  deps.threadCache.invalidate(id);
  return { story: updated!, site: (await findSiteById(deps.store.db, story.siteId))! };
}
