import type { FastifyInstance } from 'fastify';
import { authenticateAdmin } from '../../services/admins/create-admin.ts';
import type { Deps } from '../../services/deps.ts';
import { bearerToken } from './rate-limit.ts';

/** Every route registered inside this scope needs an admin API key; routes never check it themselves. */
export function requireAdminKey(app: FastifyInstance, deps: Deps): void {
  app.addHook('onRequest', async (req) => {
    await authenticateAdmin(deps, bearerToken(req));
  });
}
