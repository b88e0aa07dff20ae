import type { FastifyReply, FastifyRequest } from 'fastify';
import { identifyReader } from '../../services/readers/identify-reader.ts';
import { bearerToken } from '../plugins/rate-limit.ts';
import { CountsQuery, CountsResponse, ThreadPage, ThreadQuery } from '../../contract/threads.ts';
import { readThread } from '../../services/threads/read-thread.ts';
import { countComments } from '../../services/stories/count-comments.ts';
import type { AppPlugin } from '../app.ts';
import { ErrorResponse } from '../schemas.ts';

export const threadRoutes: AppPlugin = async (app, { deps }) => {
  // A stale or unknown token on a read is treated as anonymous: the thread must always load.
  const readerForRead = async (req: FastifyRequest) => {
    try {
      return await identifyReader(deps, bearerToken(req));
    } catch {
      return undefined;
    }
  };

  // GET /threads: one page of top-level comments with their replies nested; same bytes for every reader, so ETag + 304.
  app.get('/threads', {
    schema: { tags: ['threads'], summary: 'Read a page of a thread', querystring: ThreadQuery, response: { 200: ThreadPage, 400: ErrorResponse, 404: ErrorResponse } },
  }, async (req, raw) => {
    // The page is already serialized JSON (cached bytes), so the typed reply is bypassed on purpose.
    const reply = raw as unknown as FastifyReply;
    const { json, etag } = await readThread(deps, req.query, await readerForRead(req));
    // With a token the page may hold the reader's own held comments: never let a shared cache keep it.
    reply.header('etag', etag).header('cache-control', req.headers.authorization ? 'private, no-store' : 'public, max-age=0, must-revalidate').header('vary', 'authorization');
    if (req.headers['if-none-match'] === etag) return reply.status(304).send();
    return reply.type('application/json; charset=utf-8').send(json);
  });

  // GET /counts?story=a&story=b: comment counts for an article list in one request.
  app.get('/counts', {
    schema: { tags: ['threads'], summary: 'Comment counts for many stories', querystring: CountsQuery, response: { 200: CountsResponse, 400: ErrorResponse } },
  }, async (req) => {
    const refs = Array.isArray(req.query.story) ? req.query.story : [req.query.story];
    return { counts: await countComments(deps, refs) };
  });
};
