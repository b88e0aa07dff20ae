import { randomBytes } from 'node:crypto';
import type { Config } from '../config/schema.ts';
import { connect } from '../store/connect.ts';
import { migrate } from '../store/migrate.ts';
import { getOrCreateSecret } from '../store/repositories/secrets.ts';
import type { Deps } from './deps.ts';
import { createMailer } from './mail/mailer.ts';
import { loadToxicityScorer } from './moderation/load-toxicity-model.ts';
import { ThreadCache } from './threads/thread-cache.ts';

/** The composition root shared by the server, the CLI, tests and benchmarks: connect, migrate, load secrets. */
export async function openDeps(config: Config, opts: { now?: () => number } = {}): Promise<Deps> {
  const store = connect(config.databaseUrl);
  try {
    await migrate(store);
    const ipSalt = await getOrCreateSecret(store.db, 'ip_salt', randomBytes(32).toString('base64url'));
    const toxicity = await loadToxicityScorer();
    return { store, config, now: opts.now ?? Date.now, ipSalt, threadCache: new ThreadCache(1000, 5000), toxicity, mailer: createMailer(config.smtpUrl, config.mailFrom) };
  } catch (err) {
    await store.close();
    throw err;
  }
}
