import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addStory, dialects, postComment, startServer, type TestServer } from '../helpers/server.ts';

/** Every refusal is a 4xx with {error:{code,message}} and leaves what is stored exactly as it was. */
for (const dialect of await dialects()) {
  describe(`bad input on ${dialect}`, () => {
    let s: TestServer;
    let story: { id: number; url: string };
    let existing: { comment: any; token: string };
    let snapshot: string;

    before(async () => {
      s = await startServer(dialect, { rateLimits: false, maxBodyChars: 500 });
      story = await addStory(s);
      existing = await postComment(s, story.id, 'The original comment', { name: 'Keeper' });
      snapshot = JSON.stringify((await s.call('GET', `/api/v1/threads?story=${story.id}`)).body);
    });
    after(async () => { await s.close(); });

    async function assertUnchanged() {
      const now = JSON.stringify((await s.call('GET', `/api/v1/threads?story=${story.id}`)).body);
      assert.equal(now, snapshot, 'stored thread changed');
    }

    const cases: Array<[string, () => Promise<{ status: number; body: any }>, number, string]> = [
      ['missing body', () => s.call('POST', '/api/v1/comments', { body: { story: String(story.id), author: { name: 'A' } } }), 400, 'VALIDATION_FAILED'],
      ['empty body', () => s.call('POST', '/api/v1/comments', { body: { story: String(story.id), body: '   \n ', author: { name: 'A' } } }), 400, 'BODY_EMPTY'],
      ['oversized body', () => s.call('POST', '/api/v1/comments', { body: { story: String(story.id), body: 'x'.repeat(501), author: { name: 'A' } } }), 400, 'BODY_TOO_LONG'],
      ['request larger than the body limit', () => s.call('POST', '/api/v1/comments', { raw: JSON.stringify({ story: String(story.id), body: 'x'.repeat(300_000), author: { name: 'A' } }) }), 413, 'PAYLOAD_TOO_LARGE'],
      ['malformed JSON', () => s.call('POST', '/api/v1/comments', { raw: '{"story": "1", "body": ' }), 400, 'MALFORMED_JSON'],
      ['non-JSON content type', () => s.call('POST', '/api/v1/comments', { raw: 'body=hi', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['unknown field (server-set fields cannot be written)', () => s.call('POST', '/api/v1/comments', { body: { story: String(story.id), body: 'hi', status: 'published', author: { name: 'A' } } }), 400, 'VALIDATION_FAILED'],
      ['missing guest name', () => s.call('POST', '/api/v1/comments', { body: { story: String(story.id), body: 'hi' } }), 400, 'AUTHOR_NAME_REQUIRED'],
      ['overlong guest name', () => s.call('POST', '/api/v1/comments', { body: { story: String(story.id), body: 'hi', author: { name: 'n'.repeat(61) } } }), 400, 'VALIDATION_FAILED'],
      ['invalid guest email', () => s.call('POST', '/api/v1/comments', { body: { story: String(story.id), body: 'hi', author: { name: 'A', email: 'not-an-email' } } }), 400, 'VALIDATION_FAILED'],
      ['unknown story id', () => s.call('POST', '/api/v1/comments', { body: { story: '999999', body: 'hi', author: { name: 'A' } } }), 404, 'STORY_NOT_FOUND'],
      ['unknown story URL', () => s.call('POST', '/api/v1/comments', { body: { story: 'https://news.example/never', body: 'hi', author: { name: 'A' } } }), 404, 'STORY_NOT_FOUND'],
      ['story that is neither id nor URL', () => s.call('POST', '/api/v1/comments', { body: { story: 'javascript:alert(1)', body: 'hi', author: { name: 'A' } } }), 400, 'VALIDATION_FAILED'],
      ['reply to a missing parent', () => s.call('POST', '/api/v1/comments', { body: { story: String(story.id), body: 'hi', parentId: 999999, author: { name: 'A' } } }), 404, 'PARENT_NOT_FOUND'],
      ['wrong reader token', () => s.call('POST', '/api/v1/comments', { token: 'pr_forged', body: { story: String(story.id), body: 'hi' } }), 401, 'INVALID_TOKEN'],
      ['edit of a missing comment', () => s.call('PATCH', '/api/v1/comments/999999', { token: existing.token, body: { body: 'x' } }), 404, 'COMMENT_NOT_FOUND'],
      ['edit with an empty body', () => s.call('PATCH', `/api/v1/comments/${existing.comment.id}`, { token: existing.token, body: { body: '' } }), 400, 'BODY_EMPTY'],
      ['non-numeric comment id', () => s.call('PATCH', '/api/v1/comments/abc', { token: existing.token, body: { body: 'x' } }), 400, 'VALIDATION_FAILED'],
      ['vote without a token', () => s.call('POST', `/api/v1/comments/${existing.comment.id}/vote`, { body: { value: 1 } }), 401, 'AUTH_REQUIRED'],
      ['vote on own comment', () => s.call('POST', `/api/v1/comments/${existing.comment.id}/vote`, { token: existing.token, body: { value: 1 } }), 403, 'SELF_VOTE'],
      ['bad sort', () => s.call('GET', `/api/v1/threads?story=${story.id}&sort=random`), 400, 'VALIDATION_FAILED'],
      ['bad limit', () => s.call('GET', `/api/v1/threads?story=${story.id}&limit=1000`), 400, 'VALIDATION_FAILED'],
      ['garbage cursor', () => s.call('GET', `/api/v1/threads?story=${story.id}&cursor=not-a-cursor`), 400, 'BAD_CURSOR'],
      ['cursor from another sort', () => s.call('GET', `/api/v1/threads?story=${story.id}&sort=votes&cursor=${Buffer.from(JSON.stringify(['newest', 1, 1])).toString('base64url')}`), 400, 'BAD_CURSOR'],
      ['cursor with non-numbers', () => s.call('GET', `/api/v1/threads?story=${story.id}&cursor=${Buffer.from(JSON.stringify(['newest', 'x', "1 or 1=1"])).toString('base64url')}`), 400, 'BAD_CURSOR'],
      ['reader token for an unknown site', () => s.call('POST', '/api/v1/readers', { body: { site: 'nope' } }), 404, 'SITE_NOT_FOUND'],
      ['unknown route', () => s.call('GET', '/api/v1/nothing-here'), 404, 'NOT_FOUND'],
      ['counts without a story', () => s.call('GET', '/api/v1/counts'), 400, 'VALIDATION_FAILED'],
    ];

    for (const [name, request, status, code] of cases) {
      it(`answers ${status} ${code} for ${name} and changes nothing`, async () => {
        const res = await request();
        assert.equal(res.status, status, JSON.stringify(res.body));
        assert.equal(res.body.error.code, code);
        assert.equal(typeof res.body.error.message, 'string');
        assert.ok(res.body.error.message.length > 10, 'a human message');
        await assertUnchanged();
      });
    }

    it('refuses an edit after the edit window with EDIT_WINDOW_CLOSED', async () => {
      let now = Date.now();
      const t = await startServer(dialect, { rateLimits: false, editWindowSeconds: 60 }, { now: () => now });
      try {
        const st = await addStory(t);
        const { comment, token } = await postComment(t, st.id, 'early words', { name: 'A' });
        now += 61_000;
        const res = await t.call('PATCH', `/api/v1/comments/${comment.id}`, { token, body: { body: 'late words' } });
        assert.equal(res.status, 403);
        assert.equal(res.body.error.code, 'EDIT_WINDOW_CLOSED');
        const thread = await t.call('GET', `/api/v1/threads?story=${st.id}`);
        assert.equal(thread.body.comments[0].html, '<p>early words</p>');
      } finally {
        await t.close();
      }
    });
  });
}
