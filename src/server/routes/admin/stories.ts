import { Type } from '@sinclair/typebox';
import { ListStoriesQuery, RegisterStoryBody, StoryView, UpdateStoryBody } from '../../../contract/stories.ts';
import { listSiteStories } from '../../../services/stories/list-stories.ts';
import { toStoryView } from '../../../services/stories/story-view.ts';
import { registerStory } from '../../../services/stories/register-story.ts';
import { updateStory } from '../../../services/stories/update-story.ts';
import type { AppPlugin } from '../../app.ts';
import { actorOf } from '../../plugins/admin-auth.ts';
import { ErrorResponse } from '../../schemas.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };


export const adminStoryRoutes: AppPlugin = async (app, { deps }) => {
  // POST /admin/stories: register an article so readers can comment on it.
  app.post('/', { schema: { tags: ['admin'], summary: 'Register a story', security: [{ adminKey: [] }], body: RegisterStoryBody, response: { 201: StoryView, ...errors } } },
    async (req, reply) => reply.status(201).send(toStoryView(await registerStory(deps, actorOf(req), req.body), req.body.site)));

  // PATCH /admin/stories/:id: retitle, retag, close or reopen a thread.
  app.patch('/:id', {
    schema: { tags: ['admin'], summary: 'Update, close or reopen a story', security: [{ adminKey: [] }], params: Type.Object({ id: Type.Integer({ minimum: 1 }) }), body: UpdateStoryBody, response: { 200: StoryView, ...errors } },
  }, async (req) => {
    const { story, site } = await updateStory(deps, actorOf(req), req.params.id, req.body);
    return toStoryView(story, site.name);
  });

  // GET /admin/stories?site=: newest stories of a site.
  app.get('/', { schema: { tags: ['admin'], summary: 'List a site\'s stories', security: [{ adminKey: [] }], querystring: ListStoriesQuery, response: { 200: Type.Object({ stories: Type.Array(StoryView) }), ...errors } } },
    async (req) => ({ stories: (await listSiteStories(deps, actorOf(req), req.query.site, req.query.limit ?? 100)).map((s) => toStoryView(s, req.query.site)) }));
};
