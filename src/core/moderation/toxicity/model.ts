/**
 * The toxicity model's file format and its pure decoder. The committed file
 * (models/toxicity-model.json) is read by services/moderation/load-toxicity-model.ts;
 * core only ever sees the decoded numbers.
 */
import { MODEL_CATEGORIES, type ModelCategory } from './categories.ts';

export const TOXICITY_MODEL_FORMAT = 'parley-toxicity-v1';

export interface ToxicityModelFile {
  readonly format: typeof TOXICITY_MODEL_FORMAT;
  readonly bits: number;
  readonly categories: readonly ModelCategory[];
  readonly bias: readonly number[];
  /** Per category: weight = int8 value × scale. */
  readonly scales: readonly number[];
  /** Per category: base64 of Int8Array(2^bits). */
  readonly weights: readonly string[];
  readonly meta?: Readonly<Record<string, unknown>>;
}

export interface ToxicityWeights {
  readonly bits: number;
  readonly categories: readonly ModelCategory[];
  readonly bias: Float64Array;
  /** Interleaved: weights[bucket * categories.length + c], so one comment reads each bucket once. */
  readonly weights: Float32Array;
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function decodeToxicityModel(file: ToxicityModelFile): ToxicityWeights {
  if (file.format !== TOXICITY_MODEL_FORMAT) throw new Error(`unknown toxicity model format: ${String(file.format)}`);
  const dim = 1 << file.bits;
  const n = file.categories.length;
  for (const category of file.categories) {
    if (!MODEL_CATEGORIES.includes(category)) throw new Error(`unknown toxicity category in model: ${category}`);
  }
  const weights = new Float32Array(dim * n);
  file.categories.forEach((_, c) => {
    const bytes = base64ToBytes(file.weights[c] ?? '');
    if (bytes.length !== dim) throw new Error(`toxicity model row ${c} has ${bytes.length} weights, expected ${dim}`);
    const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    const scale = file.scales[c] ?? 0;
    for (let i = 0; i < dim; i++) weights[i * n + c] = (q[i] as number) * scale;
  });
  return { bits: file.bits, categories: [...file.categories], bias: Float64Array.from(file.bias), weights };
}

/** Quantise float rows (one Float32Array per category) into the committed file format. */
export function encodeToxicityModel(
  bits: number,
  categories: readonly ModelCategory[],
  bias: readonly number[],
  rows: readonly Float32Array[],
  meta: Record<string, unknown>,
): ToxicityModelFile {
  const scales: number[] = [];
  const weights: string[] = [];
  for (const row of rows) {
    let max = 0;
    for (const w of row) max = Math.max(max, Math.abs(w));
    const scale = max === 0 ? 1 : max / 127;
    const q = new Int8Array(row.length);
    for (let i = 0; i < row.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round((row[i] as number) / scale)));
    scales.push(scale);
    weights.push(bytesToBase64(new Uint8Array(q.buffer)));
  }
  return { format: TOXICITY_MODEL_FORMAT, bits, categories, bias, scales, weights, meta };
}
