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
});
