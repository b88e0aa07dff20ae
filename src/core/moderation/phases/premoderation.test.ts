import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from '../context-fixture.ts';
import { defaultModerationSettings } from '../settings.ts';
import type { Decision } from '../types.ts';
import { premoderation } from './premoderation.ts';

const premod = (p: Partial<typeof defaultModerationSettings.premod>) => ({ premod: { ...defaultModerationSettings.premod, ...p } });
const run = (overrides: Parameters<typeof buildContext>[0]): Decision => premoderation.run(buildContext(overrides)) as Decision;

describe('premoderation', () => {
  it('passes by default', () => {
    assert.deepEqual(run({}), { kind: 'pass' });
  });
  it('holds everything, not waivable, when the site pre-moderates all comments', () => {
    const d = run({ site: premod({ all: true }), author: { approvedCount: 500 } });
    assert.equal(d.kind === 'hold' && d.reason === 'PREMOD_ALL' && !d.waivable, true);
  });
  it('holds every comment on a pre-moderated story', () => {
    assert.equal((run({ thread: { premod: true } }) as { reason?: string }).reason, 'PREMOD_STORY');
  });
  it('holds the first N comments of a new author', () => {
    assert.equal((run({ site: premod({ newAuthorComments: 3 }), author: { approvedCount: 2 } }) as { reason?: string }).reason, 'PREMOD_NEW_AUTHOR');
    assert.deepEqual(run({ site: premod({ newAuthorComments: 3 }), author: { approvedCount: 3 } }), { kind: 'pass' });
  });
  it('holds comments with links when the site asks for it', () => {
    assert.equal((run({ site: premod({ links: true }), body: 'see www.example.org' }) as { reason?: string }).reason, 'PREMOD_LINKS');
    assert.deepEqual(run({ site: premod({ links: true }), body: 'no links here' }), { kind: 'pass' });
  });
});
