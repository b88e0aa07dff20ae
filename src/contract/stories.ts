import { Type, type Static } from '@sinclair/typebox';

export const StoryView = Type.Object({
  id: Type.Integer(),
  site: Type.String(),
  url: Type.String(),
  title: Type.String(),
  image: Type.Union([Type.String(), Type.Null()]),
  tags: Type.Array(Type.String()),
  closed: Type.Boolean(),
  premod: Type.Boolean(),
  commentCount: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
});
export type StoryView = Static<typeof StoryView>;

export const RegisterStoryBody = Type.Object({
  site: Type.String({ minLength: 1, maxLength: 63 }),
  url: Type.String({ minLength: 1, maxLength: 2048 }),
  title: Type.String({ minLength: 1, maxLength: 300 }),
  image: Type.Optional(Type.Union([Type.String({ maxLength: 2048 }), Type.Null()])),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 20 })),
  closed: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });
export type RegisterStoryBody = Static<typeof RegisterStoryBody>;

export const UpdateStoryBody = Type.Object({
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
  image: Type.Optional(Type.Union([Type.String({ maxLength: 2048 }), Type.Null()])),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 20 })),
  closed: Type.Optional(Type.Boolean()),
  premod: Type.Optional(Type.Boolean({ description: 'Hold every new comment on this story for a moderator' })),
}, { additionalProperties: false });

export const ListStoriesQuery = Type.Object({
  site: Type.String({ minLength: 1, maxLength: 63 }),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
}, { additionalProperties: false });
