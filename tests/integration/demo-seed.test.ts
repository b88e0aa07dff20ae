import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedDemo } from '../../src/services/demo/seed-demo.ts';
import { DEMO_STORIES } from '../../src/services/demo/demo-content.ts';
import { startServer } from '../helpers/server.ts';

describe('the demo seed', () => {
  it('creates the sample stories once, and on a later start from another port only allows that origin', async () => {
    const s = await startServer('sqlite', { rateLimits: false });
    try {
      await seedDemo(s.deps, 'http://localhost:8080');
      await seedDemo(s.deps, 'http://localhost:8181');
      const stories = await s.call('GET', '/api/v1/admin/stories?site=demo', { token: s.adminKey });
      assert.equal(stories.body.stories.length, DEMO_STORIES.length);
      const sites = await s.call('GET', '/api/v1/admin/sites', { token: s.adminKey });
      assert.deepEqual(sites.body.sites.find((x: any) => x.name === 'demo').origins, ['http://localhost:8080', 'http://localhost:8181']);
      const first = stories.body.stories.find((x: any) => x.url.endsWith('/articles/harbour-bridge-reopens'));
      assert.equal(first.commentCount, DEMO_STORIES[0]!.comments.length);
    } finally {
      await s.close();
    }
  });
});
