import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadToxicityWeights } from '../../../services/moderation/load-toxicity-model.ts';
import { MODEL_CATEGORIES } from './categories.ts';
import { encodeToxicityModel, decodeToxicityModel, type ToxicityWeights } from './model.ts';
import { createToxicityScorer, type ToxicityScorer } from './scorer.ts';

let weights: ToxicityWeights;
let scorer: ToxicityScorer;
before(async () => {
  weights = await loadToxicityWeights();
  scorer = createToxicityScorer(weights);
});

describe('createToxicityScorer with the committed model', () => {
  it('scores every model category between 0 and 1', () => {
    const scores = scorer.score('Some text about the council budget.');
    assert.deepEqual(Object.keys(scores), [...MODEL_CATEGORIES]);
    for (const value of Object.values(scores)) assert.ok(value >= 0 && value <= 1);
  });
  it('ranks abusive comments above civil ones', () => {
    const pairs: [string, string][] = [
      ['you are a stupid worthless bitch', 'you are a thoughtful writer'],
      ['shut your filthy mouth you retard', 'the council should publish its accounts'],
      ['this fucking garbage paper', 'this newspaper covers the war well'],
    ];
    for (const [abusive, civil] of pairs) assert.ok(scorer.score(abusive).toxicity > scorer.score(civil).toxicity + 0.3, abusive);
  });
  it('scores slurs as identity attacks more than insults without them', () => {
    assert.ok(scorer.score('all those faggots and niggers should leave').identity_attack > scorer.score('all those idiots should leave').identity_attack);
  });
  it('sees through obfuscation the normaliser undoes', () => {
    assert.ok(Math.abs(scorer.score('ＹＯＵ ＩＤＩＯＴ').toxicity - scorer.score('you idiot').toxicity) < 1e-9);
  });
  it('is deterministic and handles empty text', () => {
    assert.deepEqual(scorer.score('hello'), scorer.score('hello'));
    const empty = scorer.score('');
    assert.ok(empty.toxicity > 0 && empty.toxicity < 1);
  });
});

describe('model file round trip', () => {
  it('decodes what it encodes, within int8 quantisation error', () => {
    const bits = 4;
    const row = Float32Array.from({ length: 16 }, (_, i) => (i - 8) / 4);
    const file = encodeToxicityModel(bits, ['toxicity'], [0.5], [row], {});
    const decoded = decodeToxicityModel(JSON.parse(JSON.stringify(file)));
    assert.equal(decoded.bits, bits);
    for (let i = 0; i < 16; i++) assert.ok(Math.abs((decoded.weights[i] as number) - (row[i] as number)) <= 2 / 127 + 1e-6);
  });
  it('refuses an unknown format', () => {
    assert.throws(() => decodeToxicityModel({ ...encodeToxicityModel(2, ['toxicity'], [0], [new Float32Array(4)], {}), format: 'other' as never }));
  });
});
