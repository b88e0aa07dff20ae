import { Type, type Static } from '@sinclair/typebox';

/** Wire shapes of the public read API. Clients use `import type` so TypeBox never reaches a bundle. */
export const ThreadQuery = Type.Object({
  story: Type.String({ minLength: 1, maxLength: 2048, description: 'Story id or article URL' }),
  sort: Type.Union([Type.Literal('newest'), Type.Literal('oldest'), Type.Literal('votes')], { default: 'newest' }),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  cursor: Type.Optional(Type.String({ maxLength: 512, description: 'nextCursor of the previous page' })),
}, { additionalProperties: false });
export type ThreadQuery = Static<typeof ThreadQuery>;

export interface ThreadComment {
  id: number;
  parentId: number | null;
  /** The comment the author replied to; differs from parentId when the reply depth cap re-attached it. */
  replyToId: number | null;
  /** null for a tombstone (a deleted comment that still has replies). */
  author: { name: string } | null;
  html: string;
  /** 'pending' and 'rejected' appear only in the author's own view of the thread. */
  status: 'published' | 'deleted' | 'pending' | 'rejected';
  /** For the author's own held or removed comments: why, in plain words. */
  statusReason?: string | null;
  createdAt: string;
  editedAt: string | null;
  up: number;
  down: number;
  replies: ThreadComment[];
}

const ThreadCommentSchema = Type.Recursive((Self) => Type.Object({
  id: Type.Integer(),
  parentId: Type.Union([Type.Integer(), Type.Null()]),
  replyToId: Type.Union([Type.Integer(), Type.Null()]),
  author: Type.Union([Type.Object({ name: Type.String() }), Type.Null()]),
  html: Type.String(),
  status: Type.Union([Type.Literal('published'), Type.Literal('deleted'), Type.Literal('pending'), Type.Literal('rejected')]),
  statusReason: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  createdAt: Type.String({ format: 'date-time' }),
  editedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  up: Type.Integer(),
  down: Type.Integer(),
  replies: Type.Array(Self),
}), { $id: 'ThreadComment' });

export const ThreadPage = Type.Object({
  story: Type.Object({ id: Type.Integer(), title: Type.String(), url: Type.String(), commentCount: Type.Integer(), closed: Type.Boolean() }),
  sort: Type.String(),
  comments: Type.Array(ThreadCommentSchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export interface ThreadPage {
  story: { id: number; title: string; url: string; commentCount: number; closed: boolean };
  sort: 'newest' | 'oldest' | 'votes';
  comments: ThreadComment[];
  nextCursor: string | null;
}

export const CountsQuery = Type.Object({
  story: Type.Union([Type.String({ minLength: 1, maxLength: 2048 }), Type.Array(Type.String({ minLength: 1, maxLength: 2048 }), { minItems: 1, maxItems: 100 })]),
}, { additionalProperties: false });

export const CountsResponse = Type.Object({
  counts: Type.Array(Type.Object({ story: Type.String(), id: Type.Union([Type.Integer(), Type.Null()]), count: Type.Integer() })),
});
export type CountsResponse = Static<typeof CountsResponse>;
