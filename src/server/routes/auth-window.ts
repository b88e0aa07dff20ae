import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { DomainError } from '../../core/errors.ts';
import { HandoffStore } from '../../services/accounts/handoff.ts';
import { limitWrites } from '../plugins/rate-limit.ts';
import { identifyReader } from '../../services/readers/identify-reader.ts';
import type { AppPlugin } from '../app.ts';
import { bearerToken } from '../plugins/rate-limit.ts';
import { html } from '../render/html.ts';
import { ErrorResponse } from '../schemas.ts';
import { securePage } from '../plugins/page-headers.ts';

const ASSETS = fileURLToPath(new URL('../assets/auth-window/', import.meta.url));

// The sign-in window takes passwords: only its own script runs, it talks only to Parley, and no
// page may frame it (a framed password form invites clickjacking and overlay phishing). No
// Cross-Origin-Opener-Policy: `same-origin` would cut window.opener, which is how the session
// reaches the widget iframe that opened this window.
const CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'",
  "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

const STATIC: Record<string, string> = { 'window.js': 'text/javascript; charset=utf-8', 'window.css': 'text/css; charset=utf-8' };

// Random base64url from the widget (16+ bytes); the pattern keeps junk out of the map and the logs.
const Nonce = Type.String({ pattern: '^[A-Za-z0-9_-]{22,64}$' });
const User = Type.Object({ id: Type.Integer(), email: Type.Union([Type.String(), Type.Null()]), displayName: Type.String(), role: Type.String() });

const secure = (reply: FastifyReply): FastifyReply => securePage(reply, CSP);

const field = (label: string, name: string, type: string, autocomplete: string, extra = '') => html`<label><span>${label}</span><input name="${name}" type="${type}" autocomplete="${autocomplete}" required ${extra}></label>`;

const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Sign in to comment</title>
<link rel="stylesheet" href="/auth/window/window.css">
<script defer src="/auth/window/window.js"></script>
</head>
<body>
<main>
<h1>Sign in to comment</h1>
<noscript><p class="error">This window needs JavaScript to sign you in.</p></noscript>
<div id="choose">
<div class="tabs" role="tablist" aria-label="How to sign in">
<button type="button" role="tab" id="tab-sign-in" aria-controls="sign-in" aria-selected="true">Sign in</button>
<button type="button" role="tab" id="tab-sign-up" aria-controls="sign-up" aria-selected="false" tabindex="-1">Create account</button>
<button type="button" role="tab" id="tab-magic" aria-controls="magic" aria-selected="false" tabindex="-1">Email me a link</button>
<button type="button" role="tab" id="tab-forgot" aria-controls="forgot" aria-selected="false" tabindex="-1">Forgot password</button>
</div>
<form id="sign-in" role="tabpanel" aria-labelledby="tab-sign-in" novalidate>
${field('Email', 'email', 'email', 'username')}
${field('Password', 'password', 'password', 'current-password')}
<button type="submit">Sign in</button>
</form>
<form id="sign-up" role="tabpanel" aria-labelledby="tab-sign-up" hidden novalidate>
${field('Display name (shown with your comments)', 'name', 'text', 'nickname', 'maxlength="60"')}
${field('Email', 'email', 'email', 'email')}
${field('Password (at least 10 characters)', 'password', 'password', 'new-password')}
<button type="submit">Create account</button>
</form>
<form id="magic" role="tabpanel" aria-labelledby="tab-magic" hidden novalidate>
<p>We email you a link that signs you in; no password needed.</p>
${field('Email', 'email', 'email', 'email')}
<button type="submit">Email me a sign-in link</button>
</form>
<form id="forgot" role="tabpanel" aria-labelledby="tab-forgot" hidden novalidate>
<p>We email you a link to choose a new password.</p>
${field('Email', 'email', 'email', 'email')}
<button type="submit">Email me a reset link</button>
</form>
</div>
<form id="reset" hidden novalidate>
<h2>Choose a new password</h2>
${field('New password (at least 10 characters)', 'password', 'password', 'new-password')}
<button type="submit">Save and sign in</button>
</form>
<p id="status" role="status" aria-live="polite"></p>
<p id="error" class="error" role="alert"></p>
</main>
</body>
</html>`;

/**
 * The first-party sign-in window at /auth/window. The widget opens it as a popup from a click;
 * it signs the reader in on Parley's own origin (where its storage is not a third party's) and
 * hands the session back with postMessage. Mailed links land here too (#verify=, #magic=,
 * #reset=), and /auth/window/handoff carries a session to a widget the link tab cannot reach.
 */
export const authWindowRoutes: AppPlugin = async (app, { deps, limiter }) => {
  const handoffs = new HandoffStore(deps.now);

  app.get('/auth/window', { schema: { hide: true } }, async (_req, reply) => secure(reply).type('text/html; charset=utf-8').send(page.value));

  app.get('/auth/window/:file', { schema: { hide: true, params: Type.Object({ file: Type.String({ maxLength: 40 }) }) } }, async (req, reply) => {
    const type = STATIC[req.params.file];
    if (!type) throw new DomainError('NOT_FOUND', 'No such asset.');
    // Stable names and a short cache: a fix reaches readers within minutes, and the files are tiny.
    return reply.type(type).header('x-content-type-options', 'nosniff').header('cache-control', 'public, max-age=300')
      .send(await readFile(ASSETS + req.params.file));
  });

  // POST /auth/window/handoff: the tab that completed a mailed link leaves its session for the waiting widget.
  app.post('/auth/window/handoff', {
    preHandler: limitWrites(limiter),
    schema: { hide: true, body: Type.Object({ nonce: Nonce }, { additionalProperties: false }), response: { 204: Type.Null(), 400: ErrorResponse, 401: ErrorResponse } },
  }, async (req, reply) => {
    const token = bearerToken(req);
    // Only a live account session can be deposited, so a nonce cannot be filled with a forged or guest token.
    const reader = await identifyReader(deps, token);
    if (!token || reader?.kind !== 'account') throw new DomainError('AUTH_REQUIRED', 'Sign in first; only an account session can be handed over.');
    const u = reader.user;
    handoffs.deposit(req.body.nonce, { token, user: { id: u.id, email: u.email, displayName: u.displayName, role: u.role } });
    return reply.status(204).send(null);
  });

  // POST /auth/window/handoff/claim: the widget polls with its nonce; the session is given out once.
  // A POST rather than a GET so the nonce stays out of URLs and logs, and no cache can answer it.
  app.post('/auth/window/handoff/claim', {
    schema: { hide: true, body: Type.Object({ nonce: Nonce }, { additionalProperties: false }), response: { 200: Type.Object({ session: Type.Union([Type.Object({ token: Type.String(), user: User }), Type.Null()]) }), 400: ErrorResponse } },
  }, async (req, reply) => reply.header('cache-control', 'no-store').send({ session: handoffs.claim(req.body.nonce) }));
};
