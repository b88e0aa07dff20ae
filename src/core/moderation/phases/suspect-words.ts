import type { Decision, NamedPhase, PhaseContext } from '../types.ts';
import { lexiconFor } from './banned-words.ts';

function run(ctx: Pick<PhaseContext, 'draft' | 'site'>): Decision {
  const match = lexiconFor(ctx.site.words.suspect).find(ctx.draft.body)[0];
  if (!match) return { kind: 'pass' };
  return { kind: 'hold', reason: 'SUSPECT_WORD', message: 'Held for review: the comment contains language a moderator should check.', waivable: true };
}

export const suspectWords: NamedPhase = { name: 'suspectWords', run };
