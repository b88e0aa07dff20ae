import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hueOf, initials } from './initials.ts';

describe('avatar initials', () => {
  it('takes the first letters of up to two words, skipping punctuation', () => {
    assert.equal(initials('Dave from Leeds'), 'DF');
    assert.equal(initials('mara k.'), 'MK');
    assert.equal(initials('"Anonymous"'), 'A');
    assert.equal(initials('Анна'), 'А');
    assert.equal(initials('  '), '?');
  });
  it('gives one name one hue, and different names different hues', () => {
    assert.equal(hueOf('Olek'), hueOf('Olek'));
    assert.notEqual(hueOf('Olek'), hueOf('Marta'));
    assert.ok(hueOf('Olek') >= 0 && hueOf('Olek') < 360);
  });
});
