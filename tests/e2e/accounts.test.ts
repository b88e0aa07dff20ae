import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { startServer, type TestServer } from '../helpers/server.ts';
import { linkToken, startSmtp, type ReceivedMail } from '../helpers/smtp.ts';
import { commentWith, launchBrowser, repliesOf, startHost, widget, type HostPage, type HostSite } from './helpers.ts';

/**
 * Reader accounts as a reader meets them: the widget in a cross-origin iframe on a publisher's
 * page, sign-in in Parley's first-party window, mail delivered to a real SMTP server, and the
 * publisher's single sign-on token passed on the script tag.
 */
describe('reader accounts in the embedded widget', () => {
  let s: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let host: HostSite;
  let browser: Browser;
  let ssoSecret: string;
  const contexts: BrowserContext[] = [];

  before(async () => {
    smtp = await startSmtp();
    // The public URL must be known before the port is; mailed links are rebased onto the test server below.
    s = await startServer('sqlite', { rateLimits: false, smtpUrl: smtp.url, publicUrl: 'https://comments.example' });
    host = await startHost(s);
    browser = await launchBrowser();
    const res = await s.call('POST', '/api/v1/admin/sites/host/sso-secret', { token: s.adminKey });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    ssoSecret = res.body.secret;
  });
  after(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await host?.close();
    await s?.close();
    await smtp?.close();
  });

  async function reader(): Promise<BrowserContext> {
    const c = await browser.newContext({ viewport: { width: 900, height: 900 } });
    c.setDefaultTimeout(10_000);
    contexts.push(c);
    return c;
  }

  async function open(ctx: BrowserContext, path: string, opts: HostPage = {}): Promise<{ page: Page; w: FrameLocator }> {
    const page = await ctx.newPage();
    const seen: string[] = [];
    bearers.set(page, seen);
    page.on('request', (r) => {
      const auth = r.headers().authorization;
      if (auth?.startsWith('Bearer ')) seen.push(auth.slice(7));
    });
    await page.goto(host.articleUrl(path, opts));
    const w = widget(page);
    await w.locator('h2.count').waitFor();
    return { page, w };
  }

  /** The mailed link, on the test server's address instead of the configured public URL. */
  function link(mail: ReceivedMail, purpose: 'verify' | 'magic' | 'reset'): string {
    assert.match(mail.text, new RegExp(`https://comments\\.example/auth/window#${purpose}=`));
    return `${s.url}/auth/window#${purpose}=${encodeURIComponent(linkToken(mail, purpose))}`;
  }

  async function signInWindow(page: Page, w: FrameLocator): Promise<Page> {
    const [popup] = await Promise.all([page.waitForEvent('popup'), w.getByRole('button', { name: 'Sign in' }).click()]);
    await popup.getByRole('heading', { name: 'Sign in to comment' }).waitFor();
    return popup;
  }

  async function post(w: FrameLocator, body: string, name?: string) {
    const form = w.locator('form.comment-form').first();
    if (name) await form.getByLabel('Name').fill(name);
    await form.getByLabel('Your comment').fill(body);
    await form.getByRole('button', { name: 'Post comment' }).click();
    await commentWith(w, body).waitFor();
  }

  const signedInAs = (w: FrameLocator) => w.locator('.account-name');

  // This Chromium denies storage to third-party frames, so the widget keeps its token in memory;
  // the tests read it from the Authorization header of the widget's own requests instead.
  const bearers = new WeakMap<Page, string[]>();
  const lastBearer = (page: Page) => bearers.get(page)?.at(-1) ?? null;

  const sso = (claims: Record<string, unknown>, opts: { key?: string; iat?: number; exp?: number } = {}) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(String(claims.sub)).setAudience('host')
      .setIssuedAt(opts.iat ?? now).setExpirationTime(opts.exp ?? now + 300).sign(new TextEncoder().encode(opts.key ?? ssoSecret));
  };

  async function thread(path: string) {
    const res = await s.call('GET', `/api/v1/threads?story=${encodeURIComponent(host.origin + path)}&limit=100`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body;
  }

  it('lets a guest comment with a name, no account needed', async () => {
    const { w } = await open(await reader(), '/acc/guest');
    await w.getByRole('button', { name: 'Sign in' }).waitFor();
    await post(w, 'A guest says hello.', 'Gus Guest');
    assert.equal((await thread('/acc/guest')).comments[0].author.name, 'Gus Guest');
  });

  describe('an account made in the sign-in window', () => {
    let ctx: BrowserContext;
    let page: Page;
    let w: FrameLocator;

    it('signs up, and the verification link opened in a new tab signs the waiting widget in', async () => {
      ctx = await reader();
      ({ page, w } = await open(ctx, '/acc/signup'));
      const popup = await signInWindow(page, w);
      await popup.getByRole('tab', { name: 'Create account' }).click();
      const form = popup.locator('#sign-up');
      await form.getByLabel('Display name').fill('Nadia Reader');
      await form.getByLabel('Email', { exact: true }).fill('nadia@example.org');
      await form.getByLabel('Password').fill('a long enough password');
      await form.getByRole('button', { name: 'Create account' }).click();
      await popup.getByText('Check your email').waitFor();
      await w.getByText('Open the link in the email').waitFor();
      await popup.close();

      // A tab opened from the mail has no opener; the session crosses over by the widget's nonce.
      const mail = await smtp.waitFor('nadia@example.org', /confirm/i);
      const tab = await ctx.newPage();
      await tab.goto(link(mail, 'verify'));
      await tab.getByText('Return to the article').waitFor();
      await signedInAs(w).filter({ hasText: 'Nadia Reader' }).waitFor();
      await tab.close();
    });

    it('comments under the account name, without the guest name and email fields', async () => {
      const form = w.locator('form.comment-form').first();
      assert.equal(await form.getByLabel('Name').count(), 0);
      assert.equal(await form.getByLabel('Email (optional, never shown)').count(), 0);
      await post(w, 'Signed in and commenting.');
      assert.match(lastBearer(page)!, /^ps_/, 'the comment was written with the account session');
      assert.equal((await thread('/acc/signup')).comments[0].author.name, 'Nadia Reader');
    });

    it('signs out: the session ends on the server and the guest form returns', async () => {
      const token = lastBearer(page)!;
      assert.equal((await s.call('GET', '/api/v1/me', { token })).status, 200);
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/sign-out') && r.status() === 204),
        w.getByRole('button', { name: 'Sign out' }).click(),
      ]);
      await w.getByRole('button', { name: 'Sign in' }).waitFor();
      await w.locator('form.comment-form').first().getByLabel('Name').waitFor();
      assert.equal((await s.call('GET', '/api/v1/me', { token })).status, 401);
    });

    it('signs in again with email and password; the window hands the session back and closes', async () => {
      const popup = await signInWindow(page, w);
      const form = popup.locator('#sign-in');
      await form.getByLabel('Email').fill('nadia@example.org');
      await form.getByLabel('Password').fill('not the password');
      await form.getByRole('button', { name: 'Sign in' }).click();
      await popup.getByRole('alert').filter({ hasText: 'do not match' }).waitFor();
      await form.getByLabel('Password').fill('a long enough password');
      await Promise.all([popup.waitForEvent('close'), form.getByRole('button', { name: 'Sign in' }).click()]);
      await signedInAs(w).filter({ hasText: 'Nadia Reader' }).waitFor();
    });
  });

  it('signs in by magic link opened in the sign-in window itself', async () => {
    const ctx = await reader();
    const { page, w } = await open(ctx, '/acc/magic');
    const popup = await signInWindow(page, w);
    await popup.getByRole('tab', { name: 'Email me a link' }).click();
    await popup.locator('#magic').getByLabel('Email').fill('mika@example.org');
    await popup.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await popup.getByText('Check your email').waitFor();
    const mail = await smtp.waitFor('mika@example.org', /sign-in link/i);
    await Promise.all([popup.waitForEvent('close'), popup.goto(link(mail, 'magic'))]);
    await signedInAs(w).filter({ hasText: 'mika' }).waitFor();
    await post(w, 'Magic words.');
    assert.equal((await thread('/acc/magic')).comments[0].author.name, 'mika');

    // Renaming from the widget: new comments carry the new name, and moderators see the change.
    await w.getByRole('button', { name: 'Your data' }).click();
    await w.getByLabel('Display name').fill('Mika R.');
    await w.getByRole('button', { name: 'Save name' }).click();
    await signedInAs(w).filter({ hasText: 'Mika R.' }).waitFor();
    await post(w, 'Words under a new name.');
    const after = await thread('/acc/magic');
    const renamed = after.comments.find((c: { html: string }) => c.html.includes('new name'));
    assert.equal(renamed.author.name, 'Mika R.');
    const ctx2 = await s.call('GET', `/api/v1/admin/comments/${renamed.id}`, { token: s.adminKey });
    const panel = await s.call('GET', `/api/v1/admin/authors/${ctx2.body.comment.author.id}`, { token: s.adminKey });
    assert.deepEqual(panel.body.nameHistory.map((n: { name: string }) => n.name), ['mika', 'Mika R.']);
  });

  describe('publisher single sign-on and privacy', () => {
    let page: Page;
    let w: FrameLocator;
    let jwt: string;

    it('signs the reader in from data-sso-token, which never appears in the frame URL', async () => {
      jwt = await sso({ sub: 'sub-77', name: 'Sam Subscriber', email: 'sam@host.example' });
      ({ page, w } = await open(await reader(), '/acc/sso', { data: { 'sso-token': jwt } }));
      await signedInAs(w).filter({ hasText: 'Sam Subscriber' }).waitFor();
      assert.equal((await page.locator('iframe').getAttribute('src'))!.includes(jwt.split('.')[2]!), false);
      await post(w, 'A subscriber speaks.');
      assert.equal((await thread('/acc/sso')).comments[0].author.name, 'Sam Subscriber');
    });

    it('downloads the reader\'s data as a JSON file', async () => {
      await w.getByRole('button', { name: 'Your data' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), w.getByRole('button', { name: 'Download my data' }).click()]);
      assert.equal(download.suggestedFilename(), 'parley-my-data.json');
      const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
      assert.equal(data.account.kind, 'account');
      assert.equal(data.account.displayName, 'Sam Subscriber');
      assert.deepEqual(data.comments.map((c: { body: string }) => c.body), ['A subscriber speaks.']);
      assert.deepEqual(data.votes, []);
    });

    it('deletes the account, removing its comment but keeping the reply under it in place', async () => {
      const before = await thread('/acc/sso');
      const mine = before.comments[0];
      const reply = await s.call('POST', '/api/v1/comments', { body: { story: String(before.story.id), parentId: mine.id, body: 'A reply that stays.', author: { name: 'Rita' } } });
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
      await page.reload();
      await signedInAs(w).filter({ hasText: 'Sam Subscriber' }).waitFor();
      await commentWith(w, 'A reply that stays.').waitFor();

      await w.getByRole('button', { name: 'Your data' }).click();
      await w.getByRole('button', { name: 'Delete my account' }).click();
      await w.getByLabel('Remove them').check();
      await w.getByRole('button', { name: 'Delete my account for good' }).click();
      await w.getByRole('button', { name: 'Sign in' }).waitFor();
      const tomb = w.locator(`#parley-${mine.id}`);
      await tomb.locator('.comment-deleted', { hasText: 'This comment was deleted.' }).waitFor();
      assert.equal(await w.getByText('A subscriber speaks.').count(), 0);
      assert.ok(await repliesOf(tomb.locator('> article')).getByText('A reply that stays.').isVisible());

      const after = (await thread('/acc/sso')).comments.find((c: { id: number }) => c.id === mine.id);
      assert.equal(after.status, 'deleted');
      assert.equal(after.author, null);
      assert.equal(after.replies[0].id, reply.body.comment.id);
    });

    it('refuses an expired or tampered sign-on token with a visible message, leaving guest commenting open', async () => {
      const now = Math.floor(Date.now() / 1000);
      const expired = await sso({ sub: 'sub-78', name: 'Late Subscriber' }, { iat: now - 900, exp: now - 60 });
      const good = await sso({ sub: 'sub-79', name: 'Eve' });
      const [h, p, sig] = good.split('.');
      const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
      const tampered = `${h}.${Buffer.from(JSON.stringify({ ...claims, sub: 'sub-77', name: 'Sam Subscriber' })).toString('base64url')}.${sig}`;
      for (const [label, token] of [['expired', expired], ['tampered', tampered]] as const) {
        const { w: frame } = await open(await reader(), `/acc/sso-bad-${label}`, { data: { 'sso-token': token } });
        await frame.getByRole('alert').filter({ hasText: 'Your sign-in from this site was refused' }).waitFor();
        assert.ok(await frame.getByRole('button', { name: 'Sign in' }).isVisible(), label);
        assert.equal(await frame.locator('.account-name').count(), 0, label);
        assert.ok(await frame.locator('form.comment-form').first().getByLabel('Name').isVisible(), label);
      }
    });
  });

  it('blocks a cross-origin fetch from the host page that tries to post as the reader (CORS preflight fails)', async () => {
    const { page } = await open(await reader(), '/acc/cors');
    const storyId = (await thread('/acc/cors')).story.id as number;
    const outcome = await page.evaluate(async ([parley, story]) => {
      try {
        await fetch(`${parley}/api/v1/comments`, {
          method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ story: String(story), body: 'Written by a script on the host page', author: { name: 'Script' } }),
        });
        return 'sent';
      } catch {
        return 'blocked';
      }
    }, [s.url, storyId] as const);
    assert.equal(outcome, 'blocked');
    const t = await thread('/acc/cors');
    assert.equal(JSON.stringify(t).includes('Written by a script'), false);
    assert.equal(t.story.commentCount, 0);
  });
});
