import { findLinks, isBlockedHost, linkHost } from '../links.ts';
import type { Decision, NamedPhase, PhaseContext } from '../types.ts';

function run(ctx: Pick<PhaseContext, 'draft' | 'site'>): Decision {
  const links = findLinks(ctx.draft.body);
  for (const link of links) {
    const host = linkHost(link);
    const blocked = host === null ? null : isBlockedHost(host, ctx.site.links.blockedDomains);
    if (blocked) return { kind: 'verdict', verdict: 'rejected', reason: 'LINK_BLOCKED_DOMAIN', message: `Links to ${blocked} are not allowed on this site.` };
  }
  if (links.length > ctx.site.links.max) {
    return { kind: 'hold', reason: 'TOO_MANY_LINKS', message: `Held for review: more than ${ctx.site.links.max} links.`, waivable: true };
  }
  return { kind: 'pass' };
}

export const linkLimit: NamedPhase = { name: 'linkLimit', run };
