/**
 * Hashed features shared by training and inference; changing anything here means retraining.
 * Text is expected to be `normalizeForModel` output (lowercase, space-separated words).
 * Features: word unigrams, word bigrams and character 2–5-grams inside each word padded
 * with spaces (so " idiot " and "idiots" share "idiot" n-grams but a word start stays marked).
 */

const FNV_PRIME = 16777619;
// Different offsets keep a word "ab" and a character bigram "ab" in different buckets.
const SEED_WORD = 2166136261;
const SEED_BIGRAM = 0x9747b28c;
const SEED_CHAR = 0x5bd1e995;
const MAX_WORD_CHARS = 40;
const MIN_N = 2;
const MAX_N = 5;

function step(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

function hashString(seed: number, text: string): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = step(h, text.charCodeAt(i));
  return h;
}

export interface FeatureVector {
  /** Sorted, unique bucket indices. */
  readonly indices: Int32Array;
  /** Every active feature has this value (binary features, L2-normalised). */
  readonly value: number;
}

export function extractFeatures(normalized: string, bits: number): FeatureVector {
  const mask = (1 << bits) - 1;
  const words = normalized.length === 0 ? [] : normalized.split(' ');
  const raw: number[] = [];
  let previous = '';
  for (const fullWord of words) {
    const word = fullWord.length > MAX_WORD_CHARS ? fullWord.slice(0, MAX_WORD_CHARS) : fullWord;
    raw.push(hashString(SEED_WORD, word) & mask);
    if (previous) raw.push(hashString(SEED_BIGRAM, `${previous} ${word}`) & mask);
    previous = word;
    const padded = ` ${word} `;
    for (let start = 0; start < padded.length - 1; start++) {
      let h = SEED_CHAR;
      const end = Math.min(padded.length, start + MAX_N);
      for (let j = start; j < end; j++) {
        h = step(h, padded.charCodeAt(j));
        if (j - start + 1 >= MIN_N) raw.push(h & mask);
      }
    }
  }
  const sorted = Int32Array.from(raw).sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i] as number;
  }
  const indices = sorted.slice(0, unique);
  return { indices, value: unique === 0 ? 0 : 1 / Math.sqrt(unique) };
}
