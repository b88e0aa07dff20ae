// Tests `parley score` (src/cli/score-command.ts) here, beside the moderation code it drives.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { scoreCommand } from '../../cli/score-command.ts';

async function runScore(argv: string[], input: string): Promise<{ code: number; out: string }> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  const code = await scoreCommand(argv, { stdin: Readable.from([input]), stdout });
  return { code, out: Buffer.concat(chunks).toString('utf8') };
}

describe('parley score', () => {
  it('prints one JSON object per input line with scores, decision and reason', async () => {
    const { code, out } = await runScore(['--json'], 'The army will bomb the bridge.\n{"text":"I know where you live"}\n\nyou are an idiot\nwhat a k.i.k.e\n');
    assert.equal(code, 0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { text: string; decision: string; reason: string | null; scores: Record<string, number> });
    assert.deepEqual(lines.map((l) => [l.text, l.decision, l.reason]), [
      ['The army will bomb the bridge.', 'publish', null],
      ['I know where you live', 'reject', 'THREAT'],
      ['you are an idiot', 'hold', 'TARGETED_INSULT'],
      ['what a k.i.k.e', 'reject', 'BANNED_WORD'],
    ]);
    for (const l of lines) assert.deepEqual(Object.keys(l.scores).sort(), ['dehumanizing', 'identity_attack', 'insult', 'obscene', 'targeted_insult', 'threat', 'toxicity']);
  });
  it('prints a readable table without --json', async () => {
    const { code, out } = await runScore([], 'Shut up, idiot.\n');
    assert.equal(code, 0);
    const [header, row] = out.trim().split('\n');
    assert.match(header ?? '', /^DECISION\s+TOX/);
    assert.match(row ?? '', /^hold\s.*TARGETED_INSULT\s+Shut up, idiot\.$/);
  });
  it('reports a JSON line without a text field and exits non-zero', async () => {
    const { code, out } = await runScore(['--json'], '{"body":"x"}\n');
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(out), { line: 1, error: 'JSON line has no string "text" field' });
  });
  it('prints usage for --help and for unknown flags', async () => {
    assert.match((await runScore(['--help'], '')).out, /^Usage: parley score/);
    const bad = await runScore(['--nope'], '');
    assert.equal(bad.code, 2);
    assert.match(bad.out, /Usage: parley score/);
  });
});
