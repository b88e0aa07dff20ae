import type { Decision, NamedPhase, PhaseContext } from '../types.ts';

function run(ctx: Pick<PhaseContext, 'author' | 'now'>): Decision {
  const { status, suspendedUntil } = ctx.author;
  if (status === 'banned') return { kind: 'refuse', code: 'AUTHOR_BANNED', message: 'This account may not comment on this site.' };
  if (status === 'suspended') {
    // A suspension without an end date lasts until a moderator lifts it.
    if (suspendedUntil === null || suspendedUntil.getTime() > ctx.now.getTime()) {
      return {
        kind: 'refuse', code: 'AUTHOR_SUSPENDED', message: 'This account is suspended from commenting for now.',
        ...(suspendedUntil ? { param: suspendedUntil.toISOString() } : {}),
      };
    }
  }
  // A shadow-banned author must not learn of the ban, so the comment runs the pipeline as usual
  // and the flag tells the service to show an approved comment to its author only.
  if (status === 'shadow_banned') return { kind: 'pass', flags: ['SHADOW_BANNED'] };
  return { kind: 'pass' };
}

export const authorAllowed: NamedPhase = { name: 'authorAllowed', run };
