/**
 * `npm run bench`: starts bench/server.ts in a child process and drives it with autocannon from
 * this process over loopback. Prints figures; it asserts nothing (targets are read by people).
 *   thread read  GET /api/v1/threads (first page of a 1,000-comment story)
 *   constant     GET /bench/constant (plain Fastify handler, same process) → the ratio
 *   writes       POST /api/v1/comments through the whole write path (new guest each time)
 * BENCH_SECONDS (default 10) sets each run's length; BENCH_DATABASE_URL benchmarks PostgreSQL.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

interface Figures { rps: number; p50: number; p99: number; errors: number; non2xx: number }

async function load(opts: autocannon.Options): Promise<Figures> {
  const r = await autocannon({ connections: 10, duration: SECONDS, ...opts });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

export async function benchHttp(): Promise<Record<string, number | string>> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./server.ts', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    });
    const { port, readStory, writeStory, dialect } = JSON.parse(line);
    const base = `http://127.0.0.1:${port}`;
    await load({ url: `${base}/api/v1/threads?story=${readStory}`, duration: 2 }); // warm-up

    const constant = await load({ url: `${base}/bench/constant` });
    const thread = await load({ url: `${base}/api/v1/threads?story=${readStory}` });
    let n = 0;
    const writes = await load({
      url: `${base}/api/v1/comments`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupClient: (client) => {
        client.setBody(JSON.stringify({ story: String(writeStory), body: 'A new comment with *emphasis* and a [link](https://example.org).', author: { name: 'Bench' } }));
      },
      requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ story: String(writeStory), body: `Comment number ${n++} with *emphasis* and a [link](https://example.org/${n}).`, author: { name: `Bench ${n % 50}` } }) }) }],
    });
    const page = await (await fetch(`${base}/api/v1/threads?story=${readStory}`)).text();
    return {
      storage: dialect,
      'thread read req/s': Math.round(thread.rps), 'thread read p50 ms': thread.p50, 'thread read p99 ms': thread.p99,
      'thread page bytes': page.length,
      'constant route req/s': Math.round(constant.rps), 'constant p99 ms': constant.p99,
      'read / constant': Number((thread.rps / constant.rps).toFixed(2)),
      'comment writes/s': Math.round(writes.rps), 'write p50 ms': writes.p50, 'write p99 ms': writes.p99,
      'errors (all runs)': thread.errors + constant.errors + writes.errors + thread.non2xx + constant.non2xx + writes.non2xx,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

function print(title: string, figures: Record<string, number | string>) {
  console.log(`\n${title}`);
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(24)} ${v}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  print(`HTTP (${SECONDS} s per run, 10 connections, loopback)`, await benchHttp());
  for (const [file, fn, title] of [['./widget.ts', 'benchWidget', 'Widget (Chromium)'], ['./moderation.ts', 'benchModeration', 'Moderation']] as const) {
    try {
      const mod = await import(file);
      print(title, await mod[fn]());
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw err;
    }
  }
}
