/**
 * Browser-test plumbing: a Chromium (Debian's, driven by playwright-core), and a publisher's page
 * served from a different origin than Parley, as in production where the widget is a
 * cross-origin iframe. tests/helpers/server.ts starts Parley itself.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { addSite } from '../../src/services/sites/add-site.ts';
import type { TestServer } from '../helpers/server.ts';

const HOST_DIR = fileURLToPath(new URL('./host/', import.meta.url));
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface HostSite {
  /** e.g. http://localhost:41234 — a different origin (and site) from Parley's http://127.0.0.1:N. */
  origin: string;
  /** A host article page embedding Parley with these data-* attributes. */
  articleUrl: (path: string, data: Record<string, string>, opts?: { lang?: string; title?: string; bg?: string }) => string;
  listUrl: (refs: string[], lang?: string) => string;
  close: () => Promise<void>;
}

/** Serves tests/e2e/host/*.html on another loopback origin and registers that origin as a Parley site. */
export async function startHost(parley: TestServer, siteName = 'host'): Promise<HostSite> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const q = url.searchParams;
    if (url.pathname === '/lead.svg') {
      res.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
      return;
    }
    const template = url.pathname.startsWith('/list') ? 'list.html' : 'post.html';
    const data: Record<string, string> = JSON.parse(q.get('data') ?? '{}');
    const attrs = Object.entries(data).map(([k, v]) => `data-${k}="${esc(v)}"`).join(' ');
    const items = (q.getAll('ref')).map((r) => `<li><a href="#" data-parley-count="${esc(r)}">…</a></li>`).join('');
    const page = readFileSync(HOST_DIR + template, 'utf8')
      .replaceAll('{{PARLEY}}', parley.url).replaceAll('{{ATTRS}}', attrs).replaceAll('{{ITEMS}}', items)
      .replaceAll('{{LANG}}', esc(q.get('lang') ?? 'en')).replaceAll('{{TITLE}}', esc(q.get('title') ?? 'A host article'))
      .replaceAll('{{BG}}', esc(q.get('bg') ?? '#ffffff')).replaceAll('{{HOST}}', origin);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  await addSite(parley.deps, { name: siteName, title: 'Host News', origins: [origin] });
  return {
    origin,
    articleUrl: (path, data, o = {}) => {
      const q = new URLSearchParams({ data: JSON.stringify(data), lang: o.lang ?? 'en', title: o.title ?? 'A host article', bg: o.bg ?? '#ffffff' });
      return `${origin}${path}?${q}`;
    },
    listUrl: (refs, lang = 'en') => `${origin}/list?${new URLSearchParams([...refs.map((r) => ['ref', r]), ['lang', lang]])}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export function widget(page: Page): FrameLocator {
  return page.frameLocator('iframe[title="Comments"]');
}

/** The <li> of a comment whose body contains `text` (not its replies'). */
export function commentWith(w: FrameLocator, text: string) {
  return w.locator('li.comment').filter({ has: w.locator(':scope > article .comment-body', { hasText: text }) });
}

const AXE = readFileSync(fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');

/** Runs axe-core inside the widget frame; returns serious and critical violations. */
export async function axeViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  const frame = page.frames().find((f) => f.url().includes('/embed/frame'));
  if (!frame) throw new Error('widget frame not found');
  await frame.evaluate(AXE);
  const result = await frame.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
