import type { FastifyReply } from 'fastify';

/**
 * Headers for Parley's own first-party pages (admin UI, sign-in window): a strict policy, never
 * framed, never sniffed, no referrer (tokens live in fragments and must not leak through the
 * page URL either), never cached.
 */
export function securePage(reply: FastifyReply, csp: string): FastifyReply {
  return reply
    .header('content-security-policy', csp)
    .header('x-frame-options', 'DENY')
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-store');
}
