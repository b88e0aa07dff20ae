/**
 * Evaluates the committed toxicity model on the held-out split that scripts/train-toxicity.ts
 * never trains on (same seed, same documents). Prints ROC AUC per category and per source,
 * precision/recall/F1 at the default hold and reject thresholds, what the whole content
 * pipeline (word lists + patterns + model) decides, and the mean time per comment.
 */
import { docIdOf, isHeldOut, loadExamples, type Example } from './train-toxicity.ts';
import { runPipeline } from '../src/core/moderation/pipeline.ts';
import { contentPhases } from '../src/core/moderation/phases/index.ts';
import { contentScores, thresholdFor } from '../src/core/moderation/phases/toxicity.ts';
import { defaultModerationSettings } from '../src/core/moderation/settings.ts';
import { MODEL_CATEGORIES, type ModelCategory } from '../src/core/moderation/toxicity/categories.ts';
import type { ToxicityScores } from '../src/core/moderation/toxicity/scorer.ts';
import type { PhaseContext } from '../src/core/moderation/types.ts';
import { loadToxicityScorer } from '../src/services/moderation/load-toxicity-model.ts';

/** Mann–Whitney ROC AUC with ties counted as half. */
export function rocAuc(points: readonly (readonly [score: number, positive: boolean])[]): number {
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let positives = 0;
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j < sorted.length && sorted[j]?.[0] === sorted[i]?.[0]) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (sorted[k]?.[1]) {
      rankSum += rank;
      positives++;
    }
    i = j;
  }
  const negatives = sorted.length - positives;
  return positives === 0 || negatives === 0 ? Number.NaN : (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

function prf(points: readonly (readonly [number, boolean])[], threshold: number): string {
  if (threshold > 1) return 'off';
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [score, positive] of points) {
    if (score >= threshold && positive) tp++;
    else if (score >= threshold) fp++;
    else if (positive) fn++;
  }
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)} @${threshold}`;
}

const fmt = (x: number): string => (Number.isNaN(x) ? '  n/a ' : x.toFixed(4));

async function main(): Promise<void> {
  const scorer = await loadToxicityScorer();
  const heldOut = loadExamples().filter((e) => isHeldOut(docIdOf(e)));
  const scores: ToxicityScores[] = heldOut.map((e) => scorer.score(e.text));
  const positive = (e: Example, c: ModelCategory): boolean | null => {
    const y = e.labels[c];
    return y === undefined ? null : y >= 0.5;
  };
  const pointsFor = (c: ModelCategory, filter: (e: Example) => boolean = () => true): [number, boolean][] => {
    const out: [number, boolean][] = [];
    heldOut.forEach((e, i) => {
      const y = positive(e, c);
      if (y !== null && filter(e)) out.push([(scores[i] as ToxicityScores)[c], y]);
    });
    return out;
  };

  const bySource: Record<string, number> = {};
  for (const e of heldOut) bySource[e.source] = (bySource[e.source] ?? 0) + 1;
  console.log(`Held-out split: ${heldOut.length} examples`, bySource);
  console.log('\nROC AUC per category (label = majority of raters; only sources that label the category)');
  for (const c of MODEL_CATEGORIES) {
    const pts = pointsFor(c);
    const pos = pts.filter((p) => p[1]).length;
    const t = thresholdFor(defaultModerationSettings, c);
    console.log(`  ${c.padEnd(16)} AUC ${fmt(rocAuc(pts))}  n=${pts.length} pos=${pos}  hold: ${prf(pts, t.hold)}  reject: ${prf(pts, t.reject)}`);
  }
  console.log('\nOverall toxic-vs-clean (toxicity output) by source');
  const sources: [string, (e: Example) => boolean][] = [
    ['all sources', () => true],
    ['davidson tweets', (e) => e.source === 'davidson'],
    ['stormfront sentences', (e) => e.source === 'stormfront'],
    ['toxic-spans comments vs their clean sentences', (e) => e.source === 'civil' || e.source === 'civil-sentence'],
  ];
  for (const [name, filter] of sources) console.log(`  ${name.padEnd(46)} AUC ${fmt(rocAuc(pointsFor('toxicity', filter)))}`);

  // The pattern layer adds evidence the model lacks; merged the way the toxicity phase merges it.
  const merged = heldOut.map((e) => contentScores(e.text, { site: defaultModerationSettings, checks: { toxicity: scorer } }));
  const mergedFor = (c: ModelCategory, pick: (i: number) => number): [number, boolean][] => {
    const out: [number, boolean][] = [];
    heldOut.forEach((e, i) => {
      const y = positive(e, c);
      if (y !== null) out.push([pick(i), y]);
    });
    return out;
  };
  console.log('\nWith the pattern layer (max of model score and pattern score)');
  const threatPts = mergedFor('threat', (i) => merged[i]?.threat ?? 0);
  const t = thresholdFor(defaultModerationSettings, 'threat');
  console.log(`  threat = max(model, threat patterns)              AUC ${fmt(rocAuc(threatPts))}  hold: ${prf(threatPts, t.hold)}  reject: ${prf(threatPts, t.reject)}`);
  console.log(`  insult = max(model, targeted-insult patterns)    AUC ${fmt(rocAuc(mergedFor('insult', (i) => Math.max(merged[i]?.insult ?? 0, merged[i]?.targeted_insult ?? 0))))}`);
  console.log(`  identity_attack = max(model, dehumanizing)      AUC ${fmt(rocAuc(mergedFor('identity_attack', (i) => Math.max(merged[i]?.identity_attack ?? 0, merged[i]?.dehumanizing ?? 0))))}`);

  // What the shipped content phases decide, counting hold and reject as "flagged".
  const decided = { tp: 0, fp: 0, fn: 0, tn: 0, rejectedClean: 0 };
  const ctxFor = (body: string): PhaseContext => ({
    action: 'create', draft: { body }, now: new Date(0), checks: { toxicity: scorer }, site: defaultModerationSettings,
    author: { id: null, role: 'guest', status: 'active', suspendedUntil: null, approvedCount: 0, recentBodies: [] },
    thread: { closedAt: null, premod: false },
  });
  for (const e of heldOut) {
    const toxic = (e.labels.toxicity ?? 0) >= 0.5;
    const result = await runPipeline(contentPhases, ctxFor(e.text));
    const flagged = result.outcome !== 'approved';
    if (toxic && flagged) decided.tp++;
    else if (toxic) decided.fn++;
    else if (flagged) {
      decided.fp++;
      if (result.outcome === 'rejected') decided.rejectedClean++;
    } else decided.tn++;
  }
  const precision = decided.tp / (decided.tp + decided.fp);
  const recall = decided.tp / (decided.tp + decided.fn);
  console.log('\nContent pipeline with default settings (flagged = hold or reject)');
  console.log(`  precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${((2 * precision * recall) / (precision + recall)).toFixed(3)}; clean comments flagged ${decided.fp} of ${decided.fp + decided.tn} (${decided.rejectedClean} rejected)`);

  const texts = heldOut.map((e) => e.text);
  const meanChars = texts.reduce((n, t) => n + t.length, 0) / texts.length;
  for (const t of texts.slice(0, 2000)) scorer.score(t);
  let start = performance.now();
  const passes = 3;
  for (let p = 0; p < passes; p++) for (const t of texts) scorer.score(t);
  const modelUs = ((performance.now() - start) * 1000) / (passes * texts.length);
  start = performance.now();
  for (const t of texts) await runPipeline(contentPhases, ctxFor(t));
  const pipelineUs = ((performance.now() - start) * 1000) / texts.length;
  console.log(`\nMean time per comment (${texts.length} held-out texts, mean ${meanChars.toFixed(0)} chars): model ${modelUs.toFixed(1)} µs, content pipeline ${pipelineUs.toFixed(1)} µs`);
}

await main();
