import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadToxicityScorer } from '../../../services/moderation/load-toxicity-model.ts';
import { buildContext } from '../context-fixture.ts';
import type { ToxicityScorer } from '../toxicity/scorer.ts';
import type { Decision } from '../types.ts';
import { toxicity } from './toxicity.ts';

let scorer: ToxicityScorer;
before(async () => {
  scorer = await loadToxicityScorer();
});
const run = (body: string, withModel = true): Decision => toxicity.run(buildContext({ body, checks: withModel ? { toxicity: scorer } : {} })) as Decision;

describe('toxicity', () => {
  it('rejects a threat found by the pattern layer, naming the category', () => {
    const d = run('Someone should shoot him.');
    assert.equal(d.kind === 'verdict' && d.verdict === 'rejected' && d.reason === 'THREAT', true);
  });
  it('holds (not waivable) an insult aimed at another commenter', () => {
    const d = run('You are an idiot.');
    assert.equal(d.kind, 'hold');
    assert.equal(d.kind === 'hold' && d.reason === 'TARGETED_INSULT' && !d.waivable, true);
  });
  it('holds a hold-level threat pattern such as a "death to" slogan', () => {
    const d = run('Death to the traitors!');
    assert.equal(d.kind === 'hold' && d.reason === 'THREAT', true);
  });
  it('holds dehumanising language', () => {
    assert.equal((run('Immigrants are cockroaches.') as { reason?: string }).reason, 'DEHUMANIZING');
  });
  it('holds text the model finds abusive even without a pattern', () => {
    const d = run('what a load of dumb garbage, every single person who writes here is a brainless moron');
    assert.equal(d.kind, 'hold');
  });
  it('passes civil text and reports every category score', () => {
    const d = run('The army will bomb the bridge to stop the attack.');
    assert.equal(d.kind, 'pass');
    assert.deepEqual(Object.keys(d.kind === 'pass' ? d.scores ?? {} : {}).sort(), ['dehumanizing', 'identity_attack', 'insult', 'obscene', 'targeted_insult', 'threat', 'toxicity']);
  });
  it('fails open with a flag when no model is available, but patterns still apply', () => {
    const civil = run('A fine article.', false);
    assert.equal(civil.kind === 'pass' && civil.flags?.includes('TOXICITY_UNAVAILABLE'), true);
    assert.equal(run('I know where you live', false).kind, 'verdict');
  });
  it('respects per-site thresholds', () => {
    const strict = buildContext({ body: 'Sanctions kill more people than bombs.', checks: { toxicity: scorer }, site: { thresholds: { hold: 0.01, reject: 2, categories: {} } } });
    assert.equal((toxicity.run(strict) as Decision).kind, 'hold');
  });
});
