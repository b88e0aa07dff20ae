/**
 * Browser-test plumbing: a Chromium (Debian's, driven by playwright-core), and a publisher's page
 * served from a different origin than Parley, as in production where the widget is a
 * cross-origin iframe. tests/helpers/server.ts starts Parley itself.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Frame, type FrameLocator, type Locator, type Page } from 'playwright-core';
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

export interface HostPage {
  data?: Record<string, string>;
  lang?: string;
  title?: string;
  bg?: string;
}

export interface HostSite {
  /** e.g. http://localhost:41234 — a different origin (and site) from Parley's http://127.0.0.1:N. */
  origin: string;
  /** Defines the article page at `path` (embedding Parley with these data-* attributes) and returns its URL. */
  articleUrl: (path: string, page?: HostPage) => string;
  /** A list page whose links carry data-parley-count for count.js. */
  listUrl: (path: string, refs: string[], lang?: string) => string;
  close: () => Promise<void>;
}

/**
 * Serves tests/e2e/host/*.html on another loopback origin and registers that origin as a Parley
 * site. Pages are defined by path, not query string, because the embed registers a story under
 * the page's address and a query would make every variant a different story.
 */
export async function startHost(parley: TestServer, siteName = 'host'): Promise<HostSite> {
  const articles = new Map<string, HostPage>();
  const lists = new Map<string, { refs: string[]; lang: string }>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/lead.svg') {
      res.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
      return;
    }
    const list = lists.get(path);
    const article = articles.get(path);
    if (!list && !article) {
      res.writeHead(404).end();
      return;
    }
    const p: HostPage = article ?? {};
    const attrs = Object.entries(p.data ?? {}).map(([k, v]) => `data-${k}="${esc(v)}"`).join(' ');
    const items = (list?.refs ?? []).map((r) => `<li><a href="#" data-parley-count="${esc(r)}">…</a></li>`).join('');
    const page = readFileSync(HOST_DIR + (list ? 'list.html' : 'post.html'), 'utf8')
      .replaceAll('{{PARLEY}}', parley.url).replaceAll('{{ATTRS}}', attrs).replaceAll('{{ITEMS}}', items)
      .replaceAll('{{LANG}}', esc(list?.lang ?? p.lang ?? 'en')).replaceAll('{{TITLE}}', esc(p.title ?? 'A host article'))
      .replaceAll('{{BG}}', esc(p.bg ?? '#ffffff')).replaceAll('{{HOST}}', origin);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  await addSite(parley.deps, 'system', { name: siteName, title: 'Host News', origins: [origin] });
  return {
    origin,
    articleUrl: (path, page = {}) => {
      articles.set(path, page);
      return origin + path;
    },
    listUrl: (path, refs, lang = 'en') => {
      lists.set(path, { refs, lang });
      return origin + path;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export function widget(page: Page): FrameLocator {
  return page.frameLocator('iframe[title="Comments"]');
}

/** The card (author, body, actions) of the comment whose own body contains `text`; its replies are outside it. */
export function commentWith(w: FrameLocator, text: string): Locator {
  // Direct paragraphs only, so a reply quoting the comment (a blockquote) does not match too.
  return w.locator('li.comment > article').filter({ has: w.locator('.comment-body > p', { hasText: text }) });
}

/** The reply form opened under a comment card. */
export const replyFormOf = (card: Locator): Locator => card.locator('xpath=../form');
/** The list of replies under a comment card. */
export const repliesOf = (card: Locator): Locator => card.locator('xpath=../ol');

const AXE = readFileSync(fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');

/** Runs axe-core in a page or frame; returns serious and critical violations. */
export async function axeSerious(target: Page | Frame): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  await target.evaluate(AXE);
  const result = await target.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** axe-core inside the widget frame. */
export async function axeViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  const frame = page.frames().find((f) => f.url().includes('/embed/frame'));
  if (!frame) throw new Error('widget frame not found');
  return axeSerious(frame);
}
