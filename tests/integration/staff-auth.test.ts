import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAdmin } from '../../src/services/accounts/create-admin.ts';
import { addSite } from '../../src/services/sites/add-site.ts';
import { addStory, dialects, startServer, type TestServer } from '../helpers/server.ts';

for (const dialect of await dialects()) {
  describe(`staff accounts and admin authorization on ${dialect}`, () => {
    let s: TestServer;
    let modToken: string;
    before(async () => {
      s = await startServer(dialect, { rateLimits: false });
      await addSite(s.deps, 'system', { name: 'other', origins: [] });
      const invite = await s.call('POST', '/api/v1/admin/moderators', { token: s.adminKey, body: { email: 'Mo@News.Example', site: 'news', name: 'Mo' } });
      assert.equal(invite.status, 201, JSON.stringify(invite.body));
      const accepted = await s.call('POST', '/api/v1/auth/invitations/accept', { body: { token: invite.body.inviteToken, password: 'correct horse battery' } });
      assert.equal(accepted.status, 200);
      modToken = accepted.body.token;
    });
    after(async () => { await s.close(); });

    it('lets an invited moderator sign in with email and password and see their sites', async () => {
      const signIn = await s.call('POST', '/api/v1/auth/sign-in', { body: { email: 'mo@news.example', password: 'correct horse battery' } });
      assert.equal(signIn.status, 200);
      assert.equal(signIn.body.user.role, 'moderator');
      const me = await s.call('GET', '/api/v1/auth/staff', { token: signIn.body.token });
      assert.equal(me.body.role, 'moderator');
      assert.equal(me.body.siteIds.length, 1);
    });

    it('refuses an invitation link a second time with INVALID_LINK', async () => {
      const invite = await s.call('POST', '/api/v1/admin/moderators', { token: s.adminKey, body: { email: 'twice@news.example', site: 'news' } });
      assert.equal((await s.call('POST', '/api/v1/auth/invitations/accept', { body: { token: invite.body.inviteToken, password: 'first password ok' } })).status, 200);
      const again = await s.call('POST', '/api/v1/auth/invitations/accept', { body: { token: invite.body.inviteToken, password: 'second password' } });
      assert.equal(again.status, 400);
      assert.equal(again.body.error.code, 'INVALID_LINK');
      const signIn = await s.call('POST', '/api/v1/auth/sign-in', { body: { email: 'twice@news.example', password: 'second password' } });
      assert.equal(signIn.status, 401, 'the second password was not stored');
    });

    it('gives the same INVALID_CREDENTIALS answer for a wrong password and an unknown email', async () => {
      const wrong = await s.call('POST', '/api/v1/auth/sign-in', { body: { email: 'mo@news.example', password: 'not the password' } });
      const unknown = await s.call('POST', '/api/v1/auth/sign-in', { body: { email: 'nobody@news.example', password: 'not the password' } });
      assert.equal(wrong.status, 401);
      assert.deepEqual(wrong.body, unknown.body);
      assert.equal(wrong.body.error.code, 'INVALID_CREDENTIALS');
    });

    it('refuses a weak password when accepting an invitation, and keeps the link usable', async () => {
      const invite = await s.call('POST', '/api/v1/admin/moderators', { token: s.adminKey, body: { email: 'weak@news.example', site: 'news' } });
      const weak = await s.call('POST', '/api/v1/auth/invitations/accept', { body: { token: invite.body.inviteToken, password: 'short' } });
      assert.equal(weak.body.error.code, 'WEAK_PASSWORD');
      assert.equal((await s.call('POST', '/api/v1/auth/invitations/accept', { body: { token: invite.body.inviteToken, password: 'long enough now' } })).status, 200);
    });

    it('ends a session on sign-out', async () => {
      const signIn = await s.call('POST', '/api/v1/auth/sign-in', { body: { email: 'mo@news.example', password: 'correct horse battery' } });
      assert.equal((await s.call('POST', '/api/v1/auth/sign-out', { token: signIn.body.token })).status, 204);
      const me = await s.call('GET', '/api/v1/admin/stories?site=news', { token: signIn.body.token });
      assert.equal(me.status, 401);
      assert.equal(me.body.error.code, 'STAFF_AUTH_REQUIRED');
    });

    describe('authorization of admin routes', () => {
      it('lets a moderator manage stories of their own site', async () => {
        const story = await addStory(s);
        const res = await s.call('PATCH', `/api/v1/admin/stories/${story.id}`, { token: modToken, body: { closed: true } });
        assert.equal(res.status, 200);
        assert.equal((await s.call('GET', '/api/v1/admin/stories?site=news', { token: modToken })).status, 200);
      });

      it('answers 403 FORBIDDEN to a moderator on another site\'s stories, and changes nothing', async () => {
        const res = await s.call('POST', '/api/v1/admin/stories', { token: modToken, body: { site: 'other', url: 'https://other.example/a', title: 'Not yours' } });
        assert.equal(res.status, 403);
        assert.equal(res.body.error.code, 'FORBIDDEN');
        const list = await s.call('GET', '/api/v1/admin/stories?site=other', { token: s.adminKey });
        assert.deepEqual(list.body.stories, []);
        assert.equal((await s.call('GET', '/api/v1/admin/stories?site=other', { token: modToken })).status, 403);
      });

      it('lets an admin replace a site\'s allowed origins, and refuses a moderator', async () => {
        const res = await s.call('PATCH', '/api/v1/admin/sites/other', { token: s.adminKey, body: { origins: ['http://localhost:8282/page', 'http://127.0.0.1:8282'] } });
        assert.equal(res.status, 200);
        assert.deepEqual(res.body.origins, ['http://localhost:8282', 'http://127.0.0.1:8282']);
        const bad = await s.call('PATCH', '/api/v1/admin/sites/other', { token: s.adminKey, body: { origins: ['not a url'] } });
        assert.equal(bad.body.error.code, 'VALIDATION_FAILED');
        const asMod = await s.call('PATCH', '/api/v1/admin/sites/news', { token: modToken, body: { origins: [] } });
        assert.equal(asMod.status, 403);
        const sites = await s.call('GET', '/api/v1/admin/sites', { token: s.adminKey });
        assert.deepEqual(sites.body.sites.find((x: any) => x.name === 'news').origins, ['https://news.example']);
      });

      it('answers 403 to a moderator on admin-only routes (sites, invitations)', async () => {
        const site = await s.call('POST', '/api/v1/admin/sites', { token: modToken, body: { name: 'sneaky' } });
        assert.equal(site.status, 403);
        const invite = await s.call('POST', '/api/v1/admin/moderators', { token: modToken, body: { email: 'friend@news.example', site: 'news' } });
        assert.equal(invite.status, 403);
      });

      it('answers 403 to a commenter account and 401 to a reader token or no credential', async () => {
        const { insertUser } = await import('../../src/store/repositories/users.ts');
        const { openSession } = await import('../../src/services/accounts/sessions.ts');
        const user = await insertUser(s.deps.store.db, { email: 'reader@news.example', emailVerifiedAt: null, passwordHash: null, displayName: 'Reader', role: 'commenter', createdAt: Date.now() });
        const { token } = await openSession(s.deps, user.id);
        const asCommenter = await s.call('GET', '/api/v1/admin/stories?site=news', { token });
        assert.equal(asCommenter.status, 403);
        const reader = await s.call('POST', '/api/v1/readers', { body: { site: 'news' } });
        assert.equal((await s.call('GET', '/api/v1/admin/stories?site=news', { token: reader.body.readerToken })).status, 401);
        assert.equal((await s.call('GET', '/api/v1/admin/stories?site=news')).status, 401);
      });

      it('lets a second admin be bootstrapped with a password and sign in', async () => {
        await createAdmin(s.deps, { email: 'chief@news.example', password: 'a long admin password' });
        const signIn = await s.call('POST', '/api/v1/auth/sign-in', { body: { email: 'chief@news.example', password: 'a long admin password' } });
        assert.equal(signIn.body.user.role, 'admin');
        const site = await s.call('POST', '/api/v1/admin/sites', { token: signIn.body.token, body: { name: 'third', origins: ['https://third.example/path'] } });
        assert.equal(site.status, 201);
        assert.deepEqual(site.body.origins, ['https://third.example']);
      });
    });
  });
}
