import type { Decision, NamedPhase, PhaseContext } from '../types.ts';

// Markdown that renders to nothing visible ("** **", "> ", a lone "---") counts as empty.
const VISIBLE = /[\p{L}\p{N}\p{So}]/u;

function run(ctx: Pick<PhaseContext, 'draft' | 'site'>): Decision {
  const body = ctx.draft.body.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');
  if (!VISIBLE.test(body)) return { kind: 'refuse', code: 'BODY_EMPTY', message: 'Write something before posting.', param: 'body' };
  const length = [...body.trim()].length;
  if (length > ctx.site.body.maxLength) {
    return { kind: 'refuse', code: 'BODY_TOO_LONG', message: `A comment on this site is at most ${ctx.site.body.maxLength} characters; this one has ${length}.`, param: 'body' };
  }
  return { kind: 'pass' };
}

export const bodyLength: NamedPhase = { name: 'bodyLength', run };
