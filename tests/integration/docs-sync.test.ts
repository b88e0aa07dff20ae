import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { configMarkdown } from '../../src/config/load.ts';
import { ERROR_CODES } from '../../src/contract/error-codes.ts';
import { HTTP_STATUS } from '../../src/server/plugins/error-handler.ts';

const docs = (name: string) => readFileSync(join(import.meta.dirname, '../../docs', name), 'utf8');

describe('documentation kept in sync with the code', () => {
  it('docs/errors.md lists every error code with its HTTP status, and nothing else', () => {
    const rows = [...docs('errors.md').matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \|/gm)].map((m) => [m[1], Number(m[2])] as const);
    assert.deepEqual(rows.map(([c]) => c).sort(), Object.values(ERROR_CODES).sort());
    for (const [code, status] of rows) assert.equal(status, HTTP_STATUS[code as keyof typeof HTTP_STATUS], `${code} status`);
  });

  it('docs/configuration.md holds the table generated from the config schema', () => {
    const text = docs('configuration.md');
    const generated = text.slice(text.indexOf('<!-- generated:start -->') + 24, text.indexOf('<!-- generated:end -->')).trim();
    assert.equal(generated, configMarkdown());
  });
});
