import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addSite } from '../../src/services/sites/add-site.ts';
import { addStory, dialects, postComment, startServer, type TestServer } from '../helpers/server.ts';

const CIVIL = [
  'The army will bomb the bridge to stop the attack, and civilians will pay for it.',
  'Terrorists killed 40 civilians; the government must respond, but not with collective punishment.',
  'Sanctions kill more people than bombs ever did. Look at the figures before cheering.',
  'I think this war is a disaster and the generals should resign in disgrace.',
  'You are wrong about the ceasefire: both sides broke it within a day.',
];

for (const dialect of await dialects()) {
  describe(`moderation on ${dialect}`, () => {
    let s: TestServer;
    let story: { id: number; url: string };
    let modToken: string;
    let otherModToken: string;

    async function moderator(email: string, site: string) {
      const invite = await s.call('POST', '/api/v1/admin/moderators', { token: s.adminKey, body: { email, site } });
      return (await s.call('POST', '/api/v1/auth/invitations/accept', { body: { token: invite.body.inviteToken, password: 'moderator password' } })).body.token as string;
    }

    before(async () => {
      s = await startServer(dialect, { rateLimits: false });
      await addSite(s.deps, 'system', { name: 'other', origins: [] });
      story = await addStory(s, { title: 'War diary' });
      modToken = await moderator('mod@news.example', 'news');
      otherModToken = await moderator('mod@other.example', 'other');
    });
    after(async () => { await s.close(); });

    describe('the write path', () => {
      it('publishes heated but civil political argument untouched', async () => {
        for (const body of CIVIL) {
          const { comment } = await postComment(s, story.id, body, { name: 'Analyst' + body.length });
          assert.equal(comment.status, 'published', body);
        }
      });

      it('rejects a threat with a reason the author can read, and keeps it out of the thread and the count', async () => {
        const before = (await s.call('GET', `/api/v1/threads?story=${story.id}`)).body.story.commentCount;
        const res = await s.call('POST', '/api/v1/comments', { body: { story: String(story.id), body: 'I know where you live and someone should shoot you.', author: { name: 'Menace' } } });
        assert.equal(res.status, 201);
        assert.equal(res.body.comment.status, 'rejected');
        assert.ok(res.body.comment.statusReason.length > 10);
        const thread = await s.call('GET', `/api/v1/threads?story=${story.id}&limit=100`);
        assert.equal(thread.body.story.commentCount, before);
        assert.equal(JSON.stringify(thread.body).includes('shoot you'), false);
      });

      it('holds an insult for review, shows it to its author as held, and hides it from others', async () => {
        const res = await s.call('POST', '/api/v1/comments', { body: { story: String(story.id), body: 'You are a f.u.c.k.i.n.g idiot and everyone here knows it', author: { name: 'Hothead' } } });
        assert.equal(res.body.comment.status, 'pending');
        const token = res.body.authorToken;
        const mine = await s.call('GET', `/api/v1/threads?story=${story.id}&limit=100`, { token });
        const own = mine.body.comments.find((c: any) => c.id === res.body.comment.id);
        assert.equal(own.status, 'pending');
        assert.match(own.statusReason, /\w/);
        const public_ = await s.call('GET', `/api/v1/threads?story=${story.id}&limit=100`);
        assert.equal(public_.body.comments.some((c: any) => c.id === res.body.comment.id), false);
      });

      it('holds everything when the site pre-moderates all comments', async () => {
        const settings = (await s.call('GET', '/api/v1/admin/sites/other/moderation', { token: s.adminKey })).body;
        const put = await s.call('PUT', '/api/v1/admin/sites/other/moderation', { token: s.adminKey, body: { ...settings, premodAll: true } });
        assert.equal(put.status, 200);
        assert.equal(put.body.premodAll, true);
        const other = await s.call('POST', '/api/v1/admin/stories', { token: s.adminKey, body: { site: 'other', url: 'https://other.example/a', title: 'Other' } });
        const c = await s.call('POST', '/api/v1/comments', { body: { story: String(other.body.id), body: 'A perfectly nice comment.', author: { name: 'Nice' } } });
        assert.equal(c.body.comment.status, 'pending');
        assert.match(c.body.comment.statusReason, /review|moderat/i);
      });

      it('refuses a banned author with AUTHOR_BANNED and stores nothing', async () => {
        const { comment, token } = await postComment(s, story.id, 'A first comment', { name: 'Troll' });
        const ban = await s.call('POST', `/api/v1/admin/authors/${(await s.call('GET', `/api/v1/admin/comments/${comment.id}`, { token: modToken })).body.comment.author.id}/status`, { token: modToken, body: { status: 'banned', reason: 'Repeated abuse' } });
        assert.equal(ban.status, 200);
        assert.equal(ban.body.status, 'banned');
        const res = await s.call('POST', '/api/v1/comments', { token, body: { story: String(story.id), body: 'Let me back in' } });
        assert.equal(res.status, 403);
        assert.equal(res.body.error.code, 'AUTHOR_BANNED');
      });

      it('shows a shadow-banned author their comments as published while nobody else sees them', async () => {
        const first = await postComment(s, story.id, 'Before the shadow ban', { name: 'Shade' });
        const authorId = (await s.call('GET', `/api/v1/admin/comments/${first.comment.id}`, { token: modToken })).body.comment.author.id;
        await s.call('POST', `/api/v1/admin/authors/${authorId}/status`, { token: modToken, body: { status: 'shadow_banned', reason: 'Spam waves' } });
        const res = await s.call('POST', '/api/v1/comments', { token: first.token, body: { story: String(story.id), body: 'Can anyone see this?' } });
        assert.equal(res.body.comment.status, 'published');
        const own = await s.call('GET', `/api/v1/threads?story=${story.id}&limit=100`, { token: first.token });
        const mine = own.body.comments.find((c: any) => c.id === res.body.comment.id);
        assert.equal(mine.status, 'published');
        assert.equal(mine.statusReason, undefined);
        const others = await s.call('GET', `/api/v1/threads?story=${story.id}&limit=100`);
        assert.equal(others.body.comments.some((c: any) => c.id === res.body.comment.id), false);
      });
    });

    describe('queues and decisions', () => {
      it('lists a held comment in Pending and Flagged with its reason and scores; approving publishes it and audits the action', async () => {
        const held = await s.call('POST', '/api/v1/comments', { body: { story: String(story.id), body: 'Shut up, you moron. Nobody asked you.', author: { name: 'Rude' } } });
        assert.equal(held.body.comment.status, 'pending');
        const pending = await s.call('GET', '/api/v1/admin/queue?site=news&queue=pending', { token: modToken });
        const item = pending.body.items.find((i: any) => i.id === held.body.comment.id);
        assert.ok(item, 'in Pending');
        assert.ok(item.reason);
        assert.ok(pending.body.counts.pending >= 1);
        const flagged = await s.call('GET', '/api/v1/admin/queue?site=news&queue=flagged', { token: modToken });
        const f = flagged.body.items.find((i: any) => i.id === held.body.comment.id);
        assert.ok(f.scores && typeof f.scores.insult === 'number');

        const countBefore = (await s.call('GET', `/api/v1/threads?story=${story.id}`)).body.story.commentCount;
        const approved = await s.call('POST', `/api/v1/admin/comments/${held.body.comment.id}/approve`, { token: modToken, body: { reason: 'Rude but on topic' } });
        assert.equal(approved.status, 200);
        assert.equal(approved.body.status, 'published');
        assert.equal((await s.call('GET', `/api/v1/threads?story=${story.id}`)).body.story.commentCount, countBefore + 1);
        const audit = await s.call('GET', '/api/v1/admin/audit?site=news', { token: modToken });
        const entry = audit.body.entries.find((e: any) => e.action === 'comment.approve' && e.targetId === held.body.comment.id);
        assert.equal(entry.actor.email, 'mod@news.example');
        assert.equal(entry.detail.reason, 'Rude but on topic');
      });

      it('rejects and bans in one call, and bulk-rejects a batch', async () => {
        const a = await postComment(s, story.id, 'Published, then found to be a sock puppet', { name: 'Sock' });
        const res = await s.call('POST', `/api/v1/admin/comments/${a.comment.id}/reject`, { token: modToken, body: { reason: 'Sock puppet', ban: { kind: 'suspend', hours: 24, reason: 'Sock puppet of a banned user' } } });
        assert.equal(res.body.status, 'rejected');
        assert.equal(res.body.author.status, 'suspended');
        const again = await s.call('POST', '/api/v1/comments', { token: a.token, body: { story: String(story.id), body: 'still here' } });
        assert.equal(again.body.error.code, 'AUTHOR_SUSPENDED');

        const ids: number[] = [];
        for (let i = 0; i < 3; i++) ids.push((await postComment(s, story.id, `Batch ${i} text`, { name: `B${i}` })).comment.id);
        const bulk = await s.call('POST', '/api/v1/admin/comments/bulk', { token: modToken, body: { ids, action: 'reject', reason: 'Off topic' } });
        assert.equal(bulk.body.updated, 3);
        const rejected = await s.call('GET', '/api/v1/admin/queue?site=news&queue=rejected&limit=100', { token: modToken });
        for (const id of ids) assert.ok(rejected.body.items.some((i: any) => i.id === id));
        const audit = await s.call('GET', '/api/v1/admin/audit?site=news&limit=200', { token: s.adminKey });
        assert.ok(audit.body.entries.some((e: any) => e.action === 'author.suspended' && e.detail.reason === 'Sock puppet of a banned user'));
        assert.equal(audit.body.entries.filter((e: any) => e.action === 'comment.reject' && ids.includes(e.targetId)).length, 3);
      });

      it('hides a comment once reader reports reach the site threshold, and lists it as Reported', async () => {
        const target = await postComment(s, story.id, 'A comment readers dislike', { name: 'Target' });
        const statuses: boolean[] = [];
        for (let i = 0; i < 3; i++) {
          const reader = (await s.call('POST', '/api/v1/readers', { body: { site: 'news' } })).body.readerToken;
          const r = await s.call('POST', `/api/v1/comments/${target.comment.id}/report`, { token: reader, body: { reason: 'abuse', note: `report ${i}` } });
          assert.equal(r.status, 201);
          statuses.push(r.body.hidden);
        }
        assert.deepEqual(statuses, [false, false, true]);
        const thread = await s.call('GET', `/api/v1/threads?story=${story.id}&limit=100`);
        assert.equal(thread.body.comments.some((c: any) => c.id === target.comment.id), false);
        const reported = await s.call('GET', '/api/v1/admin/queue?site=news&queue=reported', { token: modToken });
        const item = reported.body.items.find((i: any) => i.id === target.comment.id);
        assert.equal(item.reportCount, 3);
        assert.equal(item.reports.length, 3);
      });

      it('counts a reader\'s repeated report once', async () => {
        const target = await postComment(s, story.id, 'Reported twice by one reader', { name: 'T2' });
        const reader = (await s.call('POST', '/api/v1/readers', { body: { site: 'news' } })).body.readerToken;
        for (let i = 0; i < 3; i++) await s.call('POST', `/api/v1/comments/${target.comment.id}/report`, { token: reader, body: { reason: 'spam' } });
        const ctx = await s.call('GET', `/api/v1/admin/comments/${target.comment.id}`, { token: modToken });
        assert.equal(ctx.body.comment.reportCount, 1);
        assert.equal(ctx.body.comment.status, 'published');
      });

      it('shows the author panel with name history and authors sharing the same IP hash', async () => {
        const first = await postComment(s, story.id, 'Posting as Kate', { name: 'Kate' });
        await s.call('POST', '/api/v1/comments', { token: first.token, body: { story: String(story.id), body: 'Now posting as Katie', author: { name: 'Katie' } } });
        await postComment(s, story.id, 'A different identity, same machine', { name: 'Totally Not Kate' });
        const ctx = await s.call('GET', `/api/v1/admin/comments/${first.comment.id}`, { token: modToken });
        const panel = await s.call('GET', `/api/v1/admin/authors/${ctx.body.comment.author.id}`, { token: modToken });
        assert.deepEqual(panel.body.nameHistory.map((n: any) => n.name), ['Kate', 'Katie']);
        assert.ok(panel.body.sameIp.some((a: any) => a.name === 'Totally Not Kate'));
        assert.ok(ctx.body.trace.length > 3, 'the pipeline trace is kept');
      });

      it('reports a dashboard with outcomes per day and busiest stories', async () => {
        const d = await s.call('GET', '/api/v1/admin/dashboard?site=news&days=7', { token: modToken });
        assert.equal(d.status, 200);
        assert.equal(d.body.days.length, 7);
        const today = d.body.days[6];
        assert.ok(today.published > 0 && today.rejected > 0);
        assert.equal(d.body.busiestStories[0].title, 'War diary');
        assert.ok(d.body.rejectedShare > 0 && d.body.rejectedShare < 1);
      });
    });

    describe('authorization of every moderation route', () => {
      const routes = (commentId: number, authorId: number): Array<[string, string, unknown?]> => [
        ['GET', '/api/v1/admin/queue?site=news&queue=pending'],
        ['GET', `/api/v1/admin/comments/${commentId}`],
        ['POST', `/api/v1/admin/comments/${commentId}/approve`, {}],
        ['POST', `/api/v1/admin/comments/${commentId}/reject`, {}],
        ['POST', '/api/v1/admin/comments/bulk', { ids: [commentId], action: 'reject' }],
        ['GET', `/api/v1/admin/authors/${authorId}`],
        ['POST', `/api/v1/admin/authors/${authorId}/status`, { status: 'banned', reason: 'x' }],
        ['GET', '/api/v1/admin/sites/news/moderation'],
        ['GET', '/api/v1/admin/audit?site=news'],
        ['GET', '/api/v1/admin/dashboard?site=news'],
        ['GET', '/api/v1/admin/stories?site=news'],
      ];

      it('answers 403 to a moderator of another site and 401 to a reader, and changes nothing', async () => {
        const victim = await postComment(s, story.id, 'Nobody outside may touch this', { name: 'Safe' });
        const authorId = (await s.call('GET', `/api/v1/admin/comments/${victim.comment.id}`, { token: s.adminKey })).body.comment.author.id;
        const settings = (await s.call('GET', '/api/v1/admin/sites/news/moderation', { token: s.adminKey })).body;
        const reader = (await s.call('POST', '/api/v1/readers', { body: { site: 'news' } })).body.readerToken;
        for (const [method, path, body] of [...routes(victim.comment.id, authorId), ['PUT', '/api/v1/admin/sites/news/moderation', settings] as [string, string, unknown]]) {
          const asOther = await s.call(method, path, { token: otherModToken, body });
          assert.equal(asOther.status, 403, `${method} ${path} as another site's moderator`);
          assert.equal(asOther.body.error.code, 'FORBIDDEN');
          const asReader = await s.call(method, path, { token: reader, body });
          assert.equal(asReader.status, 401, `${method} ${path} as a reader`);
        }
        const ctx = await s.call('GET', `/api/v1/admin/comments/${victim.comment.id}`, { token: s.adminKey });
        assert.equal(ctx.body.comment.status, 'published');
        assert.equal(ctx.body.comment.author.status, 'active');
      });
    });
  });
}
