import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import type { ThreadPage } from '../../contract/threads.ts';
import { DomainError } from '../../core/errors.ts';
import type { Story } from '../../core/story.ts';
import { DEMO_STORIES } from '../../services/demo/demo-content.ts';
import { listSiteStories } from '../../services/stories/list-stories.ts';
import { embedContext } from '../../services/stories/resolve-embed-story.ts';
import { readThread } from '../../services/threads/read-thread.ts';
import type { AppPlugin } from '../app.ts';
import { renderFrame, type FrameAssets } from '../render/frame.ts';
import { renderArticlePage, renderFrontPage, renderNotFound, renderThreadPage, renderWelcome, type NewsArticle } from '../render/news-site.ts';
import { renderThreadHtml } from '../render/thread.ts';
import { embedApiRoutes } from './embed-api.ts';

const BUILD_DIR = fileURLToPath(new URL('../../../public/build/', import.meta.url));
const IMAGE_DIR = fileURLToPath(new URL('../../demo-assets/images/', import.meta.url));
const DEMO_SITE = 'demo';

/** What scripts/build-widget.ts wrote: logical asset names → content-hashed files in public/build. */
type Manifest = Record<'embed.js' | 'count.js' | 'app.js' | 'app.css', string>;

// Read on each use (a few hundred bytes) so that `npm run build:widget` while the server runs
// takes effect at once instead of leaving the server pointing at deleted, older hashed files.
async function loadManifest(): Promise<Manifest> {
  try {
    return JSON.parse(await readFile(BUILD_DIR + 'manifest.json', 'utf8')) as Manifest;
  } catch {
    throw new Error('The widget is not built: run `npm run build:widget`.');
  }
}

const CONTENT_TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', svg: 'image/svg+xml', map: 'application/json' };

async function sendBuilt(reply: FastifyReply, logical: keyof Manifest, cache: string) {
  let file: string;
  try {
    file = (await loadManifest())[logical];
  } catch (err) {
    return reply.status(503).type('text/javascript; charset=utf-8').send(`console.error(${JSON.stringify((err as Error).message)});`);
  }
  return reply.type(CONTENT_TYPES.js!).header('cache-control', cache).send(await readFile(BUILD_DIR + file));
}

const SSR_PAGE = 50;

/** Browser-facing routes: the embed loader and widget assets, the demo news site and server-rendered threads. */
export const webRoutes: AppPlugin = async (app, opts) => {
  const { deps } = opts;
  await app.register(embedApiRoutes, opts);

  // Loader and count script keep stable URLs because publishers paste them into templates; a short max-age lets fixes roll out.
  app.get('/embed.js', { schema: { hide: true } }, async (_req, reply) => sendBuilt(reply, 'embed.js', 'public, max-age=300'));
  app.get('/count.js', { schema: { hide: true } }, async (_req, reply) => sendBuilt(reply, 'count.js', 'public, max-age=300'));

  // Content-hashed app bundles never change under their name.
  app.get('/build/:file', { schema: { hide: true, params: Type.Object({ file: Type.String({ pattern: '^[A-Za-z0-9_.-]+$' }) }) } }, async (req, reply) => {
    const ext = req.params.file.split('.').pop() ?? '';
    if (!CONTENT_TYPES[ext] || req.params.file.startsWith('.')) throw new DomainError('NOT_FOUND', 'No such asset.');
    try {
      const data = await readFile(BUILD_DIR + req.params.file);
      return reply.type(CONTENT_TYPES[ext]!).header('cache-control', 'public, max-age=31536000, immutable').send(data);
    } catch {
      throw new DomainError('NOT_FOUND', 'No such asset.');
    }
  });

  // GET /embed/frame: the widget document inside the publisher's iframe, with the first page of the thread inline.
  app.get('/embed/frame', {
    schema: {
      hide: true,
      querystring: Type.Object({
        story: Type.String({ minLength: 1, maxLength: 2048 }),
        origin: Type.Optional(Type.String({ maxLength: 200 })),
        theme: Type.Optional(Type.Union([Type.Literal('light'), Type.Literal('dark'), Type.Literal('auto')])),
        lang: Type.Optional(Type.String({ maxLength: 35 })),
        accent: Type.Optional(Type.String({ maxLength: 64 })),
        font: Type.Optional(Type.String({ maxLength: 200 })),
        comment: Type.Optional(Type.Integer({ minimum: 1 })),
      }),
    },
  }, async (req, reply) => {
    const { story, site } = await embedContext(deps, req.query.story);
    const assets = await loadManifest();
    const { json } = await readThread(deps, { story: String(story.id), sort: 'newest' });
    const thread = JSON.parse(json) as ThreadPage;
    const hostOrigin = req.query.origin && /^https?:\/\/[^/\s]+$/.test(req.query.origin) ? req.query.origin : null;
    const lang = (req.query.lang ?? 'en').toLowerCase().split(/[-_]/)[0]!.replace(/[^a-z]/g, '') || 'en';
    // Only the site's own pages may frame its threads, so no other page can overlay the vote buttons (clickjacking).
    const ancestors = ["'self'", ...site.origins.filter((o) => /^https?:\/\/[^\s;,']+$/.test(o))].join(' ');
    reply.header('content-security-policy', `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; frame-ancestors ${ancestors}; base-uri 'self'; form-action 'self'`);
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    reply.header('cache-control', 'no-store');
    const frameAssets: FrameAssets = { js: `/build/${assets['app.js']}`, css: `/build/${assets['app.css']}` };
    return reply.type('text/html; charset=utf-8').send(renderFrame({
      lang: 'en', title: 'Comments', assets: frameAssets,
      config: {
        site: site.name, hostOrigin, lang, theme: req.query.theme ?? 'auto', accent: req.query.accent ?? null, font: req.query.font ?? null,
        highlight: req.query.comment ?? null, editWindowSeconds: deps.config.editWindowSeconds, thread,
      },
    }).value);
  });

  // The demo news site (parley serve --demo): front page and articles, joined from the sample text and the stored stories.
  async function demoArticles(): Promise<NewsArticle[] | null> {
    let stories: Story[];
    try {
      stories = await listSiteStories(deps, 'public', DEMO_SITE, 500);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'SITE_NOT_FOUND') return null;
      throw err;
    }
    const bySlug = new Map(stories.map((s) => [new URL(s.url).pathname.replace(/^\/articles\//, ''), s]));
    return DEMO_STORIES.flatMap((d) => {
      const s = bySlug.get(d.slug);
      return s ? [{ ...d, storyId: s.id, commentCount: s.commentCount, image: `/demo/images/${d.slug}.svg` }] : [];
    }).sort((a, b) => b.published.localeCompare(a.published));
  }
  const siteTitle = 'The Parley Courier';

  app.get('/', { schema: { hide: true } }, async (_req, reply) => {
    const articles = await demoArticles();
    const page = articles ? renderFrontPage(siteTitle, articles) : renderWelcome();
    return reply.type('text/html; charset=utf-8').send(page.value);
  });

  app.get('/articles/:slug', { schema: { hide: true, params: Type.Object({ slug: Type.String({ maxLength: 200 }) }) } }, async (req, reply) => {
    const articles = (await demoArticles()) ?? [];
    const article = articles.find((a) => a.slug === req.params.slug);
    if (!article) return reply.status(404).type('text/html; charset=utf-8').send(renderNotFound(siteTitle).value);
    // Related by shared tags, most shared first: the "More on this topic" box of a news page.
    const related = articles
      .filter((a) => a !== article)
      .map((a) => ({ a, shared: a.tags.filter((t) => article.tags.includes(t)).length }))
      .filter((r) => r.shared > 0)
      .sort((x, y) => y.shared - x.shared)
      .map((r) => r.a);
    const { json } = await readThread(deps, { story: String(article.storyId), sort: 'oldest', limit: SSR_PAGE });
    const thread = renderThreadHtml(JSON.parse(json) as ThreadPage);
    return reply.type('text/html; charset=utf-8').send(renderArticlePage(siteTitle, article, related, thread).value);
  });

  // GET /threads/:storyId: the crawlable thread, oldest first, paged with rel="next" links.
  app.get('/threads/:storyId', {
    schema: { hide: true, params: Type.Object({ storyId: Type.Integer({ minimum: 1 }) }), querystring: Type.Object({ cursor: Type.Optional(Type.String({ maxLength: 512 })) }) },
  }, async (req, reply) => {
    const { json } = await readThread(deps, { story: String(req.params.storyId), sort: 'oldest', limit: SSR_PAGE, cursor: req.query.cursor });
    const page = JSON.parse(json) as ThreadPage;
    const next = page.nextCursor ? `/threads/${page.story.id}?cursor=${encodeURIComponent(page.nextCursor)}` : null;
    return reply.type('text/html; charset=utf-8').send(renderThreadPage(page.story, renderThreadHtml(page, { nextHref: next })).value);
  });

  app.get('/demo/images/:file', { schema: { hide: true, params: Type.Object({ file: Type.String({ pattern: '^[a-z0-9-]+\\.svg$' }) }) } }, async (req, reply) => {
    try {
      const svg = await readFile(IMAGE_DIR + req.params.file);
      // An SVG opened on its own is a document; it gets no script and no network.
      return reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'").send(svg);
    } catch {
      throw new DomainError('NOT_FOUND', 'No such image.');
    }
  });
};
