import { Type } from '@sinclair/typebox';
import { addSite, updateSiteSettings } from '../../../services/sites/add-site.ts';
import { listStaffSites } from '../../../services/sites/list-staff-sites.ts';
import { rotateSsoSecret } from '../../../services/accounts/publisher-sso.ts';
import type { AppPlugin } from '../../app.ts';
import { actorOf } from '../../plugins/admin-auth.ts';
import { ErrorResponse } from '../../schemas.ts';

const SiteView = Type.Object({ id: Type.Integer(), name: Type.String(), title: Type.String(), origins: Type.Array(Type.String()) });

export const adminSiteRoutes: AppPlugin = async (app, { deps }) => {
  // GET /admin/sites: the sites this staff member may moderate (all of them for admins).
  app.get('/', { schema: { tags: ['admin'], summary: 'Sites you moderate', security: [{ adminKey: [] }], response: { 200: Type.Object({ sites: Type.Array(SiteView) }), 401: ErrorResponse } } },
    async (req) => ({ sites: (await listStaffSites(deps, actorOf(req))).map((s) => ({ id: s.id, name: s.name, title: s.title, origins: s.origins })) }));

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

  // PATCH /admin/sites/:site: a new title, or the full list of origins allowed to embed the site.
  app.patch('/:site', {
    schema: {
      tags: ['admin'], summary: 'Change a site\'s title or allowed origins', security: [{ adminKey: [] }], params: Type.Object({ site: Type.String({ maxLength: 63 }) }),
      body: Type.Object({ title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), origins: Type.Optional(Type.Array(Type.String({ maxLength: 300 }), { maxItems: 50 })) }, { additionalProperties: false }),
      response: { 200: SiteView, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse },
    },
  }, async (req) => {
    const site = await updateSiteSettings(deps, actorOf(req), req.params.site, req.body);
    return { id: site.id, name: site.name, title: site.title, origins: site.origins };
  });

  // POST /admin/sites/:site/sso-secret: turn on (or rotate) publisher single sign-on; the secret is shown once.
  app.post('/:site/sso-secret', {
    schema: { tags: ['admin'], summary: 'Create or rotate the single sign-on secret', security: [{ adminKey: [] }], params: Type.Object({ site: Type.String({ maxLength: 63 }) }), response: { 200: Type.Object({ site: Type.String(), secret: Type.String() }), 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse } },
  }, async (req) => rotateSsoSecret(deps, actorOf(req), req.params.site));
};
