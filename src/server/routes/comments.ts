import { Type } from '@sinclair/typebox';
import { CommentIdParams, CommentView, CreateCommentBody, CreateCommentResponse, EditCommentBody, VoteBody, VoteResponse } from '../../contract/comments.ts';
import { createComment } from '../../services/comments/create-comment.ts';
import { deleteComment } from '../../services/comments/delete-comment.ts';
import { editComment } from '../../services/comments/edit-comment.ts';
import { voteComment } from '../../services/comments/vote-comment.ts';
import { reportComment } from '../../services/moderation/report-comment.ts';
import { ReportBody } from '../../contract/moderation.ts';
import { identifyReader, requireReader } from '../../services/readers/identify-reader.ts';
import type { AppPlugin } from '../app.ts';
import { bearerToken, limitWrites } from '../plugins/rate-limit.ts';
import { ErrorResponse } from '../schemas.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 429: ErrorResponse };

export const commentRoutes: AppPlugin = async (app, { deps, limiter }) => {
  const preHandler = limitWrites(limiter);

  // POST /comments: a new comment or reply; a first-time guest gets an authorToken for later edits and votes.
  app.post('/', {
    preHandler,
    schema: { tags: ['comments'], summary: 'Post a comment or reply', body: CreateCommentBody, response: { 201: CreateCommentResponse, ...errors } },
  }, async (req, reply) => {
    const reader = await identifyReader(deps, bearerToken(req));
    const result = await createComment(deps, { input: req.body, reader, ip: req.ip });
    return reply.status(201).send(result);
  });

  // PATCH /comments/:id: the author edits within the edit window.
  app.patch('/:id', {
    preHandler,
    schema: { tags: ['comments'], summary: 'Edit your comment', params: CommentIdParams, body: EditCommentBody, response: { 200: CommentView, ...errors } },
  }, async (req) => {
    const reader = requireReader(await identifyReader(deps, bearerToken(req)));
    return editComment(deps, { id: req.params.id, body: req.body.body, reader });
  });

  // DELETE /comments/:id: the author removes it; replies keep their place under a tombstone.
  app.delete('/:id', {
    preHandler,
    schema: { tags: ['comments'], summary: 'Delete your comment', params: CommentIdParams, response: { 204: Type.Null(), ...errors } },
  }, async (req, reply) => {
    const reader = requireReader(await identifyReader(deps, bearerToken(req)));
    await deleteComment(deps, { id: req.params.id, reader });
    return reply.status(204).send(null);
  });

  // POST /comments/:id/vote: value 1, -1, or 0 to withdraw.
  app.post('/:id/vote', {
    preHandler,
    schema: { tags: ['comments'], summary: 'Vote on a comment', params: CommentIdParams, body: VoteBody, response: { 200: VoteResponse, ...errors } },
  }, async (req) => {
    const reader = requireReader(await identifyReader(deps, bearerToken(req)));
    return voteComment(deps, { id: req.params.id, value: req.body.value, reader });
  });

  // POST /comments/:id/report: a reader flags a comment for moderators (once per reader).
  app.post('/:id/report', {
    preHandler,
    schema: { tags: ['comments'], summary: 'Report a comment to moderators', params: CommentIdParams, body: ReportBody, response: { 201: Type.Object({ reported: Type.Boolean(), hidden: Type.Boolean() }), ...errors } },
  }, async (req, reply) => {
    const reader = requireReader(await identifyReader(deps, bearerToken(req)));
    return reply.status(201).send(await reportComment(deps, { id: req.params.id, reader, input: req.body }));
  });
};
