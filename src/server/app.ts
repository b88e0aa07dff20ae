import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyServerOptions, type RawServerDefault } from 'fastify';
import type { Deps } from '../services/deps.ts';
import { requireStaff } from './plugins/admin-auth.ts';
import { installErrorHandler } from './plugins/error-handler.ts';
import { WriteLimiter } from './plugins/rate-limit.ts';
import { adminModerationRoutes } from './routes/admin/moderation.ts';
import { adminModeratorRoutes } from './routes/admin/moderators.ts';
import { adminSiteRoutes } from './routes/admin/sites.ts';
import { adminStoryRoutes } from './routes/admin/stories.ts';
import { authRoutes } from './routes/auth.ts';
import { commentRoutes } from './routes/comments.ts';
import { healthRoutes } from './routes/health.ts';
import { meRoutes } from './routes/me.ts';
import { readerRoutes } from './routes/readers.ts';
import { threadRoutes } from './routes/threads.ts';
import { webRoutes } from './routes/web.ts';
import { adminUiRoutes } from './routes/admin-ui.ts';
import { authWindowRoutes } from './routes/auth-window.ts';
import { ErrorResponse } from './schemas.ts';

export interface RouteOptions {
  deps: Deps;
  limiter: WriteLimiter | null;
}
export type AppPlugin = FastifyPluginAsync<RouteOptions, RawServerDefault, TypeBoxTypeProvider>;

/** Builds the whole HTTP surface without listening; main.ts listens, tests and benchmarks reuse this. */
export async function buildApp(deps: Deps, opts: { logger?: FastifyServerOptions['logger'] } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 256 * 1024,
    trustProxy: deps.config.trustProxy,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  installErrorHandler(app);
  // Writes take JSON only: a cross-site form can send text/plain or form bodies without a CORS
  // preflight, so refusing those (415) is the CSRF guard for every route that does not opt in.
  app.removeContentTypeParser('text/plain');
  app.addSchema(ErrorResponse);
  await app.register(swagger, {
    openapi: {
      info: { title: 'Parley API', version: '1', description: 'Public and admin API of the Parley comment server. Errors are {"error":{"code","message"}}; see docs/errors.md.' },
      components: { securitySchemes: { adminKey: { type: 'http', scheme: 'bearer', description: 'Admin API key from `parley admin create`' }, readerToken: { type: 'http', scheme: 'bearer' } } },
    },
  });

  const limiter = deps.config.rateLimits
    ? new WriteLimiter(deps.config.writesPerMinutePerReader, deps.config.writesPerMinutePerIp, deps.now)
    : null;
  const routeOpts = { deps, limiter };

  // The route table, grouped by audience.
  await app.register(async (api) => {
    // Public: anyone may read; writes identify the reader by bearer token and are rate-limited.
    await api.register(healthRoutes, { ...routeOpts });
    await api.register(threadRoutes, { ...routeOpts });
    await api.register(commentRoutes, { ...routeOpts, prefix: '/comments' });
    await api.register(readerRoutes, { ...routeOpts, prefix: '/readers' });
    await api.register(authRoutes, { ...routeOpts, prefix: '/auth' });
    await api.register(meRoutes, { ...routeOpts, prefix: '/me' });
    // Admin: one staff check for the whole scope; routes apply canModerate / isAdmin.
    await api.register(async (admin) => {
      requireStaff(admin, deps);
      await admin.register(adminSiteRoutes, { ...routeOpts, prefix: '/sites' });
      await admin.register(adminModeratorRoutes, { ...routeOpts, prefix: '/moderators' });
      await admin.register(adminModerationRoutes, { ...routeOpts });
      await admin.register(adminStoryRoutes, { ...routeOpts, prefix: '/stories' });
    }, { prefix: '/admin' });
    api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  }, { prefix: '/api/v1' });
  await app.register(webRoutes, routeOpts);
  await app.register(adminUiRoutes, routeOpts);
  await app.register(authWindowRoutes, routeOpts);

  return app;
}
