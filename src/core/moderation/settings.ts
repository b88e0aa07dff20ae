import { DEFAULT_BANNED_WORDS, DEFAULT_SUSPECT_WORDS } from './word-lists.ts';
import type { ModerationSettings } from './types.ts';

/**
 * Defaults for a new site. Model thresholds were set from the training split and hand-written
 * examples, never from the held-out split (see docs/MODERATION.md):
 * - the model alone only ever holds, except for near-certain scores, because a refused
 *   comment is a stronger claim than "a moderator should look";
 * - the model's own threat output is weak (few labelled threats), so it never rejects;
 *   threats are rejected by the pattern layer.
 */
export const defaultModerationSettings: ModerationSettings = {
  // The same as PARLEY_MAX_COMMENT_CHARS' default; a site may set a stricter limit.
  body: { maxLength: 10000 },
  repeatWindowMinutes: 10,
  links: { max: 2, blockedDomains: [] },
  words: { banned: DEFAULT_BANNED_WORDS, suspect: DEFAULT_SUSPECT_WORDS },
  thresholds: {
    hold: 0.9,
    reject: 0.97,
    categories: {
      toxicity: { hold: 0.9, reject: 2 },
      insult: { hold: 0.9, reject: 2 },
      obscene: { hold: 0.9, reject: 2 },
      identity_attack: { hold: 0.85, reject: 2 },
      threat: { hold: 0.9, reject: 0.97 },
      // Pattern-only categories: a 'hold' pattern scores 0.9 and a 'reject' pattern 0.98.
      dehumanizing: { hold: 0.9, reject: 0.97 },
      targeted_insult: { hold: 0.9, reject: 0.97 },
    },
  },
  patterns: { enabled: true },
  premod: { all: false, newAuthorComments: 0, links: false },
  trust: { approvedComments: 10 },
};
