import { Type } from '@sinclair/typebox';
import { deleteMyAccount, exportMyData } from '../../services/accounts/privacy.ts';
import { profileOf, updateProfile } from '../../services/accounts/profile.ts';
import { identifyReader, requireReader } from '../../services/readers/identify-reader.ts';
import type { AppPlugin } from '../app.ts';
import { bearerToken, limitWrites } from '../plugins/rate-limit.ts';
import { ErrorResponse } from '../schemas.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 429: ErrorResponse };
const Nullable = (t: ReturnType<typeof Type.String>) => Type.Union([t, Type.Null()]);
const Profile = Type.Object({
  kind: Type.Union([Type.Literal('guest'), Type.Literal('account')]),
  displayName: Nullable(Type.String()), email: Nullable(Type.String()), notifyReplies: Type.Boolean(), avatarUrl: Nullable(Type.String()),
  role: Type.Optional(Type.String()),
});
// The export is a document for the reader, described in docs/API.md; it is sent as built.
const Export = Type.Unknown();

/** The reader's own profile and data: works with an account session or a guest token. */
export const meRoutes: AppPlugin = async (app, { deps, limiter }) => {
  const reader = async (req: Parameters<typeof bearerToken>[0]) => requireReader(await identifyReader(deps, bearerToken(req)));

  app.get('/', { schema: { tags: ['me'], summary: 'Your profile', response: { 200: Profile, ...errors } } }, async (req) => profileOf(await reader(req)));

  app.patch('/', {
    preHandler: limitWrites(limiter),
    schema: { tags: ['me'], summary: 'Change your display name or notification setting', body: Type.Object({ displayName: Type.Optional(Type.String({ maxLength: 200 })), notifyReplies: Type.Optional(Type.Boolean()) }, { additionalProperties: false }), response: { 200: Profile, ...errors } },
  }, async (req) => updateProfile(deps, await reader(req), req.body));

  // GET /me/export: everything Parley holds about you, as JSON.
  app.get('/export', { schema: { tags: ['me'], summary: 'Download your data', response: { 200: Export, ...errors } } }, async (req, reply) => {
    reply.header('content-disposition', 'attachment; filename="parley-my-data.json"');
    return exportMyData(deps, await reader(req));
  });

  // DELETE /me: erase your identity; comments removed or anonymized, your choice.
  app.delete('/', {
    preHandler: limitWrites(limiter),
    schema: { tags: ['me'], summary: 'Delete your account', body: Type.Object({ comments: Type.Union([Type.Literal('remove'), Type.Literal('anonymize')]) }, { additionalProperties: false }), response: { 200: Type.Object({ comments: Type.Integer() }), ...errors } },
  }, async (req) => deleteMyAccount(deps, await reader(req), req.body.comments));
};
