/**
 * `parley score`: scores comments from stdin with the offline model, word lists and patterns,
 * and says what the default site settings would decide for the text alone (author, story and
 * pre-moderation rules are not involved).
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { runPipeline } from '../core/moderation/pipeline.ts';
import { contentPhases } from '../core/moderation/phases/index.ts';
import { contentScores } from '../core/moderation/phases/toxicity.ts';
import { defaultModerationSettings } from '../core/moderation/settings.ts';
import { CATEGORIES, type CategoryScores } from '../core/moderation/toxicity/categories.ts';
import type { PhaseContext, PipelineResult } from '../core/moderation/types.ts';
import { DEFAULT_TOXICITY_MODEL_PATH, loadToxicityScorer } from '../services/moderation/load-toxicity-model.ts';

export const SCORE_USAGE = `Usage: parley score [--json] [--model <path>] < comments.txt

Reads comments from stdin, one per line (plain text, or JSON lines with a "text" field),
and prints what Parley's moderation would decide for each with the default site settings.

Options:
  --json          one JSON object per input line:
                  {"text", "scores": {category: 0..1}, "decision": "publish"|"hold"|"reject", "reason"}
  --model <path>  toxicity model file (default: models/toxicity-model.json)
  -h, --help      show this help

Categories: ${CATEGORIES.join(', ')}`;

export type ScoreDecision = 'publish' | 'hold' | 'reject';

export interface ScoreLine {
  readonly text: string;
  readonly scores: CategoryScores;
  readonly decision: ScoreDecision;
  readonly reason: string | null;
}

const DECISION: Record<PipelineResult['outcome'], ScoreDecision> = { approved: 'publish', held: 'hold', rejected: 'reject', refused: 'reject' };
const SHORT: Record<(typeof CATEGORIES)[number], string> = {
  toxicity: 'TOX', insult: 'INS', obscene: 'OBS', identity_attack: 'IDA', threat: 'THR', dehumanizing: 'DEH', targeted_insult: 'TIN',
};

function contextFor(text: string, checks: PhaseContext['checks']): PhaseContext {
  return {
    action: 'create',
    draft: { body: text },
    author: { id: null, role: 'guest', status: 'active', suspendedUntil: null, approvedCount: 0, recentBodies: [] },
    thread: { closedAt: null, premod: false },
    site: defaultModerationSettings,
    // Content phases never read the clock; a fixed date keeps the output reproducible.
    now: new Date(0),
    checks,
  };
}

/** Returns the comment text of one input line, or an error message for a malformed JSON line. */
function textOf(line: string): { text: string } | { error: string } {
  if (!line.trimStart().startsWith('{')) return { text: line };
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    // A comment may legitimately start with "{"; only a parseable object counts as JSON input.
    return { text: line };
  }
  if (parsed && typeof parsed === 'object' && typeof (parsed as { text?: unknown }).text === 'string') return { text: (parsed as { text: string }).text };
  return { error: 'JSON line has no string "text" field' };
}

function tableHeader(): string {
  return ['DECISION', ...CATEGORIES.map((c) => SHORT[c].padStart(4)), 'REASON'.padEnd(16), 'TEXT'].join('  ');
}

function tableRow(line: ScoreLine): string {
  const text = line.text.replace(/\s+/g, ' ');
  return [
    line.decision.padEnd(8),
    ...CATEGORIES.map((c) => line.scores[c].toFixed(2).padStart(4)),
    (line.reason ?? '-').padEnd(16),
    text.length > 80 ? `${text.slice(0, 77)}...` : text,
  ].join('  ');
}

export async function scoreCommand(argv: string[], io: { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream }): Promise<number> {
  let values: { json?: boolean; help?: boolean; model?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, model: { type: 'string' } }, strict: true }));
  } catch (err) {
    io.stdout.write(`parley score: ${(err as Error).message}\n\n${SCORE_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${SCORE_USAGE}\n`);
    return 0;
  }
  const scorer = await loadToxicityScorer(values.model ?? DEFAULT_TOXICITY_MODEL_PATH);
  const checks = { toxicity: scorer };
  if (!values.json) io.stdout.write(`${tableHeader()}\n`);
  let lineNumber = 0;
  let failed = false;
  for await (const raw of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (!raw.trim()) continue;
    const input = textOf(raw);
    if ('error' in input) {
      failed = true;
      io.stdout.write(values.json ? `${JSON.stringify({ line: lineNumber, error: input.error })}\n` : `error     line ${lineNumber}: ${input.error}\n`);
      continue;
    }
    const ctx = contextFor(input.text, checks);
    const result = await runPipeline(contentPhases, ctx);
    // Scores are reported even when a word list decided before the model ran.
    const line: ScoreLine = { text: input.text, scores: result.scores ?? contentScores(input.text, ctx), decision: DECISION[result.outcome], reason: result.reason };
    io.stdout.write(values.json ? `${JSON.stringify({ ...line, scores: roundScores(line.scores) })}\n` : `${tableRow(line)}\n`);
  }
  return failed ? 1 : 0;
}

function roundScores(scores: CategoryScores): CategoryScores {
  const out = {} as CategoryScores;
  for (const c of CATEGORIES) out[c] = Math.round(scores[c] * 10_000) / 10_000;
  return out;
}
