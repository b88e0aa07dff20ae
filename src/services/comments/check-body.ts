import { DomainError } from '../../core/errors.ts';

/** Trims a Markdown body and applies the configured size rule; the same rule for new comments and edits. */
export function checkBody(raw: string, maxChars: number): string {
  const body = raw.replace(/\r\n?/g, '\n').trim();
  if (body.length === 0) throw new DomainError('BODY_EMPTY', 'Write something before posting.', { param: 'body' });
  if (body.length > maxChars) {
    throw new DomainError('BODY_TOO_LONG', `A comment is at most ${maxChars} characters; this one has ${body.length}.`, { param: 'body' });
  }
  return body;
}
