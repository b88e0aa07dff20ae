import { createLexicon, type Lexicon } from '../lexicon.ts';
import type { Decision, NamedPhase, PhaseContext } from '../types.ts';

// Compiling a list costs far more than checking a comment, and callers may rebuild their
// settings (with fresh arrays) for every comment: cache by array identity, then by content.
const byIdentity = new WeakMap<readonly string[], Lexicon>();
const byContent = new Map<string, Lexicon>();
const MAX_CACHED_LISTS = 64;

export function lexiconFor(list: readonly string[]): Lexicon {
  const known = byIdentity.get(list);
  if (known) return known;
  const key = list.join('\n');
  let lexicon = byContent.get(key);
  if (!lexicon) {
    lexicon = createLexicon(list);
    if (byContent.size >= MAX_CACHED_LISTS) byContent.delete(byContent.keys().next().value as string);
    byContent.set(key, lexicon);
  }
  byIdentity.set(list, lexicon);
  return lexicon;
}

function run(ctx: Pick<PhaseContext, 'draft' | 'site'>): Decision {
  const match = lexiconFor(ctx.site.words.banned).find(ctx.draft.body)[0];
  if (!match) return { kind: 'pass' };
  return { kind: 'verdict', verdict: 'rejected', reason: 'BANNED_WORD', message: 'Refused: the comment contains a word this site does not allow.' };
}

export const bannedWords: NamedPhase = { name: 'bannedWords', run };
