import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { matchPatterns, normalizeForPatterns, patternScores } from './patterns.ts';

function categories(text: string): string[] {
  return [...new Set(matchPatterns(text).map((h) => h.category))];
}

describe('matchPatterns', () => {
  it('finds threats and incitement against a person', () => {
    for (const text of ['Someone should shoot him.', 'I know where you live', 'You deserve to die', 'hang them all', 'I will find you and kill you', 'go kill yourself', 'these people should be lined up and shot', 'kill all the immigrants', 'we will kill them all', 'they should hang him', 'someone needs to put a bullet in his head', "I'll kill u"]) {
      assert.ok(categories(text).includes('threat'), text);
    }
  });
  it('rejects a sentence-opening call to kill a group but only holds the same words inside a sentence', () => {
    const levels = (text: string): string[] => matchPatterns(text).filter((h) => h.category === 'threat').map((h) => h.level);
    assert.ok(levels('Gas all the jews.').includes('reject'));
    assert.deepEqual(levels('There is no evidence of an order to kill all Jews.'), ['hold']);
  });
  it('holds veiled threats', () => {
    for (const text of ['It would be a shame if something happened to your car.', 'Something bad might happen to you.', 'We have your address.']) {
      assert.deepEqual(matchPatterns(text).map((h) => [h.category, h.level]), [['threat', 'hold']], text);
    }
  });
  it('finds sentence-opening "death to" slogans as incitement to hold', () => {
    assert.deepEqual(matchPatterns('Death to the traitors!').map((h) => [h.id, h.level]), [['THREAT_DEATH_TO', 'hold']]);
  });
  it('finds dehumanising comparisons', () => {
    for (const text of ['They are vermin', 'Immigrants are cockroaches', 'those animals', 'subhuman trash', 'they breed like rats']) {
      assert.ok(categories(text).includes('dehumanizing'), text);
    }
  });
  it('finds insults aimed at another commenter', () => {
    for (const text of ['you are an idiot', 'You moron', 'shut up, idiot', 'u r a m0r0n', "you're such a pathetic loser", 'Read the article, idiot.', 'are you stupid?', 'go fuck yourself']) {
      assert.ok(categories(text).includes('targeted_insult'), text);
    }
  });
  it('ignores war and terrorism vocabulary without a personal target', () => {
    for (const text of ['The army will bomb the bridge to stop the attack', 'Terrorists killed 40 civilians; the government must respond', 'Sanctions kill more people than bombs', 'The bill should be killed in committee', 'We must destroy their supply lines', 'You are wrong about the sanctions', 'Shoot down the drones before they reach the city', 'They will fight to the death to defend the city', 'Hostages must never get lost in the negotiations', 'Shut up and take my money!', 'If the rebels capture the hostages, they will kill them.', 'We shoot all the scenes on location.', 'Farmers kill all the weeds with glyphosate.', 'You are ignorant of the history here.']) {
      assert.deepEqual(matchPatterns(text), [], text);
    }
  });
});

describe('matchPatterns on crafted input', () => {
  it('stays linear on repeated intensifiers and short tokens', () => {
    // Not a timing assertion: exponential backtracking would run for minutes, not milliseconds.
    for (const text of ['you are ' + 'an absolute '.repeat(40) + 'x', 'they are ' + 'just like '.repeat(400) + 'x', 'a '.repeat(2500)]) {
      assert.ok(Array.isArray(matchPatterns(text)));
    }
  });
});

describe('normalizeForPatterns', () => {
  it('expands chat shorthand and keeps punctuation as tokens', () => {
    assert.equal(normalizeForPatterns("U R an idiot, ur wrong!!"), 'you are an idiot , your wrong !!');
  });
});

describe('patternScores', () => {
  it('takes the strongest level per category', () => {
    const scores = patternScores(matchPatterns('you idiot, I know where you live'));
    assert.equal(scores.threat, 0.98);
    assert.equal(scores.targeted_insult, 0.9);
    assert.equal(scores.dehumanizing, 0);
  });
});
