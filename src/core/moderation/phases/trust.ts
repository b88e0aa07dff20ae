import type { Decision, NamedPhase, PhaseContext } from '../types.ts';

/**
 * Runs last, so it only ever sees holds: rejects and refusals have already stopped the
 * pipeline, and non-waivable holds (model, patterns, repeats, full pre-moderation) stay.
 */
function run(ctx: Pick<PhaseContext, 'author' | 'site'>): Decision {
  const staff = ctx.author.role === 'moderator' || ctx.author.role === 'admin';
  const threshold = ctx.site.trust.approvedComments;
  const established = threshold > 0 && ctx.author.approvedCount >= threshold;
  if (!staff && !established) return { kind: 'pass' };
  return { kind: 'waive', reason: 'TRUSTED_AUTHOR', message: staff ? 'Staff comments skip review holds.' : `Authors with ${threshold} approved comments skip review holds.` };
}

export const trust: NamedPhase = { name: 'trust', run };
