import { DomainError } from '../../core/errors.ts';

// Control, format and zero-width characters let a name impersonate another or break layouts.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** Cleans a display name and optional email given with a guest comment; the name is plain text, escaped wherever it is shown. */
export function cleanGuestProfile(input: { name?: string; email?: string | null } | undefined): { name: string | null; email: string | null } {
  const name = input?.name?.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim() ?? '';
  if (name.length > 60) throw new DomainError('VALIDATION_FAILED', 'A display name is at most 60 characters.', { param: 'author.name' });
  const email = input?.email?.trim() || null;
  if (email !== null && (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))) {
    throw new DomainError('VALIDATION_FAILED', 'That email address does not look right.', { param: 'author.email' });
  }
  return { name: name || null, email };
}
