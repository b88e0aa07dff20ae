import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { collapseRepeats, collapseRepeatsKeepDoubles, deLeet, foldCharacters, joinSpacedLetters, lexiconForms, normalizeForModel } from './normalize.ts';

describe('foldCharacters', () => {
  it('lowercases, applies NFKC and strips zero-width characters', () => {
    assert.equal(foldCharacters('ＦＵＣＫ'), 'fuck');
    assert.equal(foldCharacters('n\u200Bi\u200Dg\uFEFFger'), 'nigger');
  });
  it('maps Cyrillic and Greek lookalikes to Latin letters', () => {
    assert.equal(foldCharacters('ѕсum'), 'scum');
    assert.equal(foldCharacters('ΙDΙΟΤ'.toLowerCase()), 'idiot');
  });
  it('drops accents used to dodge filters', () => {
    assert.equal(foldCharacters('fück'), 'fuck');
  });
});

describe('l33t and repeats', () => {
  it('reads digits and symbols as letters, with both readings of 1', () => {
    assert.deepEqual(deLeet('sh1t'), ['shit', 'shlt']);
    assert.deepEqual(deLeet('@$$'), ['ass']);
    assert.deepEqual(deLeet('m0r0n'), ['moron']);
  });
  it('leaves plain numbers alone', () => {
    assert.deepEqual(deLeet('1990'), ['1990']);
  });
  it('collapses stretched letters, with a second form that keeps doubles', () => {
    assert.equal(collapseRepeats('fuuuuck'), 'fuck');
    assert.equal(collapseRepeatsKeepDoubles('niggggers'), 'niggers');
  });
});

describe('joinSpacedLetters', () => {
  it('joins letters separated by spaces, dots or dashes', () => {
    assert.ok(joinSpacedLetters('you f u c k').includes('fuck'));
    assert.ok(joinSpacedLetters('f.u.c.k off').includes('fuck'));
    assert.ok(joinSpacedLetters('f-u-c-k').includes('fuck'));
  });
  it('finds a spelled word next to a one-letter word', () => {
    assert.ok(joinSpacedLetters('what a k.i.k.e').includes('kike'));
  });
  it('does not join ordinary words', () => {
    assert.deepEqual(joinSpacedLetters('I am a reader of this paper'), []);
  });
});

describe('normalizeForModel', () => {
  it('drops tweet artefacts, URLs and entities so the model learns words, not sources', () => {
    assert.equal(normalizeForModel('RT @someone: look &amp; see https://t.co/x'), 'look see');
  });
  it('keeps apostrophes inside words and masking symbols inside words only', () => {
    assert.equal(normalizeForModel("Don't!! sh!t"), "don't sh!t");
  });
});

describe('lexiconForms', () => {
  it('offers plain, de-l33ted and collapsed readings of each token', () => {
    const forms = lexiconForms('Sh1iiit');
    const token = forms.tokens[0];
    assert.ok(token);
    assert.ok(token.strict.includes('sh1iit'));
    assert.ok(token.loose.includes('shit'));
    assert.equal(token.stretched, true);
  });
});
