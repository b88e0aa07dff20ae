import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { ErrorCode } from '../../contract/error-codes.ts';
import { DomainError } from '../../core/errors.ts';

/** The only code → HTTP status table. A code missing here is a compile error. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  BODY_EMPTY: 400,
  BODY_TOO_LONG: 400,
  AUTHOR_NAME_REQUIRED: 400,
  BAD_CURSOR: 400,
  SITE_NOT_FOUND: 404,
  SITE_EXISTS: 409,
  STORY_NOT_FOUND: 404,
  STORY_EXISTS: 409,
  STORY_CLOSED: 403,
  COMMENT_NOT_FOUND: 404,
  PARENT_NOT_FOUND: 404,
  AUTH_REQUIRED: 401,
  INVALID_TOKEN: 401,
  NOT_COMMENT_AUTHOR: 403,
  EDIT_WINDOW_CLOSED: 403,
  COMMENT_DELETED: 409,
  SELF_VOTE: 403,
  AUTHOR_BANNED: 403,
  AUTHOR_SUSPENDED: 403,
  STAFF_AUTH_REQUIRED: 401,
  FORBIDDEN: 403,
  INVALID_CREDENTIALS: 401,
  WEAK_PASSWORD: 400,
  INVALID_LINK: 400,
  USER_EXISTS: 409,
  EMAIL_NOT_VERIFIED: 403,
  COMMENT_LOCKED: 403,
  MAIL_NOT_CONFIGURED: 503,
  SSO_NOT_CONFIGURED: 400,
  INVALID_SSO_TOKEN: 401,
  RATE_LIMITED: 429,
  NOT_FOUND: 404,
  INTERNAL: 500,
};

// Fastify's own errors for bad requests, renamed to Parley codes so clients see one vocabulary.
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
};

function send(reply: FastifyReply, code: ErrorCode, message: string, param?: string) {
  return reply.status(HTTP_STATUS[code]).type('application/json').send({ error: param ? { code, message, param } : { code, message } });
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | DomainError, req, reply) => {
    if (err instanceof DomainError) {
      if (err.retryAfterSeconds !== undefined) reply.header('retry-after', String(err.retryAfterSeconds));
      return send(reply, err.code, err.message, err.param);
    }
    if ('validation' in err && err.validation) {
      const first = err.validation[0];
      const param = first?.instancePath ? first.instancePath.slice(1).replace(/\//g, '.') : (first?.params as { missingProperty?: string })?.missingProperty;
      // A union of literals (sort, vote value, queue) fails as several "must be equal to constant"; name the allowed values instead.
      const allowed = [...new Set(err.validation.filter((v) => v.keyword === 'const').map((v) => JSON.stringify((v.params as { allowedValue?: unknown }).allowedValue)))];
      const message = allowed.length > 0
        ? `${param ?? 'A value'} must be one of ${allowed.join(', ')}.`
        : `Invalid ${err.validationContext ?? 'request'}: ${err.message.replace(/^(body|querystring|params|headers)\/?/, '').trim()}`;
      return send(reply, 'VALIDATION_FAILED', message, param || undefined);
    }
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped) return send(reply, mapped, err.message);
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return send(reply, 'VALIDATION_FAILED', err.message);
    // Unknown failures: log the detail, tell the client nothing internal.
    req.log.error({ err }, 'request failed');
    return send(reply, 'INTERNAL', 'Something went wrong on our side; nothing was changed. Try again in a moment.');
  });
  app.setNotFoundHandler((req, reply) => send(reply, 'NOT_FOUND', `No route ${req.method} ${req.url.split('?')[0]}.`));
}
