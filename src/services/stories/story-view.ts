import type { Story } from '../../core/story.ts';
import type { StoryView } from '../../contract/stories.ts';

/** A story as the admin API and the CLI's --json print it. */
export function toStoryView(s: Story, siteName: string): StoryView {
  return {
    id: s.id, site: siteName, url: s.url, title: s.title, image: s.image, tags: s.tags, closed: s.closedAt !== null, premod: s.premod,
    commentCount: s.commentCount, createdAt: new Date(s.createdAt).toISOString(),
  };
}
