/**
 * Toxicity inference: a linear model over hashed n-gram features, one logistic output per
 * category. Pure and synchronous; a typical comment scores in a few tens of microseconds.
 */
import { normalizeForModel } from '../normalize.ts';
import type { ModelCategory } from './categories.ts';
import { createFeatureExtractor } from './features.ts';
import type { ToxicityWeights } from './model.ts';

export type ToxicityScores = Record<ModelCategory, number>;

export interface ToxicityScorer {
  readonly categories: readonly ModelCategory[];
  score(text: string): ToxicityScores;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function createToxicityScorer(model: ToxicityWeights): ToxicityScorer {
  const n = model.categories.length;
  const logits = new Float64Array(n);
  const extract = createFeatureExtractor(model.bits);
  return {
    categories: model.categories,
    score(text) {
      const { indices, value } = extract(normalizeForModel(text));
      logits.set(model.bias);
      for (let k = 0; k < indices.length; k++) {
        const base = (indices[k] as number) * n;
        for (let c = 0; c < n; c++) logits[c] = (logits[c] as number) + (model.weights[base + c] as number) * value;
      }
      const scores = {} as ToxicityScores;
      model.categories.forEach((category, c) => {
        scores[category] = sigmoid(logits[c] as number);
      });
      return scores;
    },
  };
}
