import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config/load.ts';
import { buildApp } from '../../src/server/app.ts';
import { loggerOptions } from '../../src/server/logger.ts';
import { openDeps } from '../../src/services/open-deps.ts';

describe('request logs', () => {
  it('keep no query strings, tokens or client addresses', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const deps = await openDeps(loadConfig({ DATABASE_URL: 'sqlite::memory:' }));
    const app = await buildApp(deps, { logger: { ...(loggerOptions('info') as object), stream } });
    try {
      await app.inject({ method: 'GET', url: '/admin/invite?token=pi_secret_invite', remoteAddress: '203.0.113.9' });
      await app.inject({ method: 'GET', url: '/api/v1/threads?story=1&cursor=c_secret', headers: { authorization: 'Bearer pr_secret_token' }, remoteAddress: '203.0.113.9' });
      const log = lines.join('');
      assert.match(log, /"path":"\/admin\/invite"/, 'requests are still logged');
      for (const secret of ['pi_secret_invite', 'c_secret', 'pr_secret_token', '203.0.113.9']) assert.equal(log.includes(secret), false, secret);
    } finally {
      await app.close();
      await deps.store.close();
    }
  });
});
