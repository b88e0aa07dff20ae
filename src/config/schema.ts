/**
 * Every setting Parley reads, declared once: environment variable, default, description and
 * parser. docs/configuration.md is generated from this table (`parley config --markdown`), and
 * tests/integration/config-docs.test.ts fails when the two drift apart.
 */
export interface Setting<T> {
  env: string;
  default: string;
  description: string;
  parse: (raw: string) => T;
}

const int = (min: number, max: number) => (raw: string) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`expected an integer from ${min} to ${max}, got "${raw}"`);
  return n;
};
const onOff = (raw: string) => {
  if (raw === 'on' || raw === 'off') return raw === 'on';
  throw new Error(`expected "on" or "off", got "${raw}"`);
};
const text = (raw: string) => raw;
const databaseUrl = (raw: string) => {
  if (raw.startsWith('sqlite:') || raw.startsWith('postgres://') || raw.startsWith('postgresql://')) return raw;
  throw new Error('expected sqlite:PATH, postgres://… or postgresql://…');
};

export const SETTINGS = {
  port: { env: 'PORT', default: '8080', description: 'TCP port the HTTP server listens on.', parse: int(0, 65535) },
  host: { env: 'HOST', default: 'localhost', description: 'Interface to listen on; `0.0.0.0` to accept connections from other machines.', parse: text },
  databaseUrl: {
    env: 'DATABASE_URL',
    default: 'sqlite:./data/parley.db',
    description: 'Storage: `sqlite:PATH` (embedded file, WAL mode; `sqlite::memory:` for a throwaway database) or a `postgres://user@host:port/db` URL.',
    parse: databaseUrl,
  },
  publicUrl: { env: 'PARLEY_PUBLIC_URL', default: '', description: 'The URL readers reach Parley at, used in links it prints; defaults to http://HOST:PORT.', parse: text },
  rateLimits: { env: 'PARLEY_RATE_LIMITS', default: 'on', description: 'Per-reader and per-IP write rate limits; `off` for imports and benchmarks.', parse: onOff },
  writesPerMinutePerReader: { env: 'PARLEY_WRITES_PER_MINUTE_PER_READER', default: '10', description: 'Writes (comments, edits, deletes, votes) one reader may make per minute.', parse: int(1, 100000) },
  writesPerMinutePerIp: { env: 'PARLEY_WRITES_PER_MINUTE_PER_IP', default: '30', description: 'Writes one IP address may make per minute, across all readers behind it.', parse: int(1, 100000) },
  maxBodyChars: { env: 'PARLEY_MAX_COMMENT_CHARS', default: '10000', description: 'Longest comment body accepted, in characters of Markdown source.', parse: int(1, 100000) },
  maxDepth: { env: 'PARLEY_MAX_REPLY_DEPTH', default: '5', description: 'Deepest reply level; replies to a comment at this level are attached beside it.', parse: int(1, 50) },
  editWindowSeconds: { env: 'PARLEY_EDIT_WINDOW_SECONDS', default: '900', description: 'How long after posting an author may edit a comment.', parse: int(0, 31536000) },
  pageSize: { env: 'PARLEY_PAGE_SIZE', default: '20', description: 'Top-level comments per thread page when the client does not ask for a limit (at most 100).', parse: int(1, 100) },
  trustProxy: { env: 'PARLEY_TRUST_PROXY', default: 'off', description: '`on` when Parley runs behind a reverse proxy that sets X-Forwarded-For, so rate limits see readers\' addresses.', parse: onOff },
  smtpUrl: { env: 'PARLEY_SMTP_URL', default: '', description: 'SMTP server for account mail (verification, sign-in links, resets), e.g. `smtp://user:pass@mail.example:587`; empty turns email sign-in off.', parse: text },
  mailFrom: { env: 'PARLEY_MAIL_FROM', default: 'Parley <no-reply@localhost>', description: 'From address of the mail Parley sends.', parse: text },
  ipRetentionDays: { env: 'PARLEY_IP_RETENTION_DAYS', default: '90', description: 'Days a comment keeps the salted hash of its IP address (for sock-puppet checks) before it is dropped.', parse: int(1, 3650) },
  logLevel: { env: 'LOG_LEVEL', default: 'info', description: 'Log level: fatal, error, warn, info, debug, trace or silent.', parse: text },
} satisfies Record<string, Setting<unknown>>;

type Settings = typeof SETTINGS;
export type Config = Readonly<{ [K in keyof Settings]: ReturnType<Settings[K]['parse']> }>;
