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
  /** Unique bucket indices (in first-seen order). */
  readonly indices: Int32Array;
  /** Every active feature has this value (binary features, L2-normalised). */
  readonly value: number;
}

export type FeatureExtractor = (normalized: string) => FeatureVector;

/**
 * One extractor per model: it keeps a stamp per bucket so that de-duplicating a long comment's
 * tens of thousands of n-grams costs O(n) instead of a sort. Not re-entrant, which is fine for
 * synchronous scoring.
 */
export function createFeatureExtractor(bits: number): FeatureExtractor {
  const mask = (1 << bits) - 1;
  const stamps = new Uint32Array(1 << bits);
  let generation = 0;
  let buffer = new Int32Array(1024);
  return (normalized) => {
    generation++;
    if (generation === 0xffffffff) {
      stamps.fill(0);
      generation = 1;
    }
    let count = 0;
    const add = (h: number): void => {
      const index = h & mask;
      if (stamps[index] === generation) return;
      stamps[index] = generation;
      if (count === buffer.length) {
        const grown = new Int32Array(buffer.length * 2);
        grown.set(buffer);
        buffer = grown;
      }
      buffer[count++] = index;
    };
    const words = normalized.length === 0 ? [] : normalized.split(' ');
    let previousHash = 0;
    let hasPrevious = false;
    for (const fullWord of words) {
      const word = fullWord.length > MAX_WORD_CHARS ? fullWord.slice(0, MAX_WORD_CHARS) : fullWord;
      const wordHash = hashString(SEED_WORD, word);
      add(wordHash);
      if (hasPrevious) add(hashString(step(previousHash, 32), word));
      // The bigram hash continues from "<previous> " so it equals hashing the joined string.
      previousHash = hashString(SEED_BIGRAM, word);
      hasPrevious = true;
      const length = word.length + 2;
      for (let start = 0; start < length - 1; start++) {
        let h = SEED_CHAR;
        const end = Math.min(length, start + MAX_N);
        for (let j = start; j < end; j++) {
          h = step(h, j === 0 || j === length - 1 ? 32 : word.charCodeAt(j - 1));
          if (j - start + 1 >= MIN_N) add(h);
        }
      }
    }
    return { indices: buffer.slice(0, count), value: count === 0 ? 0 : 1 / Math.sqrt(count) };
  };
}

/** Convenience form for one-off use; scorers and training keep one extractor per model. */
export function extractFeatures(normalized: string, bits: number): FeatureVector {
  return createFeatureExtractor(bits)(normalized);
}
