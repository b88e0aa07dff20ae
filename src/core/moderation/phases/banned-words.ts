import { createLexicon, type Lexicon } from '../lexicon.ts';
import type { Decision, NamedPhase, PhaseContext } from '../types.ts';

// Settings objects are long-lived (one per site), so a compiled list is reused per list instance.
const compiled = new WeakMap<readonly string[], Lexicon>();

export function lexiconFor(list: readonly string[]): Lexicon {
  let lexicon = compiled.get(list);
  if (!lexicon) {
    lexicon = createLexicon(list);
    compiled.set(list, lexicon);
  }
  return lexicon;
}

function run(ctx: Pick<PhaseContext, 'draft' | 'site'>): Decision {
  const match = lexiconFor(ctx.site.words.banned).find(ctx.draft.body)[0];
  if (!match) return { kind: 'pass' };
  return { kind: 'verdict', verdict: 'rejected', reason: 'BANNED_WORD', message: 'Refused: the comment contains a word this site does not allow.' };
}

export const bannedWords: NamedPhase = { name: 'bannedWords', run };
