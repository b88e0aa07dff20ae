import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { addStory, postComment, startServer, type TestServer } from '../helpers/server.ts';
import { adminAxeViolations, ensureAdminBuilt, queueItems } from './admin-helpers.ts';
import { ARTIFACTS, launchBrowser } from './helpers.ts';

/**
 * The rest of the admin UI against a real server: joining by invitation, the flagged and reported
 * queues, a comment in its thread, the author panel with a timed suspension, the settings editor,
 * the audit log and the dashboard, each page free of serious accessibility faults.
 */
describe('the admin UI beyond the Pending queue', () => {
  let s: TestServer;
  let browser: Browser;
  let page: Page;
  let storyId: number;
  let parent: { id: number };
  let insult: { id: number; token: string };
  let reported: { id: number };
  const EMAIL = 'night-desk@news.example';
  const PASSWORD = 'a long night shift';
  const errors: string[] = [];

  before(async () => {
    await ensureAdminBuilt();
    s = await startServer('sqlite', { rateLimits: false });
    mkdirSync(ARTIFACTS, { recursive: true });
    storyId = (await addStory(s, { title: 'Ceasefire talks stall' })).id;
    parent = (await postComment(s, storyId, 'The talks stalled because neither side trusts the monitors.', { name: 'Marta' })).comment;
    const i = await postComment(s, storyId, 'Marta, you are a pathetic idiot and a disgusting moron.', { name: 'Needler', parentId: parent.id });
    insult = { id: i.comment.id, token: i.token };
    await postComment(s, storyId, 'I know where you live and someone should shoot you.', { name: 'Grim', parentId: parent.id });
    reported = (await postComment(s, storyId, 'The monitors were withdrawn last spring, as the paper reported.', { name: 'Oskar' })).comment;
    // Enough readers' reports to hide it pending review.
    const settings = await s.call('GET', '/api/v1/admin/sites/news/moderation', { token: s.adminKey });
    for (let n = 0; n < settings.body.reportThreshold; n++) {
      const reader = await s.call('POST', '/api/v1/readers', { body: { site: 'news' } });
      const r = await s.call('POST', `/api/v1/comments/${reported.id}/report`, { token: reader.body.readerToken, body: { reason: 'off_topic', note: `report ${n}` } });
      assert.equal(r.status, 201, JSON.stringify(r.body));
    }

    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && !/status of 4\d\d/.test(m.text()) && errors.push(m.text()));
  });

  after(async () => {
    await browser?.close();
    await s?.close();
  });

  it('serves the app shell under a strict CSP at every /admin path', async () => {
    for (const path of ['/admin', '/admin/queue/flagged', '/admin/comments/1']) {
      const res = await fetch(s.url + path);
      assert.equal(res.status, 200, path);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    }
  });

  it('refuses a wrong password with a clear message', async () => {
    await page.goto(`${s.url}/admin`);
    await page.getByLabel('Email').fill('nobody@news.example');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'do not match a staff account' }).waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.getItem('parley-admin-token')), null);
  });

  it('lets an invited moderator choose a password and land on the queues', async () => {
    const invite = await s.call('POST', '/api/v1/admin/moderators', { token: s.adminKey, body: { email: EMAIL, site: 'news' } });
    assert.equal(invite.status, 201, JSON.stringify(invite.body));
    await page.goto(`${s.url}/admin/invite#token=${encodeURIComponent(invite.body.inviteToken)}`);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Password again').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByRole('navigation', { name: 'Queues' }).waitFor();
    assert.equal(new URL(page.url()).search, '', 'the spent token leaves the address bar');
    await page.getByText(EMAIL).waitFor();
  });

  it('shows the flagged insult with its model scores as bars, and the threat among the rejected', async () => {
    await page.getByRole('link', { name: /Flagged by model/ }).click();
    const card = page.locator(`article.item[data-id="${insult.id}"]`);
    await card.waitFor();
    const bars = card.locator('.scores .score');
    assert.ok((await bars.count()) >= 3, 'one bar per model category');
    assert.match((await card.locator('.why').textContent()) ?? '', /Why:/);
    await page.getByRole('link', { name: /^Rejected/ }).click();
    await page.locator('article.item', { hasText: 'someone should shoot you' }).waitFor();
    assert.deepEqual(await adminAxeViolations(page), []);
  });

  it('shows readers’ reports with their reasons in the Reported queue', async () => {
    await page.getByRole('link', { name: /^Reported/ }).click();
    const card = page.locator(`article.item[data-id="${reported.id}"]`);
    await card.getByText(/reports? from readers/).click();
    await card.getByText('report 0').waitFor();
  });

  it('opens a comment in its thread with the pipeline trace', async () => {
    await page.goto(`${s.url}/admin/comments/${insult.id}`);
    await page.getByRole('heading', { name: `Comment #${insult.id}` }).waitFor();
    await page.locator('.ancestors').getByText('neither side trusts the monitors').waitFor();
    await page.getByText(/Pipeline trace/).click();
    assert.ok((await page.locator('.trace li').count()) > 0);
    assert.deepEqual(await adminAxeViolations(page), []);
  });

  it('suspends the author for a day from the user panel, with a reason', async () => {
    await page.locator('article.current-comment a.author').click();
    await page.getByRole('heading', { name: /Needler/ }).waitFor();
    await page.getByRole('heading', { name: 'Same IP: possible sock puppets' }).waitFor();
    await page.getByRole('heading', { name: /Comment history/ }).waitFor();
    await page.getByLabel(/^Suspended/).check();
    await page.getByLabel('Suspend for (hours)').fill('24');
    await page.getByLabel(/^Reason/).fill('Insults in the ceasefire thread');
    await page.getByRole('button', { name: 'Save status' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: Suspended' }).waitFor();
    assert.deepEqual(await adminAxeViolations(page), []);

    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const panel = await s.call('GET', `/api/v1/admin/authors/${id}`, { token: s.adminKey });
    assert.equal(panel.body.status, 'suspended');
    assert.equal(panel.body.statusReason, 'Insults in the ceasefire thread');
    const hours = (Date.parse(panel.body.suspendedUntil) - Date.now()) / 3_600_000;
    assert.ok(hours > 23 && hours <= 24.1, `suspended for about a day (${hours} h)`);
    const again = await s.call('POST', '/api/v1/comments', { token: insult.token, body: { story: String(storyId), body: 'I am back.' } });
    assert.ok(again.status >= 400 && again.status < 500, `a suspended author is refused (got ${again.status})`);
  });

  it('edits the word lists and thresholds, refusing a hold threshold above the reject threshold', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const suspect = page.getByLabel(/^Suspect words/);
    await suspect.waitFor();
    await suspect.fill(`${await suspect.inputValue()}\nwarmonger`);
    await page.getByLabel('Hold threshold').fill('0.99');
    await page.getByLabel('Reject threshold').fill('0.95');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('alert').filter({ hasText: /hold threshold/i }).waitFor();
    await page.getByLabel('Hold threshold').fill('0.85');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const saved = await s.call('GET', '/api/v1/admin/sites/news/moderation', { token: s.adminKey });
    assert.equal(saved.body.holdThreshold, 0.85);
    assert.ok(saved.body.suspectWords.includes('warmonger'));
    assert.deepEqual(await adminAxeViolations(page), []);
  });

  it('lists the suspension and the settings change in the audit log, with who did them', async () => {
    await page.getByRole('link', { name: 'Audit log' }).click();
    const rows = page.locator('.audit tbody tr');
    await rows.first().waitFor();
    const text = (await page.locator('.audit table').textContent()) ?? '';
    assert.match(text, /Author\.suspended/i);
    assert.match(text, /Site\.settings/i);
    assert.ok(text.includes(EMAIL));
    assert.deepEqual(await adminAxeViolations(page), []);
  });

  it('draws the dashboard as inline SVG: outcomes per day, shares, categories, busiest stories and queue age', async () => {
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Comments per day by outcome' }).waitFor();
    assert.ok((await page.locator('svg.chart rect').count()) > 0, 'bars for the days with comments');
    await page.getByRole('heading', { name: 'Busiest stories' }).waitFor();
    await page.locator('.stories').getByText('Ceasefire talks stall').waitFor();
    await page.getByText('oldest pending comment').waitFor();
    assert.deepEqual(await adminAxeViolations(page), []);
    await page.screenshot({ path: join(ARTIFACTS, 'admin-dashboard.png'), fullPage: true });
  });

  it('signs out, forgetting the session token', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.getItem('parley-admin-token')), null);
    assert.deepEqual(errors, [], 'no script errors or CSP violations in the console');
  });

  it('signs back in where the moderator left off', async () => {
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /Dashboard for news/ }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Queues' }).click();
    const q = await s.call('GET', '/api/v1/admin/queue?site=news&queue=pending', { token: s.adminKey });
    await page.getByRole('heading', { name: /Pending/ }).waitFor();
    await page.getByText(/Nothing in Pending|Approve selected/).first().waitFor();
    assert.equal(await queueItems(page).count(), q.body.items.length);
  });
});
