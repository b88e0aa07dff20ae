import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from '../context-fixture.ts';
import type { Decision } from '../types.ts';
import { trust } from './trust.ts';

const run = (overrides: Parameters<typeof buildContext>[0]): Decision => trust.run(buildContext(overrides)) as Decision;

describe('trust', () => {
  it('waives holds for an author with enough approved comments', () => {
    assert.equal(run({ author: { approvedCount: 10 } }).kind, 'waive');
  });
  it('does nothing for a newer author', () => {
    assert.deepEqual(run({ author: { approvedCount: 9 } }), { kind: 'pass' });
  });
  it('waives holds for staff whatever their history', () => {
    assert.equal(run({ author: { role: 'moderator', approvedCount: 0 } }).kind, 'waive');
  });
  it('is off when the site sets the threshold to 0', () => {
    assert.deepEqual(run({ author: { approvedCount: 1000 }, site: { trust: { approvedComments: 0 } } }), { kind: 'pass' });
  });
});
