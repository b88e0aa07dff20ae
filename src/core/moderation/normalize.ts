/**
 * Text normalisation for moderation. Pure: no I/O. Two flavours:
 * - `normalizeForModel` keeps the text readable (digits stay digits) so the toxicity model
 *   sees the same shape at training and at inference time;
 * - `lexiconForms` expands a comment into every de-obfuscated token form the word lists
 *   are matched against (l33t, homoglyphs, stretched letters, spaced-out letters).
 */

// Zero-width and invisible format characters are used to split a word so that a naive
// matcher misses it ("n\u200Bigger"); they never carry meaning in a comment.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7F]/;

// Cyrillic and Greek letters that render like Latin ones. NFKC does not fold these.
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', з: '3', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't',
  у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ɡ: 'g', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w',
  ь: 'b', ʏ: 'y', ɪ: 'i', ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ɢ: 'g', ʜ: 'h', ᴊ: 'j', ᴋ: 'k',
  ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ᴢ: 'z',
  α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
  χ: 'x', ω: 'w', ς: 'c', μ: 'u', ϲ: 'c', ø: 'o', đ: 'd', ħ: 'h', ł: 'l', ŧ: 't', ß: 'ss', æ: 'ae',
  œ: 'oe', '€': 'e', '£': 'l', '¢': 'c', '¥': 'y',
};

// l33t substitutions. '1' and '!' are ambiguous between i and l, so they get two readings.
const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '+': 't', '|': 'l',
};
const LEET_I_OR_L = new Set(['1', '!']);

/** Lowercase, NFKC, drop invisible characters and accents, fold homoglyphs. */
export function foldCharacters(text: string): string {
  // Most comments are plain ASCII: nothing to fold beyond lowercasing, and this runs several times per comment.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  const nfkc = text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
  const stripped = nfkc.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
  let out = '';
  for (const ch of stripped) out += HOMOGLYPHS[ch] ?? ch;
  return out;
}

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/g;
const HTML_ENTITY_RE = /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/g;
// Twitter artefacts ("RT", @handles) would let the model learn "tweet = offensive" from
// the Davidson data; dropping them keeps the signal on the words.
const MENTION_RE = /(?:^|\s)@\w+/g;
const RETWEET_RE = /\brt\b:?/g;

/**
 * The form the toxicity model is trained and run on: folded characters, no URLs, mentions
 * or HTML entities, letters stretched beyond two collapsed to two, punctuation as spaces
 * except apostrophes inside words.
 */
export function normalizeForModel(text: string): string {
  return foldCharacters(text)
    .replace(URL_RE, ' ')
    .replace(HTML_ENTITY_RE, ' ')
    .replace(MENTION_RE, ' ')
    .replace(RETWEET_RE, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .replace(/[’‘`´]/g, "'")
    // Masking symbols only count inside a word ("sh!t", "f*ck"); elsewhere they are punctuation.
    .replace(/(?<![\p{L}\p{N}])[*$@!]+|[*$@!]+(?![\p{L}\p{N}])/gu, ' ')
    .replace(/[^\p{L}\p{N}'*$@!]+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Collapse every run of a repeated letter to one letter ("fuuuck" → "fuck"). */
export function collapseRepeats(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}

/** Collapse runs of three or more to two, keeping real doubles ("niggggers" → "niggers"). */
export function collapseRepeatsKeepDoubles(word: string): string {
  return word.replace(/(.)\1{2,}/g, '$1$1');
}

/** The l33t readings of a token: at most two (1/! read as i, and as l). */
export function deLeet(token: string): string[] {
  if (!/[0-9@$+|!]/.test(token) || /^\d+$/.test(token)) return [token];
  let asI = '';
  let asL = '';
  for (const ch of token) {
    if (LEET_I_OR_L.has(ch)) {
      asI += 'i';
      asL += 'l';
    } else {
      const mapped = LEET[ch] ?? ch;
      asI += mapped;
      asL += mapped;
    }
  }
  return asI === asL ? [asI] : [asI, asL];
}

// Characters that may separate the letters of a spelled-out word: "f u c k", "f.u.c.k", "f-u-c-k".
const SPACED_LETTERS_RE = /(?:^|(?<=[^\p{L}\p{N}@$]))([\p{L}\p{N}@$])(?:[\s.\-_*,/\\|~+]{1,3}[\p{L}\p{N}@$](?![\p{L}\p{N}@$])){2,}/gu;

/** Words spelled out with separators between single letters, joined ("f . u . c . k" → "fuck"). */
export function joinSpacedLetters(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(SPACED_LETTERS_RE)) {
    const letters = [...match[0].replace(/[^\p{L}\p{N}@$]/gu, '')];
    out.push(letters.join(''));
    // A spelled-out word can sit next to a real one-letter word ("what a k.i.k.e"), so every
    // sub-run of three letters or more is a candidate too; long runs are rare and kept whole.
    if (letters.length > 12) continue;
    for (let start = 0; start < letters.length; start++) {
      for (let end = start + 3; end <= letters.length; end++) {
        if (start > 0 || end < letters.length) out.push(letters.slice(start, end).join(''));
      }
    }
  }
  return out;
}

// Token characters include l33t symbols and masking characters (f**k, sh!t) so a word
// survives tokenisation whole; '!' and '*' at a word's end are usually punctuation.
// One greedy class, then a check for a real character: a "letter somewhere" regex would be
// quadratic on a comment made of thousands of '*'.
const TOKEN_RE = /[\p{L}\p{N}@$*!|+#]+/gu;
const HAS_WORD_CHAR = /[\p{L}\p{N}@$]/u;

export function tokenize(folded: string): string[] {
  const tokens: string[] = [];
  for (const match of folded.matchAll(TOKEN_RE)) {
    if (!HAS_WORD_CHAR.test(match[0])) continue;
    const token = match[0].replace(/[!+|#]+$/, '').replace(/^[*!+|#]+/, '');
    if (token) tokens.push(token);
  }
  return tokens;
}

export interface TokenForms {
  /** Readings that keep the letters as written: raw, l33t-decoded, runs of 3+ cut to 2. */
  readonly strict: readonly string[];
  /** Readings with every doubled letter collapsed; only trusted for whole-word matches. */
  readonly loose: readonly string[];
  /** The writer stretched a letter (3+ in a row): a sign of deliberate evasion. */
  readonly stretched: boolean;
}

export interface LexiconForms {
  readonly tokens: readonly TokenForms[];
  /** Extra whole words recovered from spaced-out letters. */
  readonly joined: readonly string[];
}

/** Every reading of every token that the word lists should be checked against. */
export function lexiconForms(text: string): LexiconForms {
  const folded = foldCharacters(text);
  const tokens = tokenize(folded).map((raw): TokenForms => {
    const strict = new Set<string>();
    const loose = new Set<string>();
    for (const reading of [raw, ...deLeet(raw)]) {
      strict.add(reading);
      strict.add(collapseRepeatsKeepDoubles(reading));
      loose.add(collapseRepeats(reading));
    }
    return { strict: [...strict], loose: [...loose], stretched: /(.)\1{2,}/.test(raw) };
  });
  const joined = new Set<string>();
  for (const word of joinSpacedLetters(folded)) {
    for (const reading of deLeet(word)) {
      joined.add(reading);
      joined.add(collapseRepeats(reading));
    }
  }
  return { tokens, joined: [...joined] };
}
