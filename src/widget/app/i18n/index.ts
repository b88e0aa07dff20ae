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
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const dtf = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' });
  return {
    lang,
    t: (key, vars) => fill(m[key] as string, vars),
    tn: (key, n, vars) => fill(m[`${key}_${plural.select(n) === 'one' ? 'one' : 'other'}` as keyof Messages] as string, { n, ...vars }),
    error: (code, fallback) => m.errors[code as ErrorCode] ?? fallback,
    relative: (iso, now) => {
      const s = Math.round((Date.parse(iso) - now) / 1000);
      const abs = Math.abs(s);
      if (abs < 45) return rtf.format(0, 'second');
      if (abs < 2700) return rtf.format(Math.round(s / 60), 'minute');
      if (abs < 79200) return rtf.format(Math.round(s / 3600), 'hour');
      if (abs < 2592000) return rtf.format(Math.round(s / 86400), 'day');
      if (abs < 31536000) return rtf.format(Math.round(s / 2592000), 'month');
      return rtf.format(Math.round(s / 31536000), 'year');
    },
    exact: (iso) => dtf.format(new Date(iso)),
  };
}
