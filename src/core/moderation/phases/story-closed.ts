import type { Decision, NamedPhase, PhaseContext } from '../types.ts';

function run(ctx: Pick<PhaseContext, 'thread' | 'now'>): Decision {
  const { closedAt } = ctx.thread;
  if (closedAt !== null && closedAt.getTime() <= ctx.now.getTime()) {
    return { kind: 'refuse', code: 'STORY_CLOSED', message: 'Comments on this story are closed.', param: 'story' };
  }
  return { kind: 'pass' };
}

export const storyClosed: NamedPhase = { name: 'storyClosed', run };
