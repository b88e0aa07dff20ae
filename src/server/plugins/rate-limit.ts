import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../core/errors.ts';

/**
 * Fixed-window write limits, per reader token and per IP address, checked before a write reaches
 * a use-case. In memory per instance: a deployment of N instances allows up to N× the limit,
 * which still stops a single abusive client flooding a thread.
 */
export class WriteLimiter {
  private windowStart = 0;
  private readonly hits = new Map<string, number>();

  constructor(private readonly perReader: number, private readonly perIp: number, private readonly now: () => number) {}

  check(keys: { ip: string; reader?: string }): void {
    const now = this.now();
    if (now - this.windowStart >= 60_000) {
      this.windowStart = now;
      this.hits.clear();
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((this.windowStart + 60_000 - now) / 1000));
    const over = (key: string, limit: number) => (this.hits.get(key) ?? 0) >= limit;
    if (over(`ip:${keys.ip}`, this.perIp) || (keys.reader !== undefined && over(`r:${keys.reader}`, this.perReader))) {
      throw new DomainError('RATE_LIMITED', `Too many writes; try again in ${retryAfterSeconds} s.`, { retryAfterSeconds });
    }
    this.hits.set(`ip:${keys.ip}`, (this.hits.get(`ip:${keys.ip}`) ?? 0) + 1);
    if (keys.reader !== undefined) this.hits.set(`r:${keys.reader}`, (this.hits.get(`r:${keys.reader}`) ?? 0) + 1);
  }
}

export function bearerToken(req: FastifyRequest): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new DomainError('INVALID_TOKEN', 'Authorization must be "Bearer <token>".');
  return match[1];
}

/** preHandler for write routes; a no-op when PARLEY_RATE_LIMITS=off. */
export function limitWrites(limiter: WriteLimiter | null) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    if (!limiter) return;
    const token = req.headers.authorization?.replace(/^Bearer\s+/i, '');
    limiter.check({ ip: req.ip, reader: token });
  };
}
