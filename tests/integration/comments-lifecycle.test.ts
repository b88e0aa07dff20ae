import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addStory, dialects, postComment, startServer, type TestServer } from '../helpers/server.ts';

for (const dialect of await dialects()) {
  describe(`comment life-cycle on ${dialect}`, () => {
    let s: TestServer;
    before(async () => { s = await startServer(dialect, { rateLimits: false }); });
    after(async () => { await s.close(); });

    describe('POST /api/v1/comments', () => {
      it('publishes a guest comment with rendered HTML and returns an author token', async () => {
        const story = await addStory(s);
        const res = await s.call('POST', '/api/v1/comments', { body: { story: story.url, body: 'Hello **world**', author: { name: 'Ada', email: 'ada@example.com' } } });
        assert.equal(res.status, 201);
        assert.equal(res.body.comment.status, 'published');
        assert.equal(res.body.comment.html, '<p>Hello <strong>world</strong></p>');
        assert.equal(res.body.comment.author.name, 'Ada');
        assert.match(res.body.authorToken, /^pr_/);
        const thread = await s.call('GET', `/api/v1/threads?story=${encodeURIComponent(story.url)}`);
        assert.equal(thread.body.story.commentCount, 1);
        assert.equal(thread.body.comments[0].html, '<p>Hello <strong>world</strong></p>');
        assert.equal('email' in thread.body.comments[0].author, false, 'emails are never public');
      });

      it('finds the story by URL despite tracking parameters, fragment and trailing slash', async () => {
        const story = await addStory(s, { url: 'https://news.example/articles/war-diary' });
        await postComment(s, 'https://news.example/articles/war-diary/?utm_source=feed#comments', 'Found it');
        const thread = await s.call('GET', `/api/v1/threads?story=${story.id}`);
        assert.equal(thread.body.comments.length, 1);
      });

      it('lets a returning guest post with their token and keeps one identity', async () => {
        const story = await addStory(s);
        const first = await postComment(s, story.id, 'first', { name: 'Sam' });
        const second = await s.call('POST', '/api/v1/comments', { token: first.token, body: { story: String(story.id), body: 'second' } });
        assert.equal(second.status, 201);
        assert.equal(second.body.comment.author.name, 'Sam');
        assert.equal(second.body.authorToken, undefined, 'a known reader gets no new token');
      });

      it('renders a quote-reply as a blockquote nested under its parent', async () => {
        const story = await addStory(s);
        const parent = await postComment(s, story.id, 'The bridge was never safe.', { name: 'Ola' });
        const reply = await postComment(s, story.id, '> The bridge was never safe.\n\nIt passed every inspection.', { name: 'Ben', parentId: parent.comment.id });
        assert.equal(reply.comment.html, '<blockquote>\n<p>The bridge was never safe.</p>\n</blockquote>\n<p>It passed every inspection.</p>');
        const thread = await s.call('GET', `/api/v1/threads?story=${story.id}`);
        assert.equal(thread.body.comments[0].replies[0].id, reply.comment.id);
      });

      it('stores no raw HTML: scripts, event handlers and javascript: links are inert', async () => {
        const story = await addStory(s);
        const { comment } = await postComment(s, story.id, '<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) [ok](https://example.org)', { name: '<b onmouseover=alert(4)>Eve</b>' });
        assert.doesNotMatch(comment.html, /<script|<img|href="javascript|<[^>]*\son\w+=/i);
        assert.match(comment.html, /&lt;script&gt;/);
        assert.match(comment.html, /<a href="https:\/\/example.org" rel="nofollow ugc noopener" target="_blank">ok<\/a>/);
        assert.equal(comment.author.name, '<b onmouseover=alert(4)>Eve</b>', 'names are plain text; clients escape them');
      });

      it('attaches replies deeper than the cap to the deepest allowed level and remembers whom they answered', async () => {
        const story = await addStory(s);
        let parentId: number | undefined;
        const ids: number[] = [];
        for (let depth = 0; depth <= s.deps.config.maxDepth + 1; depth++) {
          const { comment } = await postComment(s, story.id, `level ${depth}`, { name: 'Deep', parentId });
          ids.push(comment.id);
          parentId = comment.id;
        }
        const capped = await s.call('GET', `/api/v1/threads?story=${story.id}`);
        const last = ids[ids.length - 1]!;
        const flat = JSON.stringify(capped.body);
        assert.ok(flat.includes(`"id":${last}`));
        const reattached = (function find(n: any): any { return n.id === last ? n : n.replies.map(find).find(Boolean); })(capped.body.comments[0]);
        assert.equal(reattached.replyToId, ids[ids.length - 2]);
        assert.notEqual(reattached.parentId, ids[ids.length - 2]);
      });
    });

    describe('PATCH and DELETE /api/v1/comments/:id', () => {
      it('lets the author edit, re-renders and keeps the old text as a revision', async () => {
        const story = await addStory(s);
        const { comment, token } = await postComment(s, story.id, 'teh first draft', { name: 'Kim' });
        const res = await s.call('PATCH', `/api/v1/comments/${comment.id}`, { token, body: { body: 'the *first* draft' } });
        assert.equal(res.status, 200);
        assert.equal(res.body.html, '<p>the <em>first</em> draft</p>');
        assert.ok(res.body.editedAt);
        const { listRevisions } = await import('../../src/store/repositories/comments.ts');
        const revisions = await listRevisions(s.deps.store.db, comment.id);
        assert.deepEqual(revisions.map((r) => r.body), ['teh first draft']);
      });

      it('refuses an edit by someone else with NOT_COMMENT_AUTHOR and changes nothing', async () => {
        const story = await addStory(s);
        const { comment } = await postComment(s, story.id, 'mine', { name: 'Kim' });
        const other = await postComment(s, story.id, 'theirs', { name: 'Lee' });
        const res = await s.call('PATCH', `/api/v1/comments/${comment.id}`, { token: other.token, body: { body: 'hijacked' } });
        assert.equal(res.status, 403);
        assert.equal(res.body.error.code, 'NOT_COMMENT_AUTHOR');
        const thread = await s.call('GET', `/api/v1/threads?story=${story.id}&sort=oldest`);
        assert.equal(thread.body.comments[0].html, '<p>mine</p>');
      });

      it('refuses edits without a token, with a wrong token, and with a malformed header', async () => {
        const story = await addStory(s);
        const { comment } = await postComment(s, story.id, 'mine', { name: 'Kim' });
        const none = await s.call('PATCH', `/api/v1/comments/${comment.id}`, { body: { body: 'x' } });
        assert.equal(none.status, 401);
        assert.equal(none.body.error.code, 'AUTH_REQUIRED');
        const wrong = await s.call('PATCH', `/api/v1/comments/${comment.id}`, { token: 'pr_not-a-real-token', body: { body: 'x' } });
        assert.equal(wrong.status, 401);
        assert.equal(wrong.body.error.code, 'INVALID_TOKEN');
        const malformed = await s.call('PATCH', `/api/v1/comments/${comment.id}`, { headers: { authorization: 'Basic abc' }, body: { body: 'x' } });
        assert.equal(malformed.body.error.code, 'INVALID_TOKEN');
      });

      it('keeps a deleted comment with replies as a tombstone and drops one without replies', async () => {
        const story = await addStory(s);
        const parent = await postComment(s, story.id, 'parent text', { name: 'P' });
        await postComment(s, story.id, 'reply', { name: 'R', parentId: parent.comment.id });
        const lonely = await postComment(s, story.id, 'lonely', { name: 'L' });
        assert.equal((await s.call('DELETE', `/api/v1/comments/${parent.comment.id}`, { token: parent.token })).status, 204);
        assert.equal((await s.call('DELETE', `/api/v1/comments/${lonely.comment.id}`, { token: lonely.token })).status, 204);
        const thread = await s.call('GET', `/api/v1/threads?story=${story.id}&sort=oldest`);
        assert.equal(thread.body.comments.length, 1);
        const tomb = thread.body.comments[0];
        assert.equal(tomb.status, 'deleted');
        assert.equal(tomb.html, '');
        assert.equal(tomb.author, null);
        assert.equal(tomb.replies[0].html, '<p>reply</p>');
        assert.equal(thread.body.story.commentCount, 1);
        const again = await s.call('PATCH', `/api/v1/comments/${parent.comment.id}`, { token: parent.token, body: { body: 'back' } });
        assert.equal(again.body.error.code, 'COMMENT_DELETED');
      });
    });

    describe('POST /api/v1/comments/:id/vote', () => {
      it('counts one vote per reader, lets it change and be withdrawn', async () => {
        const story = await addStory(s);
        const { comment } = await postComment(s, story.id, 'vote on me', { name: 'A' });
        const voter = (await s.call('POST', '/api/v1/readers', { body: { site: 'news' } })).body.readerToken;
        const other = await postComment(s, story.id, 'another', { name: 'B' });
        assert.deepEqual((await s.call('POST', `/api/v1/comments/${comment.id}/vote`, { token: voter, body: { value: 1 } })).body, { id: comment.id, up: 1, down: 0, myVote: 1 });
        assert.deepEqual((await s.call('POST', `/api/v1/comments/${comment.id}/vote`, { token: voter, body: { value: 1 } })).body, { id: comment.id, up: 1, down: 0, myVote: 1 });
        assert.deepEqual((await s.call('POST', `/api/v1/comments/${comment.id}/vote`, { token: other.token, body: { value: -1 } })).body, { id: comment.id, up: 1, down: 1, myVote: -1 });
        assert.deepEqual((await s.call('POST', `/api/v1/comments/${comment.id}/vote`, { token: voter, body: { value: -1 } })).body, { id: comment.id, up: 0, down: 2, myVote: -1 });
        assert.deepEqual((await s.call('POST', `/api/v1/comments/${comment.id}/vote`, { token: voter, body: { value: 0 } })).body, { id: comment.id, up: 0, down: 1, myVote: 0 });
        const thread = await s.call('GET', `/api/v1/threads?story=${story.id}&sort=oldest`);
        assert.equal(thread.body.comments[0].down, 1);
      });

      it('refuses a vote on your own comment with SELF_VOTE and counts nothing', async () => {
        const story = await addStory(s);
        const { comment, token } = await postComment(s, story.id, 'I agree with myself', { name: 'Vain' });
        const res = await s.call('POST', `/api/v1/comments/${comment.id}/vote`, { token, body: { value: 1 } });
        assert.equal(res.status, 403);
        assert.equal(res.body.error.code, 'SELF_VOTE');
        const thread = await s.call('GET', `/api/v1/threads?story=${story.id}`);
        assert.equal(thread.body.comments[0].up, 0);
      });

      it('refuses a vote value other than 1, -1 or 0', async () => {
        const story = await addStory(s);
        const { comment } = await postComment(s, story.id, 'x', { name: 'A' });
        const voter = (await s.call('POST', '/api/v1/readers', { body: { site: 'news' } })).body.readerToken;
        const res = await s.call('POST', `/api/v1/comments/${comment.id}/vote`, { token: voter, body: { value: 5 } });
        assert.equal(res.status, 400);
        assert.equal(res.body.error.code, 'VALIDATION_FAILED');
      });
    });

    describe('admin stories', () => {
      it('closes a story: new comments, edits and votes are refused, and reopening allows them again', async () => {
        const story = await addStory(s);
        const { comment, token } = await postComment(s, story.id, 'before closing', { name: 'A' });
        const closed = await s.call('PATCH', `/api/v1/admin/stories/${story.id}`, { token: s.adminKey, body: { closed: true } });
        assert.equal(closed.status, 200);
        assert.equal(closed.body.closed, true);
        const refused = await s.call('POST', '/api/v1/comments', { body: { story: String(story.id), body: 'after', author: { name: 'B' } } });
        assert.equal(refused.status, 403);
        assert.equal(refused.body.error.code, 'STORY_CLOSED');
        const edit = await s.call('PATCH', `/api/v1/comments/${comment.id}`, { token, body: { body: 'changed' } });
        assert.equal(edit.body.error.code, 'STORY_CLOSED');
        const thread = await s.call('GET', `/api/v1/threads?story=${story.id}`);
        assert.equal(thread.body.story.closed, true);
        assert.equal(thread.body.story.commentCount, 1);
        await s.call('PATCH', `/api/v1/admin/stories/${story.id}`, { token: s.adminKey, body: { closed: false } });
        assert.equal((await s.call('POST', '/api/v1/comments', { body: { story: String(story.id), body: 'reopened', author: { name: 'B' } } })).status, 201);
      });

      it('refuses admin routes without a valid admin key', async () => {
        const none = await s.call('POST', '/api/v1/admin/stories', { body: { site: 'news', url: 'https://news.example/x', title: 'x' } });
        assert.equal(none.status, 401);
        assert.equal(none.body.error.code, 'STAFF_AUTH_REQUIRED');
        const reader = await s.call('POST', '/api/v1/readers', { body: { site: 'news' } });
        const asReader = await s.call('GET', '/api/v1/admin/stories?site=news', { token: reader.body.readerToken });
        assert.equal(asReader.status, 401);
      });

      it('refuses a duplicate story URL on the same site', async () => {
        const story = await addStory(s);
        const dup = await s.call('POST', '/api/v1/admin/stories', { token: s.adminKey, body: { site: 'news', url: story.url + '#again', title: 'Again' } });
        assert.equal(dup.status, 409);
        assert.equal(dup.body.error.code, 'STORY_EXISTS');
      });
    });

    describe('GET /api/v1/counts', () => {
      it('answers many stories in one call, by id or URL, with 0 for unknown ones', async () => {
        const a = await addStory(s);
        const b = await addStory(s);
        await postComment(s, a.id, 'one', { name: 'x' });
        await postComment(s, a.id, 'two', { name: 'x' });
        await postComment(s, b.id, 'three', { name: 'x' });
        const res = await s.call('GET', `/api/v1/counts?story=${a.id}&story=${encodeURIComponent(b.url)}&story=https%3A%2F%2Fnews.example%2Fnope`);
        assert.equal(res.status, 200);
        assert.deepEqual(res.body.counts.map((c: any) => c.count), [2, 1, 0]);
        assert.equal(res.body.counts[1].id, b.id);
      });
    });

    describe('GET /api/v1/threads caching', () => {
      it('answers 304 to a matching If-None-Match and a new ETag after a write', async () => {
        const story = await addStory(s);
        await postComment(s, story.id, 'one', { name: 'x' });
        const first = await s.call('GET', `/api/v1/threads?story=${story.id}`);
        const etag = first.headers.get('etag')!;
        const again = await s.call('GET', `/api/v1/threads?story=${story.id}`, { headers: { 'if-none-match': etag } });
        assert.equal(again.status, 304);
        await postComment(s, story.id, 'two', { name: 'y' });
        const after = await s.call('GET', `/api/v1/threads?story=${story.id}`, { headers: { 'if-none-match': etag } });
        assert.equal(after.status, 200);
        assert.equal(after.body.comments.length, 2);
      });
    });
  });
}
