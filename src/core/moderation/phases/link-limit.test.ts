import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from '../context-fixture.ts';
import type { Decision } from '../types.ts';
import { linkLimit } from './link-limit.ts';

const run = (body: string, blockedDomains: string[] = [], max = 2): Decision => linkLimit.run(buildContext({ body, site: { links: { max, blockedDomains } } })) as Decision;

describe('linkLimit', () => {
  it('rejects a link to a blocked domain or any of its subdomains', () => {
    assert.deepEqual(run('see https://cdn.spam.example/buy', ['spam.example']), {
      kind: 'verdict', verdict: 'rejected', reason: 'LINK_BLOCKED_DOMAIN', message: 'Links to spam.example are not allowed on this site.',
    });
    assert.equal((run('see www.spam.example', ['spam.example']) as { reason?: string }).reason, 'LINK_BLOCKED_DOMAIN');
  });
  it('does not treat a look-alike domain as blocked', () => {
    assert.deepEqual(run('see https://notspam.example/', ['spam.example']), { kind: 'pass' });
  });
  it('holds (waivable) more links than the site allows', () => {
    assert.deepEqual(run('a https://a.example b https://b.example c [x](https://c.example)'), {
      kind: 'hold', reason: 'TOO_MANY_LINKS', message: 'Held for review: more than 2 links.', waivable: true,
    });
  });
  it('passes up to the limit', () => {
    assert.deepEqual(run('a https://a.example b https://b.example'), { kind: 'pass' });
  });
});
