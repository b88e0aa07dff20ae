import { matchPatterns, patternScores } from '../patterns.ts';
import type { Category, CategoryScores } from '../toxicity/categories.ts';
import type { Decision, ModerationSettings, NamedPhase, PhaseContext, ReasonCode } from '../types.ts';

// Most specific first, so the moderator sees "threat" rather than "toxic" when both apply.
const PRIORITY: readonly Category[] = ['threat', 'dehumanizing', 'targeted_insult', 'identity_attack', 'insult', 'obscene', 'toxicity'];

const REASON: Record<Category, ReasonCode> = {
  threat: 'THREAT', dehumanizing: 'DEHUMANIZING', targeted_insult: 'TARGETED_INSULT',
  identity_attack: 'TOXICITY_REJECT', insult: 'TOXICITY_REJECT', obscene: 'TOXICITY_REJECT', toxicity: 'TOXICITY_REJECT',
};

const WORDS: Record<Category, string> = {
  threat: 'reads as a threat or a call to violence',
  dehumanizing: 'compares people to vermin or animals',
  targeted_insult: 'insults another commenter',
  identity_attack: 'attacks people for who they are',
  insult: 'is insulting',
  obscene: 'is obscene',
  toxicity: 'looks abusive',
};

export function thresholdFor(site: ModerationSettings, category: Category): { hold: number; reject: number } {
  const override = site.thresholds.categories[category];
  return { hold: override?.hold ?? site.thresholds.hold, reject: override?.reject ?? site.thresholds.reject };
}

/** Model scores and pattern scores merged into one record (0 where a source is missing). */
export function contentScores(text: string, ctx: Pick<PhaseContext, 'site' | 'checks'>): CategoryScores {
  const model = ctx.checks.toxicity?.score(text);
  const patterns = patternScores(ctx.site.patterns.enabled ? matchPatterns(text) : []);
  return {
    toxicity: model?.toxicity ?? 0,
    insult: model?.insult ?? 0,
    obscene: model?.obscene ?? 0,
    identity_attack: model?.identity_attack ?? 0,
    threat: Math.max(model?.threat ?? 0, patterns.threat),
    dehumanizing: patterns.dehumanizing,
    targeted_insult: patterns.targeted_insult,
  };
}

function run(ctx: Pick<PhaseContext, 'draft' | 'site' | 'checks'>): Decision {
  const scores = contentScores(ctx.draft.body, ctx);
  for (const category of PRIORITY) {
    if (scores[category] >= thresholdFor(ctx.site, category).reject) {
      const reason = REASON[category];
      return { kind: 'verdict', verdict: 'rejected', reason, message: `Refused: the comment ${WORDS[category]}.`, scores };
    }
  }
  for (const category of PRIORITY) {
    if (scores[category] >= thresholdFor(ctx.site, category).hold) {
      const reason = REASON[category] === 'TOXICITY_REJECT' ? 'TOXICITY_HOLD' : REASON[category];
      return { kind: 'hold', reason, message: `Held for review: the comment ${WORDS[category]}.`, waivable: false, scores };
    }
  }
  // Fail open without a model: words and patterns still ran, and the flag says what was skipped.
  return ctx.checks.toxicity ? { kind: 'pass', scores } : { kind: 'pass', scores, flags: ['TOXICITY_UNAVAILABLE'] };
}

export const toxicity: NamedPhase = { name: 'toxicity', run };
