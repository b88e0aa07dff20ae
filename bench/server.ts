/**
 * The server under test for bench/run.ts, started as its own process so the load generator never
 * shares its event loop. Seeds a 1,000-comment story, adds a constant route for the baseline, and
 * prints one JSON line with the port and story ids when ready.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config/load.ts';
import { buildApp } from '../src/server/app.ts';
import { createComment } from '../src/services/comments/create-comment.ts';
import { openDeps } from '../src/services/open-deps.ts';
import { addSite } from '../src/services/sites/add-site.ts';
import { registerStory } from '../src/services/stories/register-story.ts';

const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${join(mkdtempSync(join(tmpdir(), 'parley-bench-')), 'bench.db')}`;
const deps = await openDeps(loadConfig({ DATABASE_URL: databaseUrl, PARLEY_RATE_LIMITS: 'off', LOG_LEVEL: 'silent' }));
await addSite(deps, 'system', { name: 'bench', origins: ['http://127.0.0.1'] });
const read = await registerStory(deps, 'system', { site: 'bench', url: 'http://127.0.0.1/articles/thousand', title: 'A thousand comments' });
const write = await registerStory(deps, 'system', { site: 'bench', url: 'http://127.0.0.1/articles/writes', title: 'Write target' });

let lastTop = 0;
for (let i = 0; i < 1000; i++) {
  const parentId = i % 5 === 4 ? lastTop : undefined;
  const body = `Comment ${i}: a reasonably sized reader comment with **some emphasis**, a [link](https://example.org/${i}) and a couple of sentences about the story so the payload looks real.`;
  const { comment } = await createComment(deps, { input: { story: String(read.id), parentId, body, author: { name: `Reader ${i % 60}` } }, reader: undefined, ip: '127.0.0.1' });
  if (parentId === undefined) lastTop = comment.id;
}

const app = await buildApp(deps);
// The baseline: a plain Fastify route returning a constant, served by the same process.
app.get('/bench/constant', async () => ({ hello: 'world' }));
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0, readStory: read.id, writeStory: write.id, dialect: deps.store.dialect }) + '\n');
process.on('SIGTERM', async () => {
  await app.close();
  await deps.store.close();
  process.exit(0);
});
