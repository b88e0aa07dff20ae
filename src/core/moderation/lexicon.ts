/**
 * Obfuscation-aware word-list matcher. Matching is on whole tokens (and spelled-out
 * letter runs), never raw substrings of the text, so "Scunthorpe" and "assessment" stay clean;
 * only entries written `*word*` match inside a token.
 */
import { lexiconForms, type LexiconForms } from './normalize.ts';

// No '-y' or '-er': "spic+" must match neither "spicy" nor "Spicer".
const INFLECTIONS = ['', 's', 'es', 'z', 'ed', 'ing', 'in', 'ies'];
// Masking characters a writer uses to half-hide a word ("f**k", "n#gger").
const MASK = /[*#%]/;

export interface LexiconMatch {
  /** The list entry that matched, as written in the list. */
  readonly entry: string;
  /** The form of the comment's text that matched it. */
  readonly form: string;
}

export interface Lexicon {
  readonly size: number;
  find(text: string): LexiconMatch[];
  findInForms(forms: LexiconForms): LexiconMatch[];
}

interface CompiledEntry {
  readonly entry: string;
  readonly word: string;
  readonly kind: 'exact' | 'inflect' | 'contains';
}

function compileEntry(raw: string): CompiledEntry | null {
  const entry = raw.trim().toLowerCase();
  if (!entry) return null;
  if (entry.length > 2 && entry.startsWith('*') && entry.endsWith('*')) {
    return { entry: raw, word: entry.slice(1, -1).replace(/-/g, ''), kind: 'contains' };
  }
  if (entry.endsWith('+')) return { entry: raw, word: entry.slice(0, -1).replace(/-/g, ''), kind: 'inflect' };
  return { entry: raw, word: entry.replace(/-/g, ''), kind: 'exact' };
}

/** A masked token ("f**k") matches a word of the same length whose other letters agree. */
function maskedMatches(token: string, word: string): boolean {
  if (token.length !== word.length) return false;
  let letters = 0;
  for (let i = 0; i < token.length; i++) {
    const ch = token[i] as string;
    if (MASK.test(ch)) continue;
    if (ch !== word[i]) return false;
    letters++;
  }
  // "***" would otherwise match every three-letter word on the list.
  return letters >= 2;
}

// The banned and suspect lists both expand the same comment back to back; remembering the
// last expansion halves that work without changing any result.
let lastText: string | null = null;
let lastForms: LexiconForms | null = null;
function formsOf(text: string): LexiconForms {
  if (text !== lastText || lastForms === null) {
    lastForms = lexiconForms(text);
    lastText = text;
  }
  return lastForms;
}

export function createLexicon(entries: readonly string[]): Lexicon {
  const compiled = entries.map(compileEntry).filter((e): e is CompiledEntry => e !== null);
  const exact = new Map<string, CompiledEntry>();
  const contains: CompiledEntry[] = [];
  for (const entry of compiled) {
    if (entry.kind === 'contains') {
      contains.push(entry);
      exact.set(entry.word, entry);
    } else if (entry.kind === 'inflect') {
      for (const suffix of INFLECTIONS) if (!exact.has(entry.word + suffix)) exact.set(entry.word + suffix, entry);
    } else {
      exact.set(entry.word, entry);
    }
  }

  function matchWhole(form: string): CompiledEntry | undefined {
    return exact.get(form);
  }
  function matchInside(form: string): CompiledEntry | undefined {
    return contains.find((entry) => form.includes(entry.word));
  }
  function matchMasked(form: string): CompiledEntry | undefined {
    if (!MASK.test(form)) return undefined;
    for (const [word, entry] of exact) if (maskedMatches(form, word)) return entry;
    return undefined;
  }

  function findInForms(forms: LexiconForms): LexiconMatch[] {
    const found = new Map<string, LexiconMatch>();
    const note = (entry: CompiledEntry | undefined, form: string): void => {
      if (entry && !found.has(entry.entry)) found.set(entry.entry, { entry: entry.entry, form });
    };
    for (const token of forms.tokens) {
      for (const form of token.strict) {
        note(matchWhole(form) ?? matchInside(form) ?? matchMasked(form), form);
      }
      for (const form of token.loose) {
        // Fully collapsing doubles turns "shiitake" into "shitake"; only trust a substring
        // hit on that form when the writer visibly stretched letters.
        note(matchWhole(form) ?? (token.stretched ? matchInside(form) : undefined), form);
      }
    }
    for (const form of forms.joined) note(matchWhole(form) ?? matchInside(form), form);
    return [...found.values()];
  }

  return {
    size: compiled.length,
    findInForms,
    find: (text) => findInForms(formsOf(text)),
  };
}
