import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../core/actor.ts';
import { authenticateStaff } from '../../services/accounts/authenticate-staff.ts';
import type { Deps } from '../../services/deps.ts';
import { bearerToken } from './rate-limit.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/**
 * Every route registered inside this scope needs staff credentials (admin API key or staff
 * session); the resolved Actor is on `req.actor`. Routes then apply the named predicates in
 * core/actor.ts (canModerate, isAdmin) for what the actor may touch.
 */
export function requireStaff(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    req.actor = await authenticateStaff(deps, bearerToken(req));
  });
}

export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new Error('actorOf used outside the staff scope');
  return req.actor;
}
