import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLexicon } from './lexicon.ts';
import { DEFAULT_BANNED_WORDS, DEFAULT_SUSPECT_WORDS } from './word-lists.ts';

const banned = createLexicon(DEFAULT_BANNED_WORDS);
const suspect = createLexicon(DEFAULT_SUSPECT_WORDS);

describe('createLexicon with the default lists', () => {
  it('finds slurs however they are disguised', () => {
    for (const text of ['n1gg3r', 'nіgger' /* Cyrillic і */, 'n\u200Bigger', 'niggggers', 'F@GG0T', 'typical f a g g o t', 'what a k.i.k.e', 'sp1cs', 'n#gger']) {
      assert.ok(banned.find(text).length > 0, text);
    }
  });
  it('finds strong profanity however it is disguised', () => {
    for (const text of ['fuuuuck this', 'f.u.c.k you', 'f-u-c-k', 'f**k off', 'sh!t', '$h1t', 'ｆｕｃｋ', 'motherfuuuucker']) {
      assert.ok(suspect.find(text).length > 0, text);
    }
  });
  it('leaves innocent words that contain or resemble listed ones alone', () => {
    for (const text of ['Scunthorpe United won', 'an assessment of the class', 'shiitake mushrooms', 'spicy food', 'Sean Spicer spoke', 'Dick Cheney resigned', 'cocktail hour', 'the 1990s', 'I am a reader']) {
      assert.deepEqual([...banned.find(text), ...suspect.find(text)], [], text);
    }
  });
  it('matches inflections only for entries marked with +', () => {
    const lexicon = createLexicon(['idiot+', 'moron']);
    assert.equal(lexicon.find('idiots everywhere').length, 1);
    assert.equal(lexicon.find('morons everywhere').length, 0);
  });
  it('reports the entry and the form that matched', () => {
    assert.deepEqual(createLexicon(['*fuck*']).find('fuuuck'), [{ entry: '*fuck*', form: 'fuck' }]);
  });
});
