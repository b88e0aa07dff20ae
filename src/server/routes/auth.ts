import { Type } from '@sinclair/typebox';
import { acceptInvite } from '../../services/accounts/accept-invite.ts';
import { authenticateStaff } from '../../services/accounts/authenticate-staff.ts';
import { signInWithPassword, signOut } from '../../services/accounts/sessions.ts';
import type { AppPlugin } from '../app.ts';
import { bearerToken, limitWrites } from '../plugins/rate-limit.ts';
import { ErrorResponse } from '../schemas.ts';

const Session = Type.Object({ token: Type.String(), expiresAt: Type.Integer() });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 429: ErrorResponse };

export const authRoutes: AppPlugin = async (app, { deps, limiter }) => {
  // Sign-in attempts count as writes, so password guessing meets the same per-IP limit.
  const preHandler = limitWrites(limiter);

  // POST /auth/sign-in: email + password → a bearer session token (staff use it for the admin UI).
  app.post('/sign-in', {
    preHandler,
    schema: {
      tags: ['auth'], summary: 'Sign in with email and password',
      body: Type.Object({ email: Type.String({ maxLength: 320 }), password: Type.String({ maxLength: 200 }) }, { additionalProperties: false }),
      response: { 200: Type.Object({ token: Type.String(), expiresAt: Type.Integer(), user: Type.Object({ id: Type.Integer(), email: Type.Union([Type.String(), Type.Null()]), displayName: Type.String(), role: Type.String() }) }), ...errors },
    },
  }, async (req) => signInWithPassword(deps, req.body));

  // POST /auth/sign-out: ends this session.
  app.post('/sign-out', { schema: { tags: ['auth'], summary: 'Sign out', response: { 204: Type.Null(), ...errors } } }, async (req, reply) => {
    const token = bearerToken(req);
    if (token) await signOut(deps, token);
    return reply.status(204).send(null);
  });

  // POST /auth/invitations/accept: an invited moderator sets a password.
  app.post('/invitations/accept', {
    preHandler,
    schema: { tags: ['auth'], summary: 'Accept a moderator invitation', body: Type.Object({ token: Type.String({ maxLength: 200 }), password: Type.String({ maxLength: 400 }) }, { additionalProperties: false }), response: { 200: Session, ...errors } },
  }, async (req) => acceptInvite(deps, req.body));

  // GET /auth/staff: who the staff credential belongs to, and which sites it may moderate.
  app.get('/staff', { schema: { tags: ['auth'], summary: 'The signed-in staff member', response: { 200: Type.Object({ role: Type.String(), userId: Type.Integer(), email: Type.Union([Type.String(), Type.Null()]), siteIds: Type.Union([Type.Array(Type.Integer()), Type.Null()]) }), ...errors } } }, async (req) => {
    const actor = await authenticateStaff(deps, bearerToken(req));
    return actor.kind === 'admin' ? { role: 'admin', userId: actor.userId, email: actor.email, siteIds: null } : { role: 'moderator', userId: actor.userId, email: actor.email, siteIds: [...actor.siteIds] };
  });
};
