import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { seedDemo } from '../../src/services/demo/seed-demo.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { ARTIFACTS, axeViolations, launchBrowser, widget } from './helpers.ts';

describe('the demo news site', () => {
  let s: TestServer;
  let browser: Browser;
  before(async () => {
    s = await startServer('sqlite', { rateLimits: false });
    await seedDemo(s.deps, s.url);
    browser = await launchBrowser();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await s?.close();
  });

  it('lists the stories on the front page with their comment counts', async () => {
    const page = await browser.newPage();
    await page.goto(s.url + '/');
    const cards = page.locator('ul.cards > li');
    assert.equal(await cards.count(), 3);
    await page.locator('a[data-parley-count]', { hasText: '5 comments' }).waitFor();
    assert.equal(await page.locator('a[data-parley-count]', { hasText: '0 comments' }).count(), 2);
    await page.close();
  });

  it('shows an article with its image, related stories and a working comment section', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(s.url + '/articles/harbour-bridge-reopens');
    assert.equal(await page.locator('h1').textContent(), 'Harbour bridge reopens after two years of repairs');
    assert.match((await page.locator('article time').textContent()) ?? '', /20 November 2026/);
    const imageWidth = await page.locator('figure img').evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth));
    assert.ok(imageWidth > 0, 'the generated illustration loads');
    assert.ok((await page.locator('article > p').count()) >= 4);
    assert.deepEqual(await page.locator('aside li a').allTextContents(), ['City libraries drop late fees and see books come back', 'Night trains return to the northern line']);

    const w = widget(page);
    await w.getByRole('heading', { name: '5 Comments' }).waitFor();
    assert.equal(await w.locator('li.comment').count(), 5);
    // The iframe grows to its content, so the page scrolls instead of the frame.
    const height = await page.locator('iframe[title="Comments"]').evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height);
    assert.ok(height > 600, `iframe height follows content (got ${height})`);
    await page.screenshot({ path: ARTIFACTS + 'article-page.png', fullPage: true });
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  it('server-renders the thread in <noscript> and at a crawlable URL', async () => {
    const article = await (await fetch(s.url + '/articles/harbour-bridge-reopens')).text();
    const noscript = /<noscript>([\s\S]*)<\/noscript>/.exec(article)?.[1] ?? '';
    assert.match(noscript, /5 Comments/);
    assert.match(noscript, /Separated, with a kerb/);
    const storyId = /data-story-id="(\d+)"/.exec(article)?.[1];
    const thread = await fetch(`${s.url}/threads/${storyId}`);
    assert.equal(thread.status, 200);
    const html = await thread.text();
    assert.match(html, /<blockquote>\s*<p>The ferry was lovely for a week<\/p>/);
    assert.match(html, /Harbour bridge reopens/);
  });

  it('answers 404 for an unknown article', async () => {
    const res = await fetch(s.url + '/articles/no-such-story');
    assert.equal(res.status, 404);
    assert.match(await res.text(), /Page not found/);
  });
});
