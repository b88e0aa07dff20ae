/**
 * Reads the committed toxicity model (models/toxicity-model.json) from disk. The only
 * file I/O the moderation model needs; everything after decoding lives in core.
 * Decoding takes ~20 ms, so callers load once at startup and share the scorer.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeToxicityModel, type ToxicityModelFile, type ToxicityWeights } from '../../core/moderation/toxicity/model.ts';
import { createToxicityScorer, type ToxicityScorer } from '../../core/moderation/toxicity/scorer.ts';

export const DEFAULT_TOXICITY_MODEL_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'toxicity-model.json');

export async function loadToxicityWeights(path: string = DEFAULT_TOXICITY_MODEL_PATH): Promise<ToxicityWeights> {
  return decodeToxicityModel(JSON.parse(await readFile(path, 'utf8')) as ToxicityModelFile);
}

export async function loadToxicityScorer(path: string = DEFAULT_TOXICITY_MODEL_PATH): Promise<ToxicityScorer> {
  return createToxicityScorer(await loadToxicityWeights(path));
}
