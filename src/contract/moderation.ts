import { Type, type Static } from '@sinclair/typebox';

/**
 * Wire shapes of the moderation API under /api/v1/admin (staff only) and of readers' reports.
 * The admin UI imports these as types only.
 */
export const QUEUES = ['pending', 'reported', 'flagged', 'spam', 'rejected', 'approved'] as const;
export type QueueName = (typeof QUEUES)[number];

export const QueueQuery = Type.Object({
  site: Type.String({ minLength: 1, maxLength: 63 }),
  queue: Type.Union(QUEUES.map((q) => Type.Literal(q))),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
}, { additionalProperties: false });
export type QueueQuery = Static<typeof QueueQuery>;

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const Scores = Type.Record(Type.String(), Type.Number());

export const QueueItem = Type.Object({
  id: Type.Integer(),
  story: Type.Object({ id: Type.Integer(), title: Type.String(), url: Type.String() }),
  author: Type.Object({ id: Type.Integer(), name: Type.String(), status: Type.String() }),
  parentId: Type.Union([Type.Integer(), Type.Null()]),
  body: Type.String(),
  html: Type.String(),
  status: Type.String(),
  createdAt: Type.String(),
  /** Why the pipeline held or rejected it, or why a moderator decided (plain words). */
  reason: Nullable(Type.String()),
  reasonCode: Nullable(Type.String()),
  phase: Nullable(Type.String()),
  scores: Type.Union([Scores, Type.Null()]),
  reportCount: Type.Integer(),
  reports: Type.Array(Type.Object({ reason: Type.String(), note: Nullable(Type.String()), createdAt: Type.String() })),
  shadow: Type.Boolean(),
});
export type QueueItem = Static<typeof QueueItem>;

export const QueuePage = Type.Object({
  queue: Type.String(),
  counts: Type.Record(Type.String(), Type.Integer()),
  items: Type.Array(QueueItem),
  nextCursor: Nullable(Type.String()),
});
export type QueuePage = Static<typeof QueuePage>;

export const BanSpec = Type.Object({
  kind: Type.Union([Type.Literal('ban'), Type.Literal('suspend'), Type.Literal('shadow_ban')]),
  /** For 'suspend': hours from now. */
  hours: Type.Optional(Type.Integer({ minimum: 1, maximum: 24 * 365 })),
  reason: Type.String({ minLength: 1, maxLength: 500 }),
}, { additionalProperties: false });
export type BanSpec = Static<typeof BanSpec>;

export const ModerateBody = Type.Object({
  reason: Type.Optional(Type.String({ maxLength: 500 })),
  ban: Type.Optional(BanSpec),
}, { additionalProperties: false });
export type ModerateBody = Static<typeof ModerateBody>;

export const BulkBody = Type.Object({
  ids: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 200 }),
  action: Type.Union([Type.Literal('approve'), Type.Literal('reject')]),
  reason: Type.Optional(Type.String({ maxLength: 500 })),
}, { additionalProperties: false });
export type BulkBody = Static<typeof BulkBody>;

export const AuthorStatusBody = Type.Object({
  status: Type.Union([Type.Literal('active'), Type.Literal('banned'), Type.Literal('suspended'), Type.Literal('shadow_banned')]),
  hours: Type.Optional(Type.Integer({ minimum: 1, maximum: 24 * 365 })),
  reason: Type.String({ minLength: 1, maxLength: 500 }),
}, { additionalProperties: false });
export type AuthorStatusBody = Static<typeof AuthorStatusBody>;

export const AuthorPanel = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  status: Type.String(),
  suspendedUntil: Nullable(Type.String()),
  statusReason: Nullable(Type.String()),
  createdAt: Type.String(),
  counts: Type.Object({ published: Type.Integer(), pending: Type.Integer(), rejected: Type.Integer(), deleted: Type.Integer() }),
  nameHistory: Type.Array(Type.Object({ name: Type.String(), at: Type.String() })),
  /** Other authors seen from the same hashed IP: possible sock puppets. */
  sameIp: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), sharedComments: Type.Integer() })),
  comments: Type.Array(QueueItem),
});
export type AuthorPanel = Static<typeof AuthorPanel>;

export const CommentContext = Type.Object({
  comment: QueueItem,
  /** From the top-level comment down to the parent. */
  ancestors: Type.Array(QueueItem),
  replies: Type.Array(QueueItem),
  trace: Type.Array(Type.Object({ phase: Type.String(), kind: Type.String(), reason: Type.Optional(Type.String()) })),
});
export type CommentContext = Static<typeof CommentContext>;

/** Editable per-site moderation settings (the pipeline's ModerationSettings plus reports). */
export const SiteModerationSettings = Type.Object({
  maxLength: Type.Integer({ minimum: 1, maximum: 100000 }),
  repeatWindowMinutes: Type.Integer({ minimum: 0, maximum: 1440 }),
  maxLinks: Type.Integer({ minimum: 0, maximum: 100 }),
  blockedDomains: Type.Array(Type.String({ minLength: 1, maxLength: 253 }), { maxItems: 1000 }),
  bannedWords: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 5000 }),
  suspectWords: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 5000 }),
  holdThreshold: Type.Number({ minimum: 0, maximum: 2 }),
  rejectThreshold: Type.Number({ minimum: 0, maximum: 2 }),
  patterns: Type.Boolean(),
  premodAll: Type.Boolean(),
  premodNewAuthorComments: Type.Integer({ minimum: 0, maximum: 100 }),
  premodLinks: Type.Boolean(),
  trustApprovedComments: Type.Integer({ minimum: 0, maximum: 10000 }),
  reportThreshold: Type.Integer({ minimum: 1, maximum: 1000 }),
}, { additionalProperties: false });
export type SiteModerationSettings = Static<typeof SiteModerationSettings>;

export const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actor: Type.Object({ userId: Type.Union([Type.Integer(), Type.Null()]), email: Nullable(Type.String()) }),
  action: Type.String(),
  targetType: Type.String(),
  targetId: Type.Integer(),
  detail: Type.Record(Type.String(), Type.Unknown()),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const Dashboard = Type.Object({
  days: Type.Array(Type.Object({ day: Type.String(), published: Type.Integer(), pending: Type.Integer(), rejected: Type.Integer(), deleted: Type.Integer() })),
  heldShare: Type.Number(),
  rejectedShare: Type.Number(),
  categories: Type.Array(Type.Object({ day: Type.String(), counts: Type.Record(Type.String(), Type.Integer()) })),
  busiestStories: Type.Array(Type.Object({ id: Type.Integer(), title: Type.String(), comments: Type.Integer(), held: Type.Integer(), rejected: Type.Integer() })),
  queueAge: Type.Object({ pending: Type.Integer(), oldestPendingMinutes: Type.Union([Type.Integer(), Type.Null()]) }),
});
export type Dashboard = Static<typeof Dashboard>;

export const REPORT_REASONS = ['abuse', 'hate', 'threat', 'spam', 'off_topic', 'other'] as const;
export const ReportBody = Type.Object({
  reason: Type.Union(REPORT_REASONS.map((r) => Type.Literal(r))),
  note: Type.Optional(Type.String({ maxLength: 500 })),
}, { additionalProperties: false });
export type ReportBody = Static<typeof ReportBody>;
