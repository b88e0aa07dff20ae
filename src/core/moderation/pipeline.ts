/**
 * Runs phases in order. The first refuse or verdict stops the run; holds accumulate so that
 * a later phase can still reject, and trust can lift the waivable ones. With no verdict and
 * no standing hold, the comment is approved.
 */
import type { CategoryScores } from './toxicity/categories.ts';
import type { Flag, HoldRecord, NamedPhase, PhaseContext, PipelineResult, TraceEntry } from './types.ts';

export async function runPipeline(phases: readonly NamedPhase[], ctx: PhaseContext): Promise<PipelineResult> {
  const trace: TraceEntry[] = [];
  const flags: Flag[] = [];
  let holds: HoldRecord[] = [];
  const waived: HoldRecord[] = [];
  let scores: CategoryScores | undefined;
  let waivedBy: string | null = null;

  for (const phase of phases) {
    const decision = await phase.run(ctx);
    if (decision.kind !== 'refuse' && decision.kind !== 'waive' && decision.scores) scores = decision.scores;
    switch (decision.kind) {
      case 'pass':
        trace.push({ phase: phase.name, kind: 'pass' });
        for (const flag of decision.flags ?? []) if (!flags.includes(flag)) flags.push(flag);
        break;
      case 'refuse':
        trace.push({ phase: phase.name, kind: 'refuse', reason: decision.code });
        return {
          outcome: 'refused', reason: decision.code, message: decision.message, phase: phase.name,
          trace, flags, holds, waived, ...(scores ? { scores } : {}), ...(decision.param ? { param: decision.param } : {}),
        };
      case 'verdict':
        trace.push({ phase: phase.name, kind: 'verdict', reason: decision.reason });
        return {
          outcome: decision.verdict, reason: decision.reason, message: decision.message, phase: phase.name,
          trace, flags, holds, waived, ...(scores ? { scores } : {}),
        };
      case 'hold':
        trace.push({ phase: phase.name, kind: 'hold', reason: decision.reason });
        holds.push({ phase: phase.name, reason: decision.reason, message: decision.message, waivable: decision.waivable });
        break;
      case 'waive':
        trace.push({ phase: phase.name, kind: 'waive', reason: decision.reason });
        if (holds.some((h) => h.waivable)) waivedBy = phase.name;
        waived.push(...holds.filter((h) => h.waivable));
        holds = holds.filter((h) => !h.waivable);
        break;
    }
  }

  const first = holds[0];
  if (first) {
    return { outcome: 'held', reason: first.reason, message: first.message, phase: first.phase, trace, flags, holds, waived, ...(scores ? { scores } : {}) };
  }
  const approvedBy = waivedBy !== null ? { reason: 'TRUSTED_AUTHOR' as const, message: 'Published: the author is trusted.', phase: waivedBy } : { reason: null, message: null, phase: null };
  return { outcome: 'approved', ...approvedBy, trace, flags, holds, waived, ...(scores ? { scores } : {}) };
}
