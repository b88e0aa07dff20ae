import { DomainError } from '../../core/errors.ts';
import type { Author } from '../../core/story.ts';
import { findAuthorByTokenHash, insertGuestAuthor } from '../../store/repositories/authors.ts';
import type { Deps } from '../deps.ts';
import { hashSecret, newSecret } from '../secrets.ts';

/** The reader behind a bearer token, or undefined for an anonymous request. A token that matches nobody is refused, not ignored. */
export async function identifyReader(deps: Pick<Deps, 'store'>, token: string | undefined): Promise<Author | undefined> {
  if (token === undefined) return undefined;
  const author = await findAuthorByTokenHash(deps.store.db, hashSecret(token));
  if (!author) throw new DomainError('INVALID_TOKEN', 'Your reader token is not recognised; post again as a guest to get a new one.');
  return author;
}

export function requireReader(reader: Author | undefined): Author {
  if (!reader) throw new DomainError('AUTH_REQUIRED', 'Identify yourself with Authorization: Bearer <reader token>.');
  return reader;
}

/** A new guest identity for a site; the token is returned once and only its hash is kept. */
export async function createGuest(deps: Pick<Deps, 'store' | 'now'>, siteId: number, profile: { name: string | null; email: string | null }) {
  const token = newSecret('pr');
  const author = await insertGuestAuthor(deps.store.db, { siteId, ...profile, tokenHash: hashSecret(token), createdAt: deps.now() });
  return { author, token };
}
