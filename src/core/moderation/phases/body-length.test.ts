import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from '../context-fixture.ts';
import { defaultModerationSettings } from '../settings.ts';
import type { Decision } from '../types.ts';
import { bodyLength } from './body-length.ts';

const run = (body: string, maxLength = 50): Decision => bodyLength.run(buildContext({ body, site: { body: { maxLength } } })) as Decision;

describe('bodyLength', () => {
  it('refuses empty and whitespace-only bodies', () => {
    for (const body of ['', '   \n\t', '** **', '> ', '\u200B\u200B', '---']) assert.equal((run(body) as { code?: string }).code, 'BODY_EMPTY', JSON.stringify(body));
  });
  it('refuses a body longer than the site limit, counting characters not bytes', () => {
    assert.equal((run('é'.repeat(50)) as { kind: string }).kind, 'pass');
    assert.deepEqual(run('x'.repeat(51)), { kind: 'refuse', code: 'BODY_TOO_LONG', message: 'A comment on this site is at most 50 characters; this one has 51.', param: 'body' });
  });
  it('accepts a short real comment and an emoji-only one', () => {
    assert.deepEqual(run('ok'), { kind: 'pass' });
    assert.deepEqual(run('👍'), { kind: 'pass' });
  });
  it('has a generous default limit', () => {
    assert.ok(defaultModerationSettings.body.maxLength >= 2000);
  });
});
