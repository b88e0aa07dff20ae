import type { FastifyServerOptions } from 'fastify';

/**
 * Request logs without secrets or personal data: the path without its query string (sign-in and
 * invitation links, cursors) and no client address — Parley stores IP addresses only as salted
 * hashes, and its logs must not undo that.
 */
export function loggerOptions(level: string): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
