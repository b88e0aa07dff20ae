import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { addStory, postComment, startServer, type TestServer } from '../helpers/server.ts';
import { createModerator, ensureAdminBuilt, queueItems, signInThroughUi, type Moderator } from './admin-helpers.ts';
import { ARTIFACTS, launchBrowser } from './helpers.ts';

/**
 * A moderator of the `news` site clears its Pending queue in the admin UI the way the UI is meant
 * to be used: from the keyboard, one key per decision, then a bulk action for the rest, and one
 * reject-and-ban for a troll. Every decision is then checked through the API, as a reader and the
 * audit log would see it.
 */
describe('a moderator clearing the Pending queue in the admin UI', () => {
  let s: TestServer;
  let browser: Browser;
  let page: Page;
  let mod: Moderator;
  let storyId: number;
  let parentId: number;
  const held: Array<{ id: number; name: string; body: string; token: string }> = [];
  const TROLL = 'Needler';

  const item = (id: number) => page.locator(`article.item[data-id="${id}"]`);
  /** The id of the comment holding keyboard focus, once focus has settled on one. */
  const focusedId = async () => {
    const handle = await page.waitForFunction(() => document.activeElement?.closest('article.item')?.getAttribute('data-id'));
    return Number(await handle.jsonValue());
  };
  const api = (path: string, init: { method?: string; body?: unknown } = {}) => s.call(init.method ?? 'GET', path, { token: mod.token, body: init.body });

  before(async () => {
    await ensureAdminBuilt();
    s = await startServer('sqlite', { rateLimits: false });
    mkdirSync(ARTIFACTS, { recursive: true });
    mod = await createModerator(s, 'desk@news.example');
    storyId = (await addStory(s, { title: 'Front line: a week in the trenches' })).id;

    // Published before pre-moderation is switched on, so the held replies have a thread to show.
    parentId = (await postComment(s, storyId, 'The reporting from the front is the best this paper has done in years.', { name: 'Marta' })).comment.id;

    const settings = await s.call('GET', '/api/v1/admin/sites/news/moderation', { token: s.adminKey });
    assert.equal(settings.status, 200, JSON.stringify(settings.body));
    const saved = await s.call('PUT', '/api/v1/admin/sites/news/moderation', { token: s.adminKey, body: { ...settings.body, premodAll: true } });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));

    const posts: Array<[string, string, number?]> = [
      ['Oskar', 'I disagree with Marta: the piece glosses over the shelling of the villages.', parentId],
      ['Lena', 'My grandfather served there; thank you for writing about it.'],
      [TROLL, 'Marta, you are a pathetic idiot and everyone here knows it.', parentId],
      ['Piet', 'Could the paper publish a map of the front line with the next piece?'],
      ['Ruth', 'The casualty figures in the third paragraph do not match the ministry numbers.'],
      ['Sam', 'Good, balanced piece. More of this please.'],
    ];
    for (const [name, body, parent] of posts) {
      const r = await postComment(s, storyId, body, { name, ...(parent ? { parentId: parent } : {}) });
      assert.notEqual(r.comment.status, 'published', `${name}'s comment should be held while the site pre-moderates`);
      held.push({ id: r.comment.id, name, body, token: r.token });
    }

    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  });

  after(async () => {
    await browser?.close();
    await s?.close();
  });

  it('signs in with email and password and shows every held comment with its count and reason', async () => {
    await signInThroughUi(page, s.url, mod);
    await queueItems(page).nth(held.length - 1).waitFor();
    assert.equal(await queueItems(page).count(), held.length);
    const tab = page.getByRole('navigation', { name: 'Queues' }).getByRole('link', { name: /Pending/ });
    assert.equal(await tab.getAttribute('aria-current'), 'page');
    assert.match((await tab.textContent()) ?? '', new RegExp(`\\b${held.length}\\b`));
    // Why each comment waits is shown in plain words, not just a code.
    assert.match((await item(held[0]!.id).locator('.why').textContent()) ?? '', /Why:\s*\S/);
    assert.ok(await page.evaluate(() => sessionStorage.getItem('parley-admin-token')), 'the session token is kept in sessionStorage');
  });

  it('expands a reply to show the comment it answers', async () => {
    const reply = held.find((h) => h.name === 'Oskar')!;
    await item(reply.id).getByRole('button', { name: 'Show thread' }).click();
    await item(reply.id).locator('.ancestors').getByText('best this paper has done').waitFor();
    await item(reply.id).getByRole('button', { name: 'Hide thread' }).click();
  });

  const decided = new Map<number, 'published' | 'rejected'>();

  it('approves and rejects from the keyboard, moving focus to the next comment after each decision', async () => {
    await page.locator('body').click({ position: { x: 5, y: 500 } });
    await page.keyboard.press('j');
    const first = await focusedId();
    assert.ok(held.some((h) => h.id === first), 'j puts visible focus on a queued comment');
    assert.equal(await item(first).evaluate((el) => el === document.activeElement && el.classList.contains('current')), true);

    await page.keyboard.press('a');
    await item(first).waitFor({ state: 'detached' });
    decided.set(first, 'published');
    await page.getByRole('status').filter({ hasText: `Approved comment #${first}` }).waitFor();
    const second = await focusedId();
    assert.ok(Number.isInteger(second) && second !== first, 'focus moved on to the next comment');

    // Skip one with j, reject the next with r.
    const troll = held.find((h) => h.name === TROLL)!.id;
    let target = second;
    if (second === troll) {
      await page.keyboard.press('j');
      await page.waitForFunction((id) => document.activeElement?.closest('article.item')?.getAttribute('data-id') !== String(id), troll);
      target = await focusedId();
    }
    assert.notEqual(target, troll);
    await page.keyboard.press('r');
    await item(target).waitFor({ state: 'detached' });
    decided.set(target, 'rejected');
    assert.equal(await queueItems(page).count(), held.length - 2);
  });

  it('rejects the troll and bans them with one key press', async () => {
    const troll = held.find((h) => h.name === TROLL)!;
    await item(troll.id).locator('.body').click();
    assert.equal(await focusedId(), troll.id);
    await page.getByLabel('Ban reason').fill('Insulting other readers');
    await item(troll.id).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('b');
    await item(troll.id).waitFor({ state: 'detached' });
    decided.set(troll.id, 'rejected');
    await page.getByRole('status').filter({ hasText: `banned ${TROLL}` }).waitFor();
  });

  it('approves the rest with a bulk action, selecting one by key and the others by checkbox', async () => {
    const rest = held.filter((h) => !decided.has(h.id));
    assert.equal(await queueItems(page).count(), rest.length);
    await page.keyboard.press('k');
    const byKey = await focusedId();
    await page.keyboard.press('x');
    for (const h of rest.filter((r) => r.id !== byKey)) await item(h.id).getByRole('checkbox').check();
    await page.screenshot({ path: join(ARTIFACTS, 'admin-queue.png'), fullPage: true });
    await page.getByRole('button', { name: `Approve selected (${rest.length})` }).click();
    await page.getByText('The queue is clear').waitFor();
    for (const h of rest) decided.set(h.id, 'published');
    const tab = page.getByRole('navigation', { name: 'Queues' }).getByRole('link', { name: /Pending/ });
    assert.match((await tab.textContent()) ?? '', /\b0\b/);
    await page.screenshot({ path: join(ARTIFACTS, 'admin-queue-clear.png'), fullPage: true });
  });

  it('leaves every decision in place on the server: statuses, the public thread, the ban and the audit log', async () => {
    const pending = await api('/api/v1/admin/queue?site=news&queue=pending');
    assert.equal(pending.status, 200, JSON.stringify(pending.body));
    assert.equal(pending.body.items.length, 0);
    assert.equal(pending.body.counts.pending, 0);

    for (const [id, status] of decided) {
      const c = await api(`/api/v1/admin/comments/${id}`);
      assert.equal(c.status, 200, JSON.stringify(c.body));
      assert.equal(c.body.comment.status, status, `comment ${id}`);
    }
    assert.equal(decided.size, held.length);

    // Readers see the approved comments and none of the rejected ones.
    const thread = await s.call('GET', `/api/v1/threads?story=${storyId}&sort=oldest&limit=50`);
    assert.equal(thread.status, 200);
    const shown = JSON.stringify(thread.body);
    for (const h of held) assert.equal(shown.includes(h.body.slice(0, 30)), decided.get(h.id) === 'published', `${h.name}'s comment visibility`);

    const troll = held.find((h) => h.name === TROLL)!;
    const trollComment = await api(`/api/v1/admin/comments/${troll.id}`);
    const author = await api(`/api/v1/admin/authors/${trollComment.body.comment.author.id}`);
    assert.equal(author.body.status, 'banned');
    assert.equal(author.body.statusReason, 'Insulting other readers');
    const again = await s.call('POST', '/api/v1/comments', { token: troll.token, body: { story: String(storyId), body: 'Still here.' } });
    assert.ok(again.status >= 400 && again.status < 500, `a banned author is refused (got ${again.status})`);

    const audit = await api('/api/v1/admin/audit?site=news&limit=100');
    assert.equal(audit.status, 200, JSON.stringify(audit.body));
    const entries = audit.body.entries as Array<{ actor: { email: string | null }; action: string; targetType: string; targetId: number }>;
    for (const id of decided.keys()) {
      const e = entries.find((x) => x.targetType === 'comment' && x.targetId === id);
      assert.ok(e, `an audit entry for comment ${id}`);
      assert.equal(e.actor.email, mod.email);
    }
    assert.ok(
      entries.some((x) => x.targetType === 'author' && x.targetId === author.body.id && /ban/i.test(x.action)),
      `an audit entry for the ban: ${JSON.stringify(entries.map((x) => [x.action, x.targetType, x.targetId]))}`,
    );
  });
});
