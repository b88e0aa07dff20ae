import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { DomainError } from '../../core/errors.ts';
import type { AppPlugin } from '../app.ts';
import { html } from '../render/html.ts';
import { securePage } from '../plugins/page-headers.ts';

const ADMIN_BUILD = fileURLToPath(new URL('../../../public/build/admin/', import.meta.url));

/** What scripts/build-admin.ts wrote: logical names → content-hashed files. */
type AdminManifest = Record<'admin.js' | 'admin.css', string>;

// Staff pages hold session tokens and render readers' words: only our own scripts and styles run
// (no inline script or style, so a comment that slipped past sanitizing cannot execute), only our
// own API is reachable, and no other site may frame the page to trick a click on "Ban".
const CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', map: 'application/json' };

// Read on every shell request rather than cached: the admin UI is low-traffic, and a rebuild while the
// server runs (`npm run build:admin`) then takes effect without a restart.
async function readManifest(): Promise<AdminManifest | null> {
  try {
    const m = JSON.parse(await readFile(ADMIN_BUILD + 'manifest.json', 'utf8')) as Partial<AdminManifest>;
    return m['admin.js'] && m['admin.css'] ? (m as AdminManifest) : null;
  } catch {
    return null;
  }
}

const secure = (reply: FastifyReply): FastifyReply => securePage(reply, CSP);

const shell = (m: AdminManifest) => html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Parley moderation</title>
<link rel="stylesheet" href="/admin/assets/${m['admin.css']}">
<script defer src="/admin/assets/${m['admin.js']}"></script>
</head>
<body><div id="admin-root"><noscript>The Parley moderation UI needs JavaScript.</noscript></div></body>
</html>`;

const notBuilt = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Parley moderation: not built</title></head>
<body><main><h1>The moderation UI is not built</h1>
<p>Run <code>npm run build:admin</code> on the server, then reload this page.</p></main></body></html>`;

/**
 * Serves the moderation UI, a Preact single-page app, at /admin. Every /admin/* path answers with
 * the same shell so deep links to a comment or an author survive a reload; the app routes on the
 * client and talks to /api/v1/admin/* with the staff member's bearer token.
 */
export const adminUiRoutes: AppPlugin = async (app) => {
  async function sendShell(reply: FastifyReply) {
    const m = await readManifest();
    secure(reply).type('text/html; charset=utf-8');
    if (!m) return reply.status(503).send(notBuilt.value);
    return reply.send(shell(m).value);
  }

  app.get('/admin', { schema: { hide: true } }, async (_req, reply) => sendShell(reply));
  app.get('/admin/*', { schema: { hide: true } }, async (_req, reply) => sendShell(reply));

  // Content-hashed bundles never change under their name.
  app.get('/admin/assets/:file', {
    schema: { hide: true, params: Type.Object({ file: Type.String({ pattern: '^[A-Za-z0-9_-][A-Za-z0-9_.-]*$', maxLength: 200 }) }) },
  }, async (req, reply) => {
    const ext = req.params.file.split('.').pop() ?? '';
    const type = CONTENT_TYPES[ext];
    if (!type || req.params.file === 'manifest.json') throw new DomainError('NOT_FOUND', 'No such asset.');
    let data: Buffer;
    try {
      data = await readFile(ADMIN_BUILD + req.params.file);
    } catch {
      throw new DomainError('NOT_FOUND', 'No such asset. If the UI was rebuilt, reload the page.');
    }
    return reply.type(type).header('x-content-type-options', 'nosniff').header('cache-control', 'public, max-age=31536000, immutable').send(data);
  });
};
