/** Test-only builder for phase contexts: defaults describe an ordinary reader on an open story. */
import { defaultModerationSettings } from './settings.ts';
import type { AuthorSnapshot, ModerationSettings, PhaseContext, ThreadSnapshot } from './types.ts';

export const FIXED_NOW = new Date('2025-03-01T12:00:00Z');

export interface ContextOverrides {
  readonly action?: PhaseContext['action'];
  readonly body?: string;
  readonly author?: Partial<AuthorSnapshot>;
  readonly thread?: Partial<ThreadSnapshot>;
  readonly site?: Partial<ModerationSettings>;
  readonly checks?: PhaseContext['checks'];
  readonly now?: Date;
}

export function buildContext(overrides: ContextOverrides = {}): PhaseContext {
  return {
    action: overrides.action ?? 'create',
    draft: { body: overrides.body ?? 'A perfectly ordinary comment about the article.' },
    author: { id: 'author-1', role: 'reader', status: 'active', suspendedUntil: null, approvedCount: 0, recentBodies: [], ...overrides.author },
    thread: { closedAt: null, premod: false, ...overrides.thread },
    site: { ...defaultModerationSettings, ...overrides.site },
    now: overrides.now ?? FIXED_NOW,
    checks: overrides.checks ?? {},
  };
}
