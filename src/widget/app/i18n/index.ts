import type { ErrorCode } from '../../../contract/error-codes.ts';
import { en, type Messages } from './en.ts';
import { fr } from './fr.ts';

// Both dictionaries ship in the bundle: together they are well under a kilobyte gzipped, less than a second request would cost.
const DICTIONARIES: Record<string, Messages> = { en, fr };

type PluralKey = { [K in keyof Messages]: K extends `${infer B}_one` ? B : never }[keyof Messages];
type PlainKey = Exclude<{ [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages], `${string}_one` | `${string}_other`>;

export interface I18n {
  lang: string;
  t: (key: PlainKey, vars?: Record<string, string | number>) => string;
  tn: (key: PluralKey, n: number, vars?: Record<string, string | number>) => string;
  /** The reader-facing text for a server error: ours by code when we have one, else the server's own message. */
  error: (code: string, fallback: string) => string;
  relative: (iso: string, now: number) => string;
  exact: (iso: string) => string;
}

const fill = (s: string, vars: Record<string, string | number> = {}) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

export function createI18n(requested: string): I18n {
  const lang = DICTIONARIES[requested] ? requested : 'en';
  const m = DICTIONARIES[lang]!;
  const plural = new Intl.PluralRules(lang);
  let dtf: Intl.DateTimeFormat | undefined;
  const tn: I18n['tn'] = (key, n, vars) => fill(m[`${key}_${plural.select(n) === 'one' ? 'one' : 'other'}` as keyof Messages] as string, { n, ...vars });
  return {
    lang,
    t: (key, vars) => fill(m[key] as string, vars),
    tn,
    error: (code, fallback) => m.errors[code as ErrorCode] ?? fallback,
    // Own strings rather than Intl.RelativeTimeFormat: its first call loads locale data for ~45 ms,
    // half the budget for rendering a 100-comment thread.
    relative: (iso, now) => {
      const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
      if (s < 45) return m.justNow;
      if (s < 2700) return tn('minutesAgo', Math.max(1, Math.round(s / 60)));
      if (s < 79200) return tn('hoursAgo', Math.round(s / 3600));
      if (s < 2592000) return tn('daysAgo', Math.round(s / 86400));
      if (s < 31536000) return tn('monthsAgo', Math.round(s / 2592000));
      return tn('yearsAgo', Math.round(s / 31536000));
    },
    exact: (iso) => (dtf ??= new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' })).format(new Date(iso)),
  };
}
