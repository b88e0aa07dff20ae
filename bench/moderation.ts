/**
 * Moderation cost per comment: the toxicity model alone, and the full pipeline with default
 * settings, over the hand-written civil and abusive sentences of the tests (repeated to ~4,000
 * comments). Prints microseconds per comment; the budget is < 1 ms.
 */
import { pathToFileURL } from 'node:url';
import { defaultModerationSettings, defaultPhases, runPipeline } from '../src/core/moderation/index.ts';
import { ABUSIVE, CIVIL_POLITICAL } from '../src/core/moderation/fixtures.test-data.ts';
import { loadToxicityScorer } from '../src/services/moderation/load-toxicity-model.ts';

export async function benchModeration(): Promise<Record<string, number>> {
  const scorer = await loadToxicityScorer();
  const texts = Array.from({ length: 100 }, (_, i) => [...CIVIL_POLITICAL, ...ABUSIVE].map((t) => `${t} (${i})`)).flat();
  for (const t of texts.slice(0, 200)) scorer.score(t); // warm-up
  let start = performance.now();
  for (const t of texts) scorer.score(t);
  const modelUs = ((performance.now() - start) * 1000) / texts.length;
  const author = { id: '1', role: 'guest' as const, status: 'active' as const, suspendedUntil: null, approvedCount: 0, recentBodies: [] };
  start = performance.now();
  for (const body of texts) {
    await runPipeline(defaultPhases, {
      action: 'create', draft: { body }, author, thread: { closedAt: null, premod: false }, site: defaultModerationSettings,
      now: new Date(), checks: { toxicity: scorer },
    });
  }
  const pipelineUs = ((performance.now() - start) * 1000) / texts.length;
  return { comments: texts.length, 'model µs/comment': Math.round(modelUs), 'pipeline µs/comment': Math.round(pipelineUs) };
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) console.log(await benchModeration());
