/**
 * Trains Parley's toxicity model from the labelled data in ../shared/data and writes
 * models/toxicity-model.json. Deterministic: the same data gives the same weights.
 *
 * Label mapping (null = the source says nothing about that category, so it is not trained on):
 *   Davidson 2017 tweets   toxicity = (hate + offensive) / raters, identity_attack = hate / raters;
 *                          "neither"-majority tweets are 0 for every category.
 *   Stormfront sentences   hate → toxicity 1, identity_attack 1; noHate → 0 for every category;
 *                          "relation" (hate only with context) and "idk/skip" are left out.
 *   Toxic Spans comments   toxicity 1 (every post was judged toxic by Civil Comments raters);
 *                          insult / obscene / identity_attack / threat = share of raters who
 *                          marked a span typed Insult / Profane-Obscene / Identity based Attack / Threat.
 *   Toxic Spans sentences  sentences of those comments that no rater highlighted anything in,
 *                          from comments where every rater marked spans (not "whole post"):
 *                          0 for every category. They are the only clean news-comment text we
 *                          have, and stop the model from learning "news-comment style = toxic".
 * A deterministic 20 % of documents (by source id) is held out for scripts/eval-moderation.ts.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { normalizeForModel } from '../src/core/moderation/normalize.ts';
import { MODEL_CATEGORIES, type ModelCategory } from '../src/core/moderation/toxicity/categories.ts';
import { createFeatureExtractor } from '../src/core/moderation/toxicity/features.ts';
import { encodeToxicityModel } from '../src/core/moderation/toxicity/model.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = resolve(PROJECT_ROOT, '..', 'shared', 'data');
export const MODEL_PATH = resolve(PROJECT_ROOT, 'models', 'toxicity-model.json');
export const SPLIT_SEED = 'parley-split-v1';
export const HELD_OUT_PERCENT = 20;
export interface TrainOptions {
  readonly bits: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly maxPosWeight: number;
}
/** Chosen with --validate (a split of the training documents), never with the held-out split. */
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { bits: 18, epochs: 8, learningRate: 0.25, l2: 2e-6, maxPosWeight: 20 };

export type Source = 'davidson' | 'stormfront' | 'civil' | 'civil-sentence';
export type Labels = Partial<Record<ModelCategory, number>>;
export interface Example {
  readonly id: string;
  readonly source: Source;
  readonly text: string;
  /** Soft targets in [0, 1]; a missing category is unknown for this example. */
  readonly labels: Labels;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readCsv(path: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  if (!header) return [];
  return rows
    .filter((r) => r.length === header.length)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function fnv(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** The held-out split is decided by the source document, so sentences of one comment never straddle it. */
export function isHeldOut(docId: string): boolean {
  return fnv(`${SPLIT_SEED}:${docId}`) % 100 < HELD_OUT_PERCENT;
}

export function docIdOf(example: Example): string {
  return example.source === 'civil-sentence' ? `civil:${example.id.split('#')[0]}` : `${example.source}:${example.id}`;
}

const CLEAN: Labels = { toxicity: 0, insult: 0, obscene: 0, identity_attack: 0, threat: 0 };

function loadDavidson(): Example[] {
  return readCsv(resolve(DATA_DIR, 'davidson-2017', 'labeled_data.csv')).map((r) => {
    const count = Number(r.count) || 1;
    const hate = Number(r.hate_speech) / count;
    const offensive = Number(r.offensive_language) / count;
    const labels: Labels = r.class === '2' ? { ...CLEAN, toxicity: hate + offensive, identity_attack: hate } : { toxicity: hate + offensive, identity_attack: hate };
    return { id: r[''] ?? '', source: 'davidson', text: r.tweet ?? '', labels };
  });
}

function loadStormfront(): Example[] {
  const out: Example[] = [];
  for (const r of readCsv(resolve(DATA_DIR, 'stormfront-hate-speech', 'stormfront.csv'))) {
    if (r.label === 'hate') out.push({ id: r.file_id ?? '', source: 'stormfront', text: r.text ?? '', labels: { toxicity: 1, identity_attack: 1 } });
    else if (r.label === 'noHate') out.push({ id: r.file_id ?? '', source: 'stormfront', text: r.text ?? '', labels: CLEAN });
  }
  return out;
}

const SPAN_TYPES: Record<string, ModelCategory> = {
  Insult: 'insult',
  'Profane/Obscene': 'obscene',
  'Identity based Attack': 'identity_attack',
  Threat: 'threat',
};

function loadCivil(): Example[] {
  const dir = resolve(DATA_DIR, 'civil-comments-toxic-spans');
  const comments = readCsv(resolve(dir, 'comments.csv'));
  const annotations = readCsv(resolve(dir, 'annotations.csv'));
  const spans = readCsv(resolve(dir, 'spans.csv'));
  const commentOfAnnotation = new Map<string, string>();
  const ratersOf = new Map<string, Set<string>>();
  for (const a of annotations) {
    const cid = a.comment_id ?? '';
    commentOfAnnotation.set(a.annotation ?? '', cid);
    if (!ratersOf.has(cid)) ratersOf.set(cid, new Set());
    ratersOf.get(cid)?.add(a.annotation ?? '');
  }
  const typedBy = new Map<string, Map<ModelCategory, Set<string>>>();
  const rangesOf = new Map<string, [number, number][]>();
  const annotationsWithSpans = new Set<string>();
  for (const s of spans) {
    const annotation = s.annotation ?? '';
    const cid = commentOfAnnotation.get(annotation);
    if (cid === undefined) continue;
    annotationsWithSpans.add(annotation);
    const ranges = rangesOf.get(cid) ?? [];
    ranges.push([Number(s.start), Number(s.end)]);
    rangesOf.set(cid, ranges);
    const category = SPAN_TYPES[(s.type ?? '').trim()];
    if (!category) continue;
    const byType = typedBy.get(cid) ?? new Map<ModelCategory, Set<string>>();
    const raters = byType.get(category) ?? new Set<string>();
    raters.add(annotation);
    byType.set(category, raters);
    typedBy.set(cid, byType);
  }
  const out: Example[] = [];
  const seen = new Set<string>();
  for (const c of comments) {
    const cid = c.comment_id ?? '';
    const text = c.comment_text ?? '';
    if (seen.has(cid) || !text.trim()) continue;
    seen.add(cid);
    const raters = ratersOf.get(cid);
    const nRaters = raters?.size ?? 0;
    const labels: Labels = { toxicity: 1 };
    if (nRaters > 0) {
      for (const category of ['insult', 'obscene', 'identity_attack', 'threat'] as const) {
        labels[category] = (typedBy.get(cid)?.get(category)?.size ?? 0) / nRaters;
      }
    }
    out.push({ id: cid, source: 'civil', text, labels });
    // Clean sentences: only when every rater highlighted spans, so "no span here" means "not toxic here".
    if (nRaters < 2 || ![...(raters ?? [])].every((a) => annotationsWithSpans.has(a))) continue;
    const ranges = rangesOf.get(cid) ?? [];
    let index = 0;
    for (const m of text.matchAll(/[^.!?\n]+[.!?]*/g)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const sentence = m[0].trim();
      index++;
      if (sentence.split(/\s+/).length < 5) continue;
      if (ranges.some(([s, e]) => s < end && e > start)) continue;
      out.push({ id: `${cid}#${index}`, source: 'civil-sentence', text: sentence, labels: CLEAN });
    }
  }
  return out;
}

export function loadExamples(): Example[] {
  // Both training and evaluation need the labelled data, which is not part of the repository.
  if (!existsSync(DATA_DIR)) {
    console.error(`The labelled data is not at ${DATA_DIR}: training and evaluation read it from ../shared/data beside the project (see docs/MODERATION.md).`);
    process.exit(2);
  }
  return [...loadDavidson(), ...loadStormfront(), ...loadCivil()];
}

/** Deterministic PRNG (mulberry32) for the training order. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Encoded {
  readonly indices: Int32Array;
  readonly value: number;
  readonly labels: Labels;
}

export function train(examples: readonly Example[], options: TrainOptions, log: (line: string) => void = console.log): { bias: number[]; rows: Float32Array[] } {
  const { bits, epochs, learningRate, l2, maxPosWeight } = options;
  const dim = 1 << bits;
  const extract = createFeatureExtractor(bits);
  const encoded: Encoded[] = examples.map((e) => ({ ...extract(normalizeForModel(e.text)), labels: e.labels }));
  const rows: Float32Array[] = [];
  const bias: number[] = [];
  for (const category of MODEL_CATEGORIES) {
    const labelled = encoded.filter((e) => e.labels[category] !== undefined);
    let positive = 0;
    for (const e of labelled) positive += e.labels[category] as number;
    const negative = labelled.length - positive;
    // Balance the classes (capped) so rare categories such as threat are not drowned out.
    const posWeight = Math.min(maxPosWeight, Math.max(1, negative / Math.max(positive, 1)));
    const negWeight = Math.min(5, Math.max(1, positive / Math.max(negative, 1)));
    const w = new Float32Array(dim);
    const g2 = new Float32Array(dim).fill(1e-8);
    let b = 0;
    let gb2 = 1e-8;
    const order = labelled.map((_, i) => i);
    const random = rng(fnv(category));
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j] as number, order[i] as number];
      }
      let loss = 0;
      for (const k of order) {
        const e = labelled[k] as Encoded;
        const y = e.labels[category] as number;
        let z = b;
        for (let t = 0; t < e.indices.length; t++) z += (w[e.indices[t] as number] as number) * e.value;
        const p = 1 / (1 + Math.exp(-z));
        const sampleWeight = y * posWeight + (1 - y) * negWeight;
        const grad = (p - y) * sampleWeight;
        loss -= sampleWeight * (y * Math.log(p + 1e-12) + (1 - y) * Math.log(1 - p + 1e-12));
        for (let t = 0; t < e.indices.length; t++) {
          const idx = e.indices[t] as number;
          const g = grad * e.value + l2 * (w[idx] as number);
          g2[idx] = (g2[idx] as number) + g * g;
          w[idx] = (w[idx] as number) - (learningRate * g) / Math.sqrt(g2[idx] as number);
        }
        gb2 += grad * grad;
        b -= (learningRate * grad) / Math.sqrt(gb2);
      }
      log(`  ${category} epoch ${epoch + 1}/${epochs} loss ${(loss / labelled.length).toFixed(4)}`);
    }
    log(`${category}: ${labelled.length} examples, ${positive.toFixed(0)} positive (weight ${posWeight.toFixed(2)})`);
    rows.push(w);
    bias.push(b);
  }
  return { bias, rows };
}

function rocAuc(points: [number, boolean][]): number {
  points.sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < points.length; ) {
    let j = i;
    while (j < points.length && points[j]?.[0] === points[i]?.[0]) j++;
    for (let k = i; k < j; k++) if (points[k]?.[1]) {
      rankSum += (i + j + 1) / 2;
      positives++;
    }
    i = j;
  }
  const negatives = points.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Hyper-parameter check on a split of the training documents only (the held-out split stays unseen). */
function validate(trainSet: readonly Example[], options: TrainOptions): void {
  const inValidation = (e: Example): boolean => fnv(`parley-validation-v1:${docIdOf(e)}`) % 100 < 15;
  const fit = trainSet.filter((e) => !inValidation(e));
  const check = trainSet.filter(inValidation);
  const { bias, rows } = train(fit, options, () => {});
  const mask = (1 << options.bits) - 1;
  const extract = createFeatureExtractor(options.bits);
  const features = check.map((e) => extract(normalizeForModel(e.text)));
  const parts = MODEL_CATEGORIES.map((category, c) => {
    const row = rows[c] as Float32Array;
    const points: [number, boolean][] = [];
    check.forEach((e, i) => {
      const y = e.labels[category];
      if (y === undefined) return;
      const f = features[i] as ReturnType<typeof extract>;
      let z = bias[c] as number;
      for (const idx of f.indices) z += (row[idx & mask] as number) * f.value;
      points.push([z, y >= 0.5]);
    });
    return `${category} ${rocAuc(points).toFixed(4)}`;
  });
  console.log(`validation AUC ${JSON.stringify(options)}: ${parts.join('  ')}`);
}

function main(): void {
  const { values } = parseArgs({
    options: { validate: { type: 'boolean' }, bits: { type: 'string' }, epochs: { type: 'string' }, lr: { type: 'string' }, l2: { type: 'string' }, 'max-pos-weight': { type: 'string' } },
  });
  const options: TrainOptions = {
    bits: Number(values.bits ?? DEFAULT_TRAIN_OPTIONS.bits),
    epochs: Number(values.epochs ?? DEFAULT_TRAIN_OPTIONS.epochs),
    learningRate: Number(values.lr ?? DEFAULT_TRAIN_OPTIONS.learningRate),
    l2: Number(values.l2 ?? DEFAULT_TRAIN_OPTIONS.l2),
    maxPosWeight: Number(values['max-pos-weight'] ?? DEFAULT_TRAIN_OPTIONS.maxPosWeight),
  };
  const started = performance.now();
  const examples = loadExamples();
  const trainSet = examples.filter((e) => !isHeldOut(docIdOf(e)));
  const counts: Record<string, number> = {};
  for (const e of trainSet) counts[e.source] = (counts[e.source] ?? 0) + 1;
  console.log(`loaded ${examples.length} examples; training on ${trainSet.length}`, counts);
  if (values.validate) {
    validate(trainSet, options);
    return;
  }
  const { bias, rows } = train(trainSet, options);
  const file = encodeToxicityModel(options.bits, MODEL_CATEGORIES, bias, rows, {
    features: 'word 1-2-grams + in-word char 2-5-grams, hashed',
    ...options,
    split: `${SPLIT_SEED}, ${HELD_OUT_PERCENT}% held out by document`,
    trainingExamples: counts,
    data: ['Davidson et al. 2017 (MIT)', 'de Gibert et al. 2018 (CC BY-SA 3.0 ES)', 'Pavlopoulos et al. Toxic Spans (CC0 1.0)'],
  });
  mkdirSync(dirname(MODEL_PATH), { recursive: true });
  writeFileSync(MODEL_PATH, `${JSON.stringify(file)}\n`);
  console.log(`wrote ${MODEL_PATH} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
