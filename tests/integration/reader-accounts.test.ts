import assert from 'node:assert/strict';
import { SignJWT } from 'jose';
import { after, before, describe, it } from 'node:test';
import { addStory, dialects, postComment, startServer, type TestServer } from '../helpers/server.ts';
import { linkToken, startSmtp } from '../helpers/smtp.ts';

for (const dialect of await dialects()) {
  describe(`reader accounts on ${dialect}`, () => {
    let s: TestServer;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    let story: { id: number; url: string };
    before(async () => {
      smtp = await startSmtp();
      s = await startServer(dialect, { rateLimits: false, smtpUrl: smtp.url, publicUrl: 'https://comments.example' });
      story = await addStory(s);
    });
    after(async () => {
      await s.close();
      await smtp.close();
    });

    it('signs up, verifies through the delivered email, claims earlier guest comments, and comments as the account', async () => {
      const guest = await s.call('POST', '/api/v1/comments', { body: { story: String(story.id), body: 'Posted as a guest first', author: { name: 'Lena', email: 'lena@example.org' } } });
      const res = await s.call('POST', '/api/v1/auth/sign-up', { body: { email: 'Lena@Example.org', password: 'a good long password', name: 'Lena B.' } });
      assert.equal(res.status, 202);
      const mail = await smtp.waitFor('lena@example.org', /confirm/i);
      assert.match(mail.text, /https:\/\/comments\.example\/auth\/window#verify=/);
      const done = await s.call('POST', '/api/v1/auth/links/complete', { body: { purpose: 'verify', token: linkToken(mail, 'verify') } });
      assert.equal(done.status, 200);
      const token = done.body.token;
      const c = await s.call('POST', '/api/v1/comments', { token, body: { story: String(story.id), body: 'Now with an account' } });
      assert.equal(c.status, 201);
      assert.equal(c.body.comment.author.name, 'Lena B.');
      // The guest comment is now the account's: it can edit it, and the guest token no longer can.
      const edit = await s.call('PATCH', `/api/v1/comments/${guest.body.comment.id}`, { token, body: { body: 'Edited from my account' } });
      assert.equal(edit.status, 200);
      const byOldToken = await s.call('PATCH', `/api/v1/comments/${guest.body.comment.id}`, { token: guest.body.authorToken, body: { body: 'Hijack' } });
      assert.equal(byOldToken.status, 401);
      const again = await s.call('POST', '/api/v1/auth/links/complete', { body: { purpose: 'verify', token: linkToken(mail, 'verify') } });
      assert.equal(again.body.error.code, 'INVALID_LINK');
    });

    it('answers sign-up for a registered email exactly as for a new one, and mails the owner instead', async () => {
      await s.call('POST', '/api/v1/auth/sign-up', { body: { email: 'dup@example.org', password: 'first password here', name: 'Dup' } });
      const second = await s.call('POST', '/api/v1/auth/sign-up', { body: { email: 'dup@example.org', password: 'second password here', name: 'Dup' } });
      const fresh = await s.call('POST', '/api/v1/auth/sign-up', { body: { email: 'fresh@example.org', password: 'second password here', name: 'Fresh' } });
      assert.equal(second.status, fresh.status);
      assert.deepEqual(second.body, fresh.body);
      await smtp.waitFor('dup@example.org', /already have an account/i);
    });

    it('signs in by magic link, once', async () => {
      const res = await s.call('POST', '/api/v1/auth/magic-link', { body: { email: 'magic@example.org' } });
      assert.equal(res.status, 202);
      const mail = await smtp.waitFor('magic@example.org', /sign-in link/i);
      const done = await s.call('POST', '/api/v1/auth/links/complete', { body: { purpose: 'magic', token: linkToken(mail, 'magic') } });
      assert.equal(done.status, 200);
      const me = await s.call('GET', '/api/v1/me', { token: done.body.token });
      assert.equal(me.body.kind, 'account');
      assert.equal(me.body.email, 'magic@example.org');
      const wrongPurpose = await s.call('POST', '/api/v1/auth/links/complete', { body: { purpose: 'verify', token: linkToken(mail, 'magic') } });
      assert.equal(wrongPurpose.body.error.code, 'INVALID_LINK');
    });

    it('resets a password through the mailed link and signs out every other session', async () => {
      await s.call('POST', '/api/v1/auth/sign-up', { body: { email: 'reset@example.org', password: 'old password 123', name: 'R' } });
      const verify = await smtp.waitFor('reset@example.org', /confirm/i);
      const old = (await s.call('POST', '/api/v1/auth/links/complete', { body: { purpose: 'verify', token: linkToken(verify, 'verify') } })).body.token;
      await s.call('POST', '/api/v1/auth/password-reset', { body: { email: 'reset@example.org' } });
      const mail = await smtp.waitFor('reset@example.org', /reset/i);
      const weak = await s.call('POST', '/api/v1/auth/links/complete', { body: { purpose: 'reset', token: linkToken(mail, 'reset'), password: 'short' } });
      assert.equal(weak.body.error.code, 'WEAK_PASSWORD');
      const done = await s.call('POST', '/api/v1/auth/links/complete', { body: { purpose: 'reset', token: linkToken(mail, 'reset'), password: 'new password 456' } });
      assert.equal(done.status, 200);
      assert.equal((await s.call('GET', '/api/v1/me', { token: old })).status, 401, 'old session ended');
      assert.equal((await s.call('POST', '/api/v1/auth/sign-in', { body: { email: 'reset@example.org', password: 'new password 456' } })).status, 200);
      assert.equal((await s.call('POST', '/api/v1/auth/sign-in', { body: { email: 'reset@example.org', password: 'old password 123' } })).status, 401);
      const unknown = await s.call('POST', '/api/v1/auth/password-reset', { body: { email: 'nobody@example.org' } });
      assert.equal(unknown.status, 202, 'no hint whether the email is registered');
    });

    it('signs out everywhere', async () => {
      const signIn = await s.call('POST', '/api/v1/auth/sign-in', { body: { email: 'reset@example.org', password: 'new password 456' } });
      const other = await s.call('POST', '/api/v1/auth/sign-in', { body: { email: 'reset@example.org', password: 'new password 456' } });
      assert.equal((await s.call('POST', '/api/v1/auth/sign-out-everywhere', { token: signIn.body.token })).status, 204);
      assert.equal((await s.call('GET', '/api/v1/me', { token: other.body.token })).status, 401);
    });

    describe('publisher single sign-on', () => {
      let secret: string;
      before(async () => {
        secret = (await s.call('POST', '/api/v1/admin/sites/news/sso-secret', { token: s.adminKey })).body.secret;
      });
      const sign = (claims: Record<string, unknown>, key = secret, lifetime = 300) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' })
        .setSubject(String(claims.sub ?? 'sub-1')).setIssuedAt().setExpirationTime(`${lifetime}s`).sign(new TextEncoder().encode(key));

      it('creates the site\'s user from a signed token, and updates it on the next sign-in', async () => {
        const first = await s.call('POST', '/api/v1/auth/sso', { body: { site: 'news', token: await sign({ sub: 'subscriber-42', name: 'Ola Subscriber', email: 'ola@publisher.example' }) } });
        assert.equal(first.status, 200);
        const c = await s.call('POST', '/api/v1/comments', { token: first.body.token, body: { story: String(story.id), body: 'Comment via SSO' } });
        assert.equal(c.body.comment.author.name, 'Ola Subscriber');
        const second = await s.call('POST', '/api/v1/auth/sso', { body: { site: 'news', token: await sign({ sub: 'subscriber-42', name: 'Ola S.' }) } });
        assert.equal(second.body.user.id, first.body.user.id);
        assert.equal((await s.call('GET', '/api/v1/me', { token: second.body.token })).body.displayName, 'Ola S.');
      });

      it('refuses tampered, wrongly signed, expired, long-lived and unsigned tokens with INVALID_SSO_TOKEN', async () => {
        const good = await sign({ sub: 'x', name: 'X' });
        const [h, p, sig] = good.split('.');
        const payload = JSON.parse(Buffer.from(p!, 'base64url').toString());
        const tampered = `${h}.${Buffer.from(JSON.stringify({ ...payload, sub: 'admin' })).toString('base64url')}.${sig}`;
        const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${p}.`;
        const expired = await new SignJWT({ name: 'X' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuedAt(Math.floor(Date.now() / 1000) - 600).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(new TextEncoder().encode(secret));
        for (const [label, token] of [['tampered', tampered], ['other key', await sign({ sub: 'x', name: 'X' }, 'not-the-secret')], ['expired', expired], ['valid for a day', await sign({ sub: 'x', name: 'X' }, secret, 86400)], ['alg none', none], ['garbage', 'abc.def']] as const) {
          const res = await s.call('POST', '/api/v1/auth/sso', { body: { site: 'news', token } });
          assert.equal(res.status, 401, label);
          assert.equal(res.body.error.code, 'INVALID_SSO_TOKEN', label);
        }
      });
    });

    describe('privacy', () => {
      it('exports the reader\'s comments and votes as JSON', async () => {
        const { token } = await postComment(s, story.id, 'Exported words', { name: 'Exporter' });
        const other = await postComment(s, story.id, 'Something to vote on', { name: 'Other' });
        await s.call('POST', `/api/v1/comments/${other.comment.id}/vote`, { token, body: { value: 1 } });
        const res = await s.call('GET', '/api/v1/me/export', { token });
        assert.equal(res.status, 200);
        assert.match(res.headers.get('content-disposition')!, /attachment/);
        assert.deepEqual(res.body.comments.map((c: any) => c.body), ['Exported words']);
        assert.deepEqual(res.body.votes.map((v: any) => [v.commentId, v.value]), [[other.comment.id, 1]]);
        assert.deepEqual(res.body.subscriptions, []);
      });

      it('deletes an account keeping the thread shape: a comment with replies becomes a tombstone', async () => {
        const leaver = await postComment(s, story.id, 'I will leave soon', { name: 'Leaver' });
        const reply = await postComment(s, story.id, 'A reply that must survive', { name: 'Stayer', parentId: leaver.comment.id });
        const countBefore = (await s.call('GET', `/api/v1/threads?story=${story.id}`)).body.story.commentCount;
        const res = await s.call('DELETE', '/api/v1/me', { token: leaver.token, body: { comments: 'remove' } });
        assert.equal(res.status, 200);
        assert.equal(res.body.comments, 1);
        const thread = await s.call('GET', `/api/v1/threads?story=${story.id}&limit=100`);
        const tomb = thread.body.comments.find((c: any) => c.id === leaver.comment.id);
        assert.equal(tomb.status, 'deleted');
        assert.equal(tomb.author, null);
        assert.equal(tomb.replies[0].id, reply.comment.id);
        assert.equal(thread.body.story.commentCount, countBefore - 1);
        assert.equal((await s.call('GET', '/api/v1/me', { token: leaver.token })).status, 200, 'a guest token still names the erased identity');
        assert.equal(JSON.stringify(thread.body).includes('I will leave soon'), false);
      });

      it('anonymizes instead when asked: the words stay, signed "Deleted user"', async () => {
        const anon = await postComment(s, story.id, 'Words worth keeping', { name: 'Anonymizer' });
        await s.call('DELETE', '/api/v1/me', { token: anon.token, body: { comments: 'anonymize' } });
        const thread = await s.call('GET', `/api/v1/threads?story=${story.id}&limit=100`);
        const kept = thread.body.comments.find((c: any) => c.id === anon.comment.id);
        assert.equal(kept.author.name, 'Deleted user');
        assert.equal(kept.html, '<p>Words worth keeping</p>');
      });
    });

    it('answers MAIL_NOT_CONFIGURED when no SMTP server is set', async () => {
      const t = await startServer(dialect, { rateLimits: false });
      try {
        const res = await t.call('POST', '/api/v1/auth/magic-link', { body: { email: 'a@example.org' } });
        assert.equal(res.status, 503);
        assert.equal(res.body.error.code, 'MAIL_NOT_CONFIGURED');
      } finally {
        await t.close();
      }
    });
  });
}
