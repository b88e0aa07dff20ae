import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext, FIXED_NOW, type ContextOverrides } from '../context-fixture.ts';
import type { Decision } from '../types.ts';
import { authorAllowed } from './author-allowed.ts';

const run = (author: ContextOverrides['author']): Decision => authorAllowed.run(buildContext({ author })) as Decision;

describe('authorAllowed', () => {
  it('refuses a banned author', () => {
    assert.equal((run({ status: 'banned' }) as { code?: string }).code, 'AUTHOR_BANNED');
  });
  it('refuses a suspended author until the suspension ends', () => {
    const later = new Date(FIXED_NOW.getTime() + 3_600_000);
    assert.deepEqual(run({ status: 'suspended', suspendedUntil: later }), {
      kind: 'refuse', code: 'AUTHOR_SUSPENDED', message: 'This account is suspended from commenting for now.', param: later.toISOString(),
    });
    assert.equal((run({ status: 'suspended', suspendedUntil: null }) as { code?: string }).code, 'AUTHOR_SUSPENDED');
  });
  it('lets an author whose suspension has ended through', () => {
    assert.deepEqual(run({ status: 'suspended', suspendedUntil: new Date(FIXED_NOW.getTime() - 1) }), { kind: 'pass' });
  });
  it('passes a shadow-banned author with the SHADOW_BANNED flag', () => {
    assert.deepEqual(run({ status: 'shadow_banned' }), { kind: 'pass', flags: ['SHADOW_BANNED'] });
  });
  it('passes an active author without flags', () => {
    assert.deepEqual(run({ status: 'active' }), { kind: 'pass' });
  });
});
