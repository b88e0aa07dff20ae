import type { ErrorCode } from '../contract/error-codes.ts';

/**
 * A refusal the caller can act on. Services throw it; server/plugins/error-handler.ts is the
 * only place that turns a code into an HTTP status. `message` is safe to show to readers.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly param: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, opts: { param?: string; retryAfterSeconds?: number } = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.param = opts.param;
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }
}
