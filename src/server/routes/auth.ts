import { Type } from '@sinclair/typebox';
import { acceptInvite } from '../../services/accounts/accept-invite.ts';
import { authenticateStaff } from '../../services/accounts/authenticate-staff.ts';
import { signInWithPassword, signOut } from '../../services/accounts/sessions.ts';
import { completeLink, requestMagicLink, requestPasswordReset, signOutEverywhere, signUp } from '../../services/accounts/reader-accounts.ts';
import { signInWithSso } from '../../services/accounts/publisher-sso.ts';
import { identifyReader, requireReader } from '../../services/readers/identify-reader.ts';
import { DomainError } from '../../core/errors.ts';
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

  const CheckEmail = Type.Object({ status: Type.Literal('check-email') });
  const SignedIn = Type.Object({ token: Type.String(), expiresAt: Type.Integer(), user: Type.Object({ id: Type.Integer(), email: Type.Union([Type.String(), Type.Null()]), displayName: Type.String(), role: Type.String() }) });
  const Email = Type.String({ maxLength: 320 });

  // POST /auth/sign-up: email + password + name; a verification link is mailed. The answer never says whether the email was already registered.
  app.post('/sign-up', {
    preHandler,
    schema: { tags: ['auth'], summary: 'Create a reader account', body: Type.Object({ email: Email, password: Type.String({ maxLength: 400 }), name: Type.String({ maxLength: 200 }) }, { additionalProperties: false }), response: { 202: CheckEmail, ...errors, 503: ErrorResponse } },
  }, async (req, reply) => reply.status(202).send(await signUp(deps, req.body)));

  // POST /auth/magic-link: a one-time sign-in link by email.
  app.post('/magic-link', {
    preHandler,
    schema: { tags: ['auth'], summary: 'Email me a sign-in link', body: Type.Object({ email: Email }, { additionalProperties: false }), response: { 202: CheckEmail, ...errors, 503: ErrorResponse } },
  }, async (req, reply) => reply.status(202).send(await requestMagicLink(deps, req.body)));

  // POST /auth/password-reset: a reset link by email.
  app.post('/password-reset', {
    preHandler,
    schema: { tags: ['auth'], summary: 'Email me a password reset link', body: Type.Object({ email: Email }, { additionalProperties: false }), response: { 202: CheckEmail, ...errors, 503: ErrorResponse } },
  }, async (req, reply) => reply.status(202).send(await requestPasswordReset(deps, req.body)));

  // POST /auth/links/complete: use a mailed link (verify, magic, reset) and get a session.
  app.post('/links/complete', {
    preHandler,
    schema: { tags: ['auth'], summary: 'Complete a mailed link', body: Type.Object({ purpose: Type.Union([Type.Literal('verify'), Type.Literal('magic'), Type.Literal('reset')]), token: Type.String({ maxLength: 200 }), password: Type.Optional(Type.String({ maxLength: 400 })) }, { additionalProperties: false }), response: { 200: SignedIn, ...errors } },
  }, async (req) => completeLink(deps, req.body));

  // POST /auth/sso: the publisher's signed token about its logged-in subscriber → a session.
  app.post('/sso', {
    preHandler,
    schema: { tags: ['auth'], summary: 'Sign in with the publisher\'s single sign-on token', body: Type.Object({ site: Type.String({ maxLength: 63 }), token: Type.String({ maxLength: 8192 }) }, { additionalProperties: false }), response: { 200: SignedIn, ...errors, 404: ErrorResponse } },
  }, async (req) => signInWithSso(deps, req.body));

  // POST /auth/sign-out-everywhere: ends every session of the account.
  app.post('/sign-out-everywhere', { schema: { tags: ['auth'], summary: 'Sign out on every device', response: { 204: Type.Null(), ...errors } } }, async (req, reply) => {
    const reader = requireReader(await identifyReader(deps, bearerToken(req)));
    if (reader.kind !== 'account') throw new DomainError('AUTH_REQUIRED', 'Sign in to an account first.');
    await signOutEverywhere(deps, reader.user.id);
    return reply.status(204).send(null);
  });
};
