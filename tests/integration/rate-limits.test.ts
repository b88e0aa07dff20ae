import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addStory, postComment, startServer } from '../helpers/server.ts';

describe('write rate limits', () => {
  it('answers 429 RATE_LIMITED with Retry-After once a reader exceeds the per-reader limit, and stores nothing more', async () => {
    const s = await startServer('sqlite', { rateLimits: true, writesPerMinutePerReader: 3, writesPerMinutePerIp: 100 });
    try {
      const story = await addStory(s);
      const { token } = await postComment(s, story.id, 'one', { name: 'Fast' }); // anonymous first post counts for the IP only
      for (let i = 0; i < 3; i++) assert.equal((await s.call('POST', '/api/v1/comments', { token, body: { story: String(story.id), body: `n${i}` } })).status, 201);
      const res = await s.call('POST', '/api/v1/comments', { token, body: { story: String(story.id), body: 'too many' } });
      assert.equal(res.status, 429);
      assert.equal(res.body.error.code, 'RATE_LIMITED');
      assert.ok(Number(res.headers.get('retry-after')) >= 1);
      const thread = await s.call('GET', `/api/v1/threads?story=${story.id}&limit=100`);
      assert.equal(thread.body.story.commentCount, 4);
    } finally {
      await s.close();
    }
  });

  it('limits one IP across many guest identities', async () => {
    const s = await startServer('sqlite', { rateLimits: true, writesPerMinutePerReader: 100, writesPerMinutePerIp: 5 });
    try {
      const story = await addStory(s);
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await s.call('POST', '/api/v1/comments', { body: { story: String(story.id), body: `guest ${i}`, author: { name: `G${i}` } } })).status);
      assert.deepEqual(statuses, [201, 201, 201, 201, 201, 429, 429]);
    } finally {
      await s.close();
    }
  });

  it('does not limit writes when PARLEY_RATE_LIMITS=off', async () => {
    const s = await startServer('sqlite', { rateLimits: false, writesPerMinutePerReader: 1, writesPerMinutePerIp: 1 });
    try {
      const story = await addStory(s);
      for (let i = 0; i < 5; i++) await postComment(s, story.id, `bulk ${i}`, { name: 'Importer' });
      const thread = await s.call('GET', `/api/v1/threads?story=${story.id}`);
      assert.equal(thread.body.story.commentCount, 5);
    } finally {
      await s.close();
    }
  });

  it('limits sign-in attempts per IP, so passwords cannot be guessed at speed', async () => {
    const s = await startServer('sqlite', { rateLimits: true, writesPerMinutePerIp: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await s.call('POST', '/api/v1/auth/sign-in', { body: { email: 'admin@news.example', password: `guess ${i} guess` } })).status);
      assert.deepEqual(statuses, [401, 401, 401, 429, 429]);
    } finally {
      await s.close();
    }
  });
});

describe('cross-site request forgery', () => {
  it('refuses a cross-site form post: writes accept only JSON (which needs a CORS preflight) and carry no ambient credentials', async () => {
    const s = await startServer('sqlite', { rateLimits: false });
    try {
      const story = await addStory(s);
      for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
        const res = await s.call('POST', '/api/v1/comments', { raw: `story=${story.id}&body=forged&author[name]=x`, headers: { 'content-type': type, origin: 'https://evil.example', cookie: 'session=stolen' } });
        assert.equal(res.status, 415, type);
      }
      const thread = await s.call('GET', `/api/v1/threads?story=${story.id}`);
      assert.equal(thread.body.story.commentCount, 0);
    } finally {
      await s.close();
    }
  });
});
