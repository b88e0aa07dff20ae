import { registerStory } from '../services/stories/register-story.ts';
import { updateStory } from '../services/stories/update-story.ts';
import { toStoryView } from '../services/stories/story-view.ts';
import { print, required, type Command } from './command.ts';
import { withDeps } from './with-deps.ts';

export const storyAddCommand: Command = {
  name: 'story add',
  summary: 'Register an article so readers can comment on it.',
  usage: 'Usage: parley story add --site NAME --url URL --title TITLE [--image URL] [--tag TAG]... [--closed] [--json]',
  options: { site: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' }, image: { type: 'string' }, tag: { type: 'string', multiple: true }, closed: { type: 'boolean' } },
  async run({ values }, io) {
    const story = await withDeps(io, (deps) => registerStory(deps, 'system', {
      site: required(values, 'site'), url: required(values, 'url'), title: required(values, 'title'),
      image: (values.image as string | undefined) ?? null, tags: (values.tag as string[] | undefined) ?? [], closed: Boolean(values.closed),
    }));
    print(io, values.json as boolean, toStoryView(story, values.site as string), `Story ${story.id} added: ${story.title}`);
    return 0;
  },
};

export const storyCloseCommand: Command = {
  name: 'story close',
  summary: 'Close a story to new comments (--reopen opens it again).',
  usage: 'Usage: parley story close --id ID [--reopen] [--json]',
  options: { id: { type: 'string' }, reopen: { type: 'boolean' } },
  async run({ values }, io) {
    const { story, site } = await withDeps(io, (deps) => updateStory(deps, 'system', Number(required(values, 'id')), { closed: !values.reopen }));
    print(io, values.json as boolean, toStoryView(story, site.name), `Story ${story.id} is ${story.closedAt === null ? 'open' : 'closed'}.`);
    return 0;
  },
};
