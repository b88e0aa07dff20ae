import type { Config } from '../config/schema.ts';
import type { Database } from '../store/database.ts';
import type { ToxicityScorer } from '../core/moderation/index.ts';
import type { Mailer } from './mail/mailer.ts';
import type { ThreadCache } from './threads/thread-cache.ts';

/** Everything a use-case may touch, passed in so tests and the CLI build the same graph as the server. */
export interface Deps {
  store: Database;
  config: Config;
  now: () => number;
  /** Salt for hashing IP addresses; raw addresses are never stored. */
  ipSalt: string;
  threadCache: ThreadCache;
  /** The shipped toxicity model, loaded once at start. */
  toxicity: ToxicityScorer | null;
  /** Outgoing mail; null when no SMTP server is configured. */
  mailer: Mailer | null;
}
