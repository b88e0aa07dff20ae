import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from '../context-fixture.ts';
import { suspectWords } from './suspect-words.ts';

describe('suspectWords', () => {
  it('holds (waivable) strong profanity, however spelled', () => {
    for (const body of ['this is f.u.c.k.i.n.g absurd', 'what a load of sh1t', 'fuuuuck']) {
      assert.deepEqual(suspectWords.run(buildContext({ body })), {
        kind: 'hold', reason: 'SUSPECT_WORD', message: 'Held for review: the comment contains language a moderator should check.', waivable: true,
      }, body);
    }
  });
  it('passes clean text', () => {
    assert.deepEqual(suspectWords.run(buildContext({ body: 'I assess the class of shiitake as excellent.' })), { kind: 'pass' });
  });
});
