import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from '../context-fixture.ts';
import type { Decision } from '../types.ts';
import { bannedWords, lexiconFor } from './banned-words.ts';

describe('bannedWords', () => {
  it('rejects a comment with an obfuscated slur from the default list', () => {
    assert.deepEqual(bannedWords.run(buildContext({ body: 'go home you n1gg3r' })), {
      kind: 'verdict', verdict: 'rejected', reason: 'BANNED_WORD', message: 'Refused: the comment contains a word this site does not allow.',
    });
  });
  it('uses the site list instead of the default when one is set', () => {
    const site = { words: { banned: ['rutabaga+'], suspect: [] } };
    assert.equal((bannedWords.run(buildContext({ body: 'R U T A B A G A S' , site })) as Decision).kind, 'verdict');
    assert.equal((bannedWords.run(buildContext({ body: 'go home you n1gg3r', site })) as Decision).kind, 'pass');
  });
  it('compiles a list once even when the settings are rebuilt with a fresh array', () => {
    assert.equal(lexiconFor(['alpha+', 'beta']), lexiconFor(['alpha+', 'beta']));
    assert.notEqual(lexiconFor(['alpha+', 'beta']), lexiconFor(['alpha+', 'gamma']));
  });
  it('passes clean text', () => {
    assert.deepEqual(bannedWords.run(buildContext({ body: 'The Scunthorpe by-election was close.' })), { kind: 'pass' });
  });
});
