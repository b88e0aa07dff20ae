import { Type, type Static } from '@sinclair/typebox';

// Generous hard caps; the configured limits (PARLEY_MAX_COMMENT_CHARS) are checked by the use-case with their own error codes.
const Body = Type.String({ maxLength: 100_000 });

export const GuestAuthor = Type.Object({
  name: Type.Optional(Type.String({ maxLength: 200 })),
  email: Type.Optional(Type.Union([Type.String({ maxLength: 320 }), Type.Null()])),
}, { additionalProperties: false });

export const CreateCommentBody = Type.Object({
  story: Type.String({ minLength: 1, maxLength: 2048, description: 'Story id or article URL' }),
  parentId: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])),
  body: Body,
  author: Type.Optional(GuestAuthor),
}, { additionalProperties: false });
export type CreateCommentBody = Static<typeof CreateCommentBody>;

export const EditCommentBody = Type.Object({ body: Body }, { additionalProperties: false });
export type EditCommentBody = Static<typeof EditCommentBody>;

export const VoteBody = Type.Object({
  value: Type.Union([Type.Literal(1), Type.Literal(-1), Type.Literal(0)]),
}, { additionalProperties: false });
export type VoteBody = Static<typeof VoteBody>;

export const CommentIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const CommentStatus = Type.Union([Type.Literal('published'), Type.Literal('pending'), Type.Literal('rejected'), Type.Literal('deleted')]);

export const CommentView = Type.Object({
  id: Type.Integer(),
  storyId: Type.Integer(),
  parentId: Type.Union([Type.Integer(), Type.Null()]),
  replyToId: Type.Union([Type.Integer(), Type.Null()]),
  author: Type.Object({ name: Type.String() }),
  body: Type.String({ description: 'The Markdown source, for editing' }),
  html: Type.String(),
  status: CommentStatus,
  /** Why a comment is not published, in words the author can read. */
  statusReason: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  editedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  editableUntil: Type.String({ format: 'date-time' }),
  up: Type.Integer(),
  down: Type.Integer(),
});
export type CommentView = Static<typeof CommentView>;

export const CreateCommentResponse = Type.Object({
  comment: CommentView,
  authorToken: Type.Optional(Type.String({ description: 'Only for a new guest: send it as Authorization: Bearer on later writes' })),
});
export type CreateCommentResponse = Static<typeof CreateCommentResponse>;

export const VoteResponse = Type.Object({ id: Type.Integer(), up: Type.Integer(), down: Type.Integer(), myVote: Type.Integer() });
export type VoteResponse = Static<typeof VoteResponse>;

export const ReaderResponse = Type.Object({ readerToken: Type.String() });
export const CreateReaderBody = Type.Object({ site: Type.String({ minLength: 1, maxLength: 63 }) }, { additionalProperties: false });
