import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext, FIXED_NOW } from '../context-fixture.ts';
import type { Decision } from '../types.ts';
import { repeatPost } from './repeat-post.ts';

const minutesAgo = (m: number): Date => new Date(FIXED_NOW.getTime() - m * 60_000);

describe('repeatPost', () => {
  it('holds (not waivable) the same text posted again within the window, ignoring case and punctuation', () => {
    const decision = repeatPost.run(buildContext({ body: 'Great article!!', author: { recentBodies: [{ body: 'great   article', at: minutesAgo(2) }] } })) as Decision;
    assert.deepEqual(decision, { kind: 'hold', reason: 'REPEAT_POST', message: 'Held for review: you posted the same comment a moment ago.', waivable: false });
  });
  it('passes when the earlier copy is older than the window', () => {
    const decision = repeatPost.run(buildContext({ body: 'Great article', author: { recentBodies: [{ body: 'Great article', at: minutesAgo(11) }] } })) as Decision;
    assert.deepEqual(decision, { kind: 'pass' });
  });
  it('passes a different text', () => {
    const decision = repeatPost.run(buildContext({ body: 'Great article', author: { recentBodies: [{ body: 'Terrible article', at: minutesAgo(1) }] } })) as Decision;
    assert.deepEqual(decision, { kind: 'pass' });
  });
  it('does not compare an edit with the comment being edited', () => {
    const decision = repeatPost.run(buildContext({ action: 'edit', body: 'Great article', author: { recentBodies: [{ body: 'Great article', at: minutesAgo(1) }] } })) as Decision;
    assert.deepEqual(decision, { kind: 'pass' });
  });
});
