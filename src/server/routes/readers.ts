import { CreateReaderBody, ReaderResponse } from '../../contract/comments.ts';
import { registerReader } from '../../services/readers/register-reader.ts';
import type { AppPlugin } from '../app.ts';
import { limitWrites } from '../plugins/rate-limit.ts';
import { ErrorResponse } from '../schemas.ts';

export const readerRoutes: AppPlugin = async (app, { deps, limiter }) => {
  // POST /readers: a reader token for voting before commenting.
  app.post('/', {
    preHandler: limitWrites(limiter),
    schema: { tags: ['readers'], summary: 'Get a reader token', body: CreateReaderBody, response: { 201: ReaderResponse, 400: ErrorResponse, 404: ErrorResponse, 429: ErrorResponse } },
  }, async (req, reply) => reply.status(201).send(await registerReader(deps, req.body.site)));
};
