import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext, FIXED_NOW } from '../context-fixture.ts';
import { storyClosed } from './story-closed.ts';

describe('storyClosed', () => {
  it('refuses with STORY_CLOSED once the closing time has passed', () => {
    const decision = storyClosed.run(buildContext({ thread: { closedAt: new Date(FIXED_NOW.getTime() - 1000) } }));
    assert.deepEqual(decision, { kind: 'refuse', code: 'STORY_CLOSED', message: 'Comments on this story are closed.', param: 'story' });
  });
  it('passes while the story is open or closes later', () => {
    assert.equal((storyClosed.run(buildContext()) as { kind: string }).kind, 'pass');
    assert.equal((storyClosed.run(buildContext({ thread: { closedAt: new Date(FIXED_NOW.getTime() + 60_000) } })) as { kind: string }).kind, 'pass');
  });
});
