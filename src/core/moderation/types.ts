/**
 * Moderation pipeline types. Pure: phases read a preloaded snapshot and return a Decision;
 * they never touch the store, the clock or the network.
 */
import type { CategoryScores } from './toxicity/categories.ts';
import type { ToxicityScorer } from './toxicity/scorer.ts';

/** What happens to a stored comment. 'held' = waits in the moderation queue. */
export type Verdict = 'approved' | 'held' | 'rejected';

/** Refusals: nothing is stored and the author gets a 4xx with this code. */
export const REFUSAL_CODES = ['STORY_CLOSED', 'AUTHOR_BANNED', 'AUTHOR_SUSPENDED', 'BODY_EMPTY', 'BODY_TOO_LONG'] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** Why a comment was held, rejected or let through; shown to moderators in the queue. */
export const REASON_CODES = [
  'REPEAT_POST',
  'LINK_BLOCKED_DOMAIN',
  'TOO_MANY_LINKS',
  'BANNED_WORD',
  'SUSPECT_WORD',
  'TOXICITY_REJECT',
  'TOXICITY_HOLD',
  'THREAT',
  'DEHUMANIZING',
  'TARGETED_INSULT',
  'PREMOD_ALL',
  'PREMOD_STORY',
  'PREMOD_NEW_AUTHOR',
  'PREMOD_LINKS',
  'TRUSTED_AUTHOR',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * Flags ride along with any outcome. SHADOW_BANNED: the pipeline still decides normally, and
 * an 'approved' comment is stored as approved but shown only to its author.
 * TOXICITY_UNAVAILABLE: no scorer was injected, so only words and patterns were checked.
 */
export type Flag = 'SHADOW_BANNED' | 'TOXICITY_UNAVAILABLE';

export type Decision =
  /** Nothing to say; keep going. */
  | { readonly kind: 'pass'; readonly flags?: readonly Flag[]; readonly scores?: CategoryScores }
  /** Stop: nothing is stored. */
  | { readonly kind: 'refuse'; readonly code: RefusalCode; readonly message: string; readonly param?: string }
  /** Stop with a verdict. Used for 'rejected': no later phase may soften it. */
  | { readonly kind: 'verdict'; readonly verdict: Verdict; readonly reason: ReasonCode; readonly message: string; readonly scores?: CategoryScores }
  /**
   * Mark the comment for review but keep going, so that a later reject still wins.
   * `waivable` holds are policy (pre-moderation, link counts, suspect words) and the trust
   * phase may lift them; non-waivable holds are evidence about this comment (model, patterns).
   */
  | { readonly kind: 'hold'; readonly reason: ReasonCode; readonly message: string; readonly waivable: boolean; readonly scores?: CategoryScores }
  /** Lift every waivable hold recorded so far (trust). */
  | { readonly kind: 'waive'; readonly reason: ReasonCode; readonly message: string };

export type AuthorStatus = 'active' | 'suspended' | 'banned' | 'shadow_banned';
export type AuthorRole = 'guest' | 'reader' | 'moderator' | 'admin';

export interface RecentBody {
  readonly body: string;
  readonly at: Date;
}

export interface AuthorSnapshot {
  readonly id: string | null;
  readonly role: AuthorRole;
  readonly status: AuthorStatus;
  /** End of a suspension; a past date means the suspension is over. */
  readonly suspendedUntil: Date | null;
  /** Comments of this author a moderator or the pipeline approved, on this site. */
  readonly approvedCount: number;
  /** This author's latest comment bodies on the site (the service preloads ~10 of them). */
  readonly recentBodies: readonly RecentBody[];
}

export interface ThreadSnapshot {
  readonly closedAt: Date | null;
  /** Story-level override: every comment on this story waits for a moderator. */
  readonly premod: boolean;
}

export interface CategoryThreshold {
  readonly hold?: number;
  readonly reject?: number;
}

export interface ModerationSettings {
  readonly body: { readonly maxLength: number };
  /** A body equal (after normalisation) to one of the author's own within this window is held. */
  readonly repeatWindowMinutes: number;
  readonly links: { readonly max: number; readonly blockedDomains: readonly string[] };
  readonly words: { readonly banned: readonly string[]; readonly suspect: readonly string[] };
  /**
   * Score thresholds: `hold`/`reject` apply to every category unless `categories` overrides
   * it; a threshold above 1 switches that decision off for the category.
   */
  readonly thresholds: {
    readonly hold: number;
    readonly reject: number;
    readonly categories: Readonly<Partial<Record<keyof CategoryScores, CategoryThreshold>>>;
  };
  readonly patterns: { readonly enabled: boolean };
  readonly premod: {
    readonly all: boolean;
    /** Hold the first N comments of an author until they have N approved ones (0 = off). */
    readonly newAuthorComments: number;
    readonly links: boolean;
  };
  /** Authors with at least this many approved comments skip waivable holds (0 = off). */
  readonly trust: { readonly approvedComments: number };
}

export interface DraftSnapshot {
  /** The comment as written (markdown). */
  readonly body: string;
}

export interface ModerationChecks {
  readonly toxicity?: ToxicityScorer;
}

export interface PhaseContext {
  readonly action: 'create' | 'edit';
  readonly draft: DraftSnapshot;
  readonly author: AuthorSnapshot;
  readonly thread: ThreadSnapshot;
  readonly site: ModerationSettings;
  readonly now: Date;
  readonly checks: ModerationChecks;
}

export type Phase = (ctx: PhaseContext) => Decision | Promise<Decision>;

export interface NamedPhase {
  readonly name: string;
  readonly run: Phase;
}

export interface TraceEntry {
  readonly phase: string;
  readonly kind: Decision['kind'];
  readonly reason?: ReasonCode | RefusalCode;
}

export interface HoldRecord {
  readonly phase: string;
  readonly reason: ReasonCode;
  readonly message: string;
  readonly waivable: boolean;
}

export interface PipelineResult {
  readonly outcome: Verdict | 'refused';
  /** The deciding reason; null when approved with nothing to report. */
  readonly reason: ReasonCode | RefusalCode | null;
  /** Plain-words explanation for the author and the moderator. */
  readonly message: string | null;
  /** Name of the deciding phase. */
  readonly phase: string | null;
  readonly trace: readonly TraceEntry[];
  readonly flags: readonly Flag[];
  /** Holds still standing, in phase order (the first one is the reason). */
  readonly holds: readonly HoldRecord[];
  /** Holds the trust phase lifted. */
  readonly waived: readonly HoldRecord[];
  readonly scores?: CategoryScores;
  readonly param?: string;
}
