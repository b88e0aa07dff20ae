import { sql } from 'kysely';
import type { AppPlugin } from '../app.ts';

/** GET /health: 200 once the store answers, so orchestrators and tests know the server is ready. */
export const healthRoutes: AppPlugin = async (app, { deps }) => {
  app.get('/health', { schema: { hide: true } }, async (_req, reply) => {
    await sql`select 1`.execute(deps.store.db);
    return reply.send({ status: 'ok', storage: deps.store.dialect });
  });
};
