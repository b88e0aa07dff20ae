import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/config/schema.ts';
import { buildApp } from '../../src/server/app.ts';
import { createAdmin } from '../../src/services/accounts/create-admin.ts';
import type { Deps } from '../../src/services/deps.ts';
import { openDeps } from '../../src/services/open-deps.ts';
import { addSite } from '../../src/services/sites/add-site.ts';

export type DialectName = 'sqlite' | 'postgres';
const PG_ADMIN_URL = process.env.PARLEY_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** SQLite always; PostgreSQL when reachable, and required when CI=true so a CI run can never skip it silently. */
export async function dialects(): Promise<DialectName[]> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return ['sqlite', 'postgres'];
  } catch (err) {
    if (process.env.CI === 'true') throw new Error(`PostgreSQL is required in CI but unreachable at ${PG_ADMIN_URL}: ${(err as Error).message}`);
    return ['sqlite'];
  }
}

export interface TestServer {
  url: string;
  deps: Deps;
  adminKey: string;
  /** fetch against the server with JSON in and out. */
  call: (method: string, path: string, opts?: { body?: unknown; token?: string; headers?: Record<string, string>; raw?: string }) => Promise<{ status: number; body: any; headers: Headers }>;
  close: () => Promise<void>;
}

/** A real server on a loopback port over a fresh database: a temp SQLite file, or a new PostgreSQL database. */
export async function startServer(dialect: DialectName, overrides: Partial<Config> = {}, opts: { now?: () => number } = {}): Promise<TestServer> {
  const cleanups: Array<() => Promise<void> | void> = [];
  let databaseUrl: string;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'parley-test-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    databaseUrl = `sqlite:${join(dir, 'parley.db')}`;
  } else {
    const name = `parley_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    cleanups.push(async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    });
  }
  const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' }, overrides);
  const deps = await openDeps(config, opts);
  const app = await buildApp(deps);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  await addSite(deps, 'system', { name: 'news', title: 'Test News', origins: ['https://news.example'] });
  const { apiKey } = await createAdmin(deps, { email: 'admin@news.example' });

  const call: TestServer['call'] = async (method, path, o = {}) => {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (o.body !== undefined || o.raw !== undefined) headers['content-type'] ??= 'application/json';
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    const res = await fetch(url + path, { method, headers, body: o.raw ?? (o.body === undefined ? undefined : JSON.stringify(o.body)) });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch { /* keep text */ }
    return { status: res.status, body, headers: res.headers };
  };

  return {
    url, deps, adminKey: apiKey, call,
    close: async () => {
      await app.close();
      await deps.store.close();
      for (const c of cleanups.reverse()) await c();
    },
  };
}

/** Registers a story through the admin API and returns its id. */
export async function addStory(s: TestServer, fields: { url?: string; title?: string; tags?: string[] } = {}): Promise<{ id: number; url: string }> {
  const url = fields.url ?? `https://news.example/articles/${randomBytes(4).toString('hex')}`;
  const res = await s.call('POST', '/api/v1/admin/stories', { token: s.adminKey, body: { site: 'news', url, title: fields.title ?? 'A story', tags: fields.tags ?? [] } });
  if (res.status !== 201) throw new Error(`story not created: ${JSON.stringify(res.body)}`);
  return { id: res.body.id, url };
}

/** Posts a guest comment; returns the comment and the guest's token. */
export async function postComment(s: TestServer, story: number | string, body: string, opts: { name?: string; token?: string; parentId?: number } = {}) {
  const res = await s.call('POST', '/api/v1/comments', {
    token: opts.token,
    body: { story: String(story), body, parentId: opts.parentId, author: opts.token && !opts.name ? undefined : { name: opts.name ?? 'Reader' } },
  });
  if (res.status !== 201) throw new Error(`comment not created (${res.status}): ${JSON.stringify(res.body)}`);
  return { comment: res.body.comment, token: (res.body.authorToken as string | undefined) ?? opts.token! };
}
