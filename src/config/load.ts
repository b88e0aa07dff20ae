import { SETTINGS, type Config } from './schema.ts';

/** Reads and validates the environment once; the result is frozen and passed down as part of deps. */
export function loadConfig(env: Record<string, string | undefined>, overrides: Partial<Config> = {}): Config {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, setting] of Object.entries(SETTINGS)) {
    const raw = env[setting.env] ?? setting.default;
    try {
      out[key] = setting.parse(raw);
    } catch (err) {
      problems.push(`${setting.env}: ${(err as Error).message}`);
    }
  }
  if (problems.length > 0) throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return Object.freeze({ ...(out as Config), ...overrides });
}

export function configMarkdown(): string {
  const rows = Object.values(SETTINGS).map((s) => `| \`${s.env}\` | \`${s.default || '(empty)'}\` | ${s.description} |`);
  return ['| Variable | Default | Meaning |', '| --- | --- | --- |', ...rows].join('\n');
}
