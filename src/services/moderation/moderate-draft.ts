import { defaultPhases, runPipeline, type PipelineResult } from '../../core/moderation/index.ts';
import { DomainError } from '../../core/errors.ts';
import type { ErrorCode } from '../../contract/error-codes.ts';
import { authorStanding } from '../../store/repositories/moderation.ts';
import type { Deps } from '../deps.ts';
import { siteModeration } from './site-moderation.ts';

export interface DraftOutcome {
  status: 'published' | 'pending' | 'rejected';
  shadow: boolean;
  /** Plain words for the author and the moderator; null when published with nothing to say. */
  reason: string | null;
  code: string | null;
  phase: string | null;
  scores: Record<string, number> | null;
  trace: PipelineResult['trace'];
  reportThreshold: number;
}

/**
 * Preloads what the pure pipeline needs (author standing and recent bodies, story, site
 * settings), runs it, and maps the result onto a comment status. A refusal is thrown as a
 * DomainError, so nothing is stored.
 */
export async function moderateDraft(
  deps: Pick<Deps, 'store' | 'now' | 'toxicity'>,
  input: { action: 'create' | 'edit'; body: string; siteId: number; authorId: number | null; story: { closedAt: number | null; premod: boolean } },
): Promise<DraftOutcome> {
  const now = deps.now();
  const settings = await siteModeration(deps, input.siteId);
  const windowMs = settings.pipeline.repeatWindowMinutes * 60_000;
  const standing = input.authorId === null ? null : await authorStanding(deps.store.db, input.authorId, now - Math.max(windowMs, 60_000));
  const result = await runPipeline(defaultPhases, {
    action: input.action,
    draft: { body: input.body },
    author: {
      id: input.authorId === null ? null : String(input.authorId),
      role: 'guest',
      status: standing?.status ?? 'active',
      suspendedUntil: standing?.suspendedUntil ? new Date(standing.suspendedUntil) : null,
      approvedCount: standing?.approvedCount ?? 0,
      recentBodies: (standing?.recent ?? []).map((r) => ({ body: r.body, at: new Date(r.at) })),
    },
    thread: { closedAt: input.story.closedAt === null ? null : new Date(input.story.closedAt), premod: input.story.premod },
    site: settings.pipeline,
    now: new Date(now),
    checks: deps.toxicity ? { toxicity: deps.toxicity } : {},
  });
  if (result.outcome === 'refused') {
    throw new DomainError(result.reason as ErrorCode, result.message ?? 'This comment cannot be posted.', result.param ? { param: result.param } : {});
  }
  return {
    status: result.outcome === 'approved' ? 'published' : result.outcome === 'held' ? 'pending' : 'rejected',
    shadow: result.flags.includes('SHADOW_BANNED'),
    reason: result.outcome === 'approved' ? null : result.message,
    code: result.outcome === 'approved' ? null : result.reason,
    phase: result.outcome === 'approved' ? null : result.phase,
    scores: result.scores ? { ...result.scores } : null,
    trace: result.trace,
    reportThreshold: settings.flat.reportThreshold,
  };
}
