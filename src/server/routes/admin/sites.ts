import { Type } from '@sinclair/typebox';
import { addSite } from '../../../services/sites/add-site.ts';
import type { AppPlugin } from '../../app.ts';
import { actorOf } from '../../plugins/admin-auth.ts';
import { ErrorResponse } from '../../schemas.ts';

const SiteView = Type.Object({ id: Type.Integer(), name: Type.String(), title: Type.String(), origins: Type.Array(Type.String()) });

export const adminSiteRoutes: AppPlugin = async (app, { deps }) => {
  // POST /admin/sites: a publisher site, with the origins allowed to embed Parley.
  app.post('/', {
    schema: {
      tags: ['admin'], summary: 'Add a site', security: [{ adminKey: [] }],
      body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 63 }), title: Type.Optional(Type.String({ maxLength: 200 })), origins: Type.Optional(Type.Array(Type.String({ maxLength: 300 }), { maxItems: 50 })) }, { additionalProperties: false }),
      response: { 201: SiteView, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 409: ErrorResponse },
    },
  }, async (req, reply) => {
    const site = await addSite(deps, actorOf(req), req.body);
    return reply.status(201).send({ id: site.id, name: site.name, title: site.title, origins: site.origins });
  });
};
