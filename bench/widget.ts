/**
 * Widget figures for `npm run bench`: gzipped bundle sizes (built fresh) and the time to first
 * render a 100-comment thread in Chromium (20 top-level comments with 4 replies each, all on the
 * first page), median of RUNS page loads. Two times are reported:
 *   renderMs       Preact rendering the thread, from app start to the DOM committed
 *   firstRenderMs  navigation start of the widget frame to the thread on screen (includes
 *                  fetching the frame page and the bundle over loopback)
 * Runs standalone (`node --import tsx bench/widget.ts`) or as benchWidget() from bench/run.ts.
 */
import { fileURLToPath } from 'node:url';
import { buildWidget } from '../scripts/build-widget.ts';
import { launchBrowser } from '../tests/e2e/helpers.ts';
import { startServer } from '../tests/helpers/server.ts';

const RUNS = Number(process.env.BENCH_WIDGET_RUNS ?? 7);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

export async function benchWidget(): Promise<Record<string, number>> {
  const { sizes } = await buildWidget();
  const server = await startServer('sqlite', { rateLimits: false });
  const browser = await launchBrowser();
  try {
    const created = await server.call('POST', '/api/v1/admin/stories', { token: server.adminKey, body: { site: 'news', url: 'https://news.example/bench/widget', title: 'Widget benchmark' } });
    if (created.status !== 201) throw new Error(`story not created: ${JSON.stringify(created.body)}`);
    const story = String(created.body.id);
    const body = (i: number) => `Comment ${i}: a **sample** paragraph of ordinary length, long enough to wrap once or twice in the widget, with a [link](https://example.org/${i}).`;
    let n = 0;
    for (let top = 0; top < 20; top++) {
      const parent = await server.call('POST', '/api/v1/comments', { body: { story, body: body(++n), author: { name: `Reader ${n}` } } });
      for (let r = 0; r < 4; r++) await server.call('POST', '/api/v1/comments', { body: { story, parentId: parent.body.comment.id, body: body(++n), author: { name: `Reader ${n}` } } });
    }

    const render: number[] = [];
    const first: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/embed/frame?story=${story}`);
      await page.waitForFunction(() => document.querySelectorAll('li.comment').length === 100);
      const t = await page.evaluate(() => {
        const start = performance.getEntriesByName('parley:render-start')[0]!.startTime;
        const done = performance.getEntriesByName('parley:rendered')[0]!.startTime;
        return { render: done - start, first: done };
      });
      await context.close();
      if (i === 0) continue; // the first load warms the server's caches and Chromium's
      render.push(t.render);
      first.push(t.first);
    }
    return {
      'widget.embedJsGzipBytes': sizes['embed.js'].gzip,
      'widget.countJsGzipBytes': sizes['count.js'].gzip,
      'widget.appJsGzipBytes': sizes['app.js'].gzip,
      'widget.appCssGzipBytes': sizes['app.css'].gzip,
      'widget.appTotalGzipBytes': sizes['app.js'].gzip + sizes['app.css'].gzip,
      'widget.render100Ms': Math.round(median(render) * 10) / 10,
      'widget.firstRender100Ms': Math.round(median(first) * 10) / 10,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = await benchWidget();
  for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(28)} ${v}`);
}
