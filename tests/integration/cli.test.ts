import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const BIN = join(import.meta.dirname, '../../bin/parley.js');

describe('parley CLI', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
    env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'p.db')}`, LOG_LEVEL: 'silent' };
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const parley = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8' });

  it('prints help for every command', () => {
    for (const cmd of [['serve'], ['migrate'], ['site', 'add'], ['story', 'add'], ['admin', 'create']]) {
      const r = parley(...cmd, '--help');
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /Usage: parley/);
    }
    const top = parley('--help');
    assert.match(top.stdout, /story add/);
  });

  it('migrates, adds a site and a story with --json, and refuses a duplicate with a JSON error', () => {
    assert.equal(parley('migrate', '--json').status, 0);
    const again = JSON.parse(parley('migrate', '--json').stdout);
    assert.deepEqual(again, { applied: [] });
    const site = JSON.parse(parley('site', 'add', '--name', 'courier', '--origin', 'https://courier.example', '--json').stdout);
    assert.equal(site.name, 'courier');
    assert.deepEqual(site.origins, ['https://courier.example']);
    const updated = JSON.parse(parley('site', 'update', '--name', 'courier', '--origin', 'https://courier.example', '--origin', 'https://www.courier.example', '--json').stdout);
    assert.deepEqual(updated.origins, ['https://courier.example', 'https://www.courier.example']);
    const r = parley('story', 'add', '--site', 'courier', '--url', 'https://courier.example/a/1', '--title', 'First', '--tag', 'War', '--json');
    assert.equal(r.status, 0, r.stderr);
    const story = JSON.parse(r.stdout);
    assert.equal(typeof story.id, 'number');
    assert.equal(story.title, 'First');
    assert.deepEqual(story.tags, ['war']);
    const dup = parley('story', 'add', '--site', 'courier', '--url', 'https://courier.example/a/1', '--title', 'Again', '--json');
    assert.equal(dup.status, 1);
    assert.equal(JSON.parse(dup.stdout).error.code, 'STORY_EXISTS');
  });

  it('refuses unknown commands and flags with exit code 2', () => {
    assert.equal(parley('frobnicate').status, 2);
    assert.equal(parley('story', 'add', '--nope').status, 2);
  });

  it('creates an admin whose key opens the admin API of a served instance', async () => {
    const admin = JSON.parse(parley('admin', 'create', '--email', 'ed@courier.example', '--json').stdout);
    assert.match(admin.apiKey, /^pk_admin_/);
    const port = 20000 + Math.floor(Math.random() * 20000);
    const server = spawn(process.execPath, [BIN, 'serve'], { env: { ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'pipe' });
    try {
      const base = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 300; i++) {
        const ok = await fetch(`${base}/api/v1/health`).then((r) => r.status === 200, () => false);
        if (ok) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const res = await fetch(`${base}/api/v1/admin/stories?site=courier`, { headers: { authorization: `Bearer ${admin.apiKey}` } });
      assert.equal(res.status, 200);
      const body = await res.json() as { stories: Array<{ title: string }> };
      assert.deepEqual(body.stories.map((s) => s.title), ['First']);
      const spec = await (await fetch(`${base}/api/v1/openapi.json`)).json() as { openapi: string; paths: Record<string, unknown> };
      assert.match(spec.openapi, /^3\./);
      for (const path of ['/api/v1/threads', '/api/v1/comments/', '/api/v1/comments/{id}/vote', '/api/v1/counts', '/api/v1/admin/stories/']) {
        assert.ok(path in spec.paths, `OpenAPI documents ${path}`);
      }
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
  });
});
