import { Type } from '@sinclair/typebox';
import { inviteModerator } from '../../../services/accounts/invite-moderator.ts';
import type { AppPlugin } from '../../app.ts';
import { actorOf } from '../../plugins/admin-auth.ts';
import { ErrorResponse } from '../../schemas.ts';

export const adminModeratorRoutes: AppPlugin = async (app, { deps }) => {
  // POST /admin/moderators: an admin gives someone moderation rights on a site; new people get an invitation link.
  app.post('/', {
    schema: {
      tags: ['admin'], summary: 'Invite a moderator', security: [{ adminKey: [] }],
      body: Type.Object({ email: Type.String({ maxLength: 320 }), site: Type.String({ maxLength: 63 }), name: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })) }, { additionalProperties: false }),
      response: { 201: Type.Object({ userId: Type.Integer(), email: Type.String(), site: Type.String(), inviteToken: Type.Union([Type.String(), Type.Null()]) }), 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse },
    },
  }, async (req, reply) => reply.status(201).send(await inviteModerator(deps, actorOf(req), req.body)));
};
