import { Type } from '@sinclair/typebox';
import { CountsQuery, CountsResponse } from '../../contract/threads.ts';
import { DomainError } from '../../core/errors.ts';
import { renderMarkdown } from '../../core/markdown.ts';
import { countComments } from '../../services/stories/count-comments.ts';
import { resolveEmbedStory } from '../../services/stories/resolve-embed-story.ts';
import type { AppPlugin } from '../app.ts';
import { limitWrites } from '../plugins/rate-limit.ts';
import { ErrorResponse } from '../schemas.ts';

const str = (v: unknown, max: number): string | undefined => (typeof v === 'string' && v.length <= max ? v : undefined);

/**
 * The few endpoints the embed calls from the publisher's page (cross-origin, without cookies)
 * and the widget's Markdown preview. Cross-origin answers carry `*` on purpose: they hold
 * nothing private and no credentials are ever sent.
 */
export const embedApiRoutes: AppPlugin = async (app, { deps, limiter }) => {
  // Only this scope reads text/plain (see POST /embed/stories); it changes nothing a reader owns and checks Origin.
  app.addContentTypeParser('text/plain', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  // POST /embed/stories: the loader finds or registers the story for its page. It sends text/plain
  // so browsers skip the CORS preflight; the Origin header is still set by the browser.
  app.post('/embed/stories', {
    preHandler: limitWrites(limiter),
    schema: { hide: true, response: { 200: Type.Object({ id: Type.Integer(), title: Type.String() }), 400: ErrorResponse, 404: ErrorResponse, 429: ErrorResponse } },
  }, async (req, reply) => {
    reply.header('access-control-allow-origin', '*');
    let body: unknown = req.body;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body);
      } catch {
        throw new DomainError('MALFORMED_JSON', 'The request body must be JSON.');
      }
    }
    const b = (body ?? {}) as Record<string, unknown>;
    const url = str(b.url, 2048);
    if (!url) throw new DomainError('VALIDATION_FAILED', 'url is required: the address of the embedding page.', { param: 'url' });
    const story = await resolveEmbedStory(deps, {
      origin: req.headers.origin, url, site: str(b.site, 63), title: str(b.title, 1000), image: str(b.image, 4096) ?? null,
    });
    return { id: story.id, title: story.title };
  });

  // GET /embed/counts: what count.js asks for, the public counts endpoint readable from any page.
  app.get('/embed/counts', {
    schema: { hide: true, querystring: CountsQuery, response: { 200: CountsResponse, 400: ErrorResponse } },
  }, async (req, reply) => {
    reply.header('access-control-allow-origin', '*').header('cache-control', 'public, max-age=30');
    const refs = Array.isArray(req.query.story) ? req.query.story : [req.query.story];
    return { counts: await countComments(deps, refs) };
  });

  // POST /embed/preview: the same renderer the write path uses, so the preview is what will be published.
  app.post('/embed/preview', {
    preHandler: limitWrites(limiter),
    schema: { hide: true, body: Type.Object({ body: Type.String({ maxLength: 100_000 }) }, { additionalProperties: false }), response: { 200: Type.Object({ html: Type.String() }), 400: ErrorResponse } },
  }, async (req) => ({ html: renderMarkdown(req.body.body) }));
};
