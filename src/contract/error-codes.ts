/**
 * Machine-readable error codes shared by the server, the widget and the admin UI.
 * Every code is documented in docs/errors.md; tests/integration/error-docs.test.ts keeps the two in sync.
 * Imports: nothing. Clients import this file directly, so it must stay free of server code.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  MALFORMED_JSON: 'MALFORMED_JSON',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  BODY_EMPTY: 'BODY_EMPTY',
  BODY_TOO_LONG: 'BODY_TOO_LONG',
  AUTHOR_NAME_REQUIRED: 'AUTHOR_NAME_REQUIRED',
  BAD_CURSOR: 'BAD_CURSOR',
  SITE_NOT_FOUND: 'SITE_NOT_FOUND',
  SITE_EXISTS: 'SITE_EXISTS',
  STORY_NOT_FOUND: 'STORY_NOT_FOUND',
  STORY_EXISTS: 'STORY_EXISTS',
  STORY_CLOSED: 'STORY_CLOSED',
  COMMENT_NOT_FOUND: 'COMMENT_NOT_FOUND',
  PARENT_NOT_FOUND: 'PARENT_NOT_FOUND',
  AUTH_REQUIRED: 'AUTH_REQUIRED',
  INVALID_TOKEN: 'INVALID_TOKEN',
  NOT_COMMENT_AUTHOR: 'NOT_COMMENT_AUTHOR',
  EDIT_WINDOW_CLOSED: 'EDIT_WINDOW_CLOSED',
  COMMENT_DELETED: 'COMMENT_DELETED',
  SELF_VOTE: 'SELF_VOTE',
  ADMIN_KEY_REQUIRED: 'ADMIN_KEY_REQUIRED',
  RATE_LIMITED: 'RATE_LIMITED',
  NOT_FOUND: 'NOT_FOUND',
  INTERNAL: 'INTERNAL',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export interface ErrorBody {
  error: { code: ErrorCode; message: string; param?: string };
}
