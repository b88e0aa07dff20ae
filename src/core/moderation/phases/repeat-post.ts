import { normalizeForModel } from '../normalize.ts';
import type { Decision, NamedPhase, PhaseContext } from '../types.ts';

function run(ctx: Pick<PhaseContext, 'action' | 'draft' | 'author' | 'site' | 'now'>): Decision {
  // An edit is compared with nothing: the author's own earlier version is in recentBodies.
  if (ctx.action === 'edit') return { kind: 'pass' };
  const text = normalizeForModel(ctx.draft.body);
  if (!text) return { kind: 'pass' };
  const since = ctx.now.getTime() - ctx.site.repeatWindowMinutes * 60_000;
  const repeated = ctx.author.recentBodies.some((recent) => recent.at.getTime() >= since && normalizeForModel(recent.body) === text);
  if (!repeated) return { kind: 'pass' };
  // Not waivable: a double submit from a trusted author would otherwise publish twice.
  return { kind: 'hold', reason: 'REPEAT_POST', message: 'Held for review: you posted the same comment a moment ago.', waivable: false };
}

export const repeatPost: NamedPhase = { name: 'repeatPost', run };
