import { findLinks } from '../links.ts';
import type { Decision, NamedPhase, PhaseContext } from '../types.ts';

function run(ctx: Pick<PhaseContext, 'draft' | 'author' | 'thread' | 'site'>): Decision {
  const { premod } = ctx.site;
  // Whole-site and whole-story pre-moderation are the publisher's explicit choice: trust does not lift them.
  if (premod.all) return { kind: 'hold', reason: 'PREMOD_ALL', message: 'Held for review: every comment on this site is read before it appears.', waivable: false };
  if (ctx.thread.premod) return { kind: 'hold', reason: 'PREMOD_STORY', message: 'Held for review: comments on this story are read before they appear.', waivable: false };
  if (premod.newAuthorComments > 0 && ctx.author.approvedCount < premod.newAuthorComments) {
    return { kind: 'hold', reason: 'PREMOD_NEW_AUTHOR', message: 'Held for review: the first comments of new commenters are read before they appear.', waivable: true };
  }
  if (premod.links && findLinks(ctx.draft.body).length > 0) {
    return { kind: 'hold', reason: 'PREMOD_LINKS', message: 'Held for review: comments with links are read before they appear.', waivable: true };
  }
  return { kind: 'pass' };
}

export const premoderation: NamedPhase = { name: 'premoderation', run };
