import { DomainError } from '../../core/errors.ts';
import type { Author } from '../../core/story.ts';
import { findAuthorByTokenHash, findAuthorForUser, insertAccountAuthor, insertGuestAuthor } from '../../store/repositories/authors.ts';
import { findSessionUser, type User } from '../../store/repositories/users.ts';
import type { Deps } from '../deps.ts';
import { hashSecret, newSecret } from '../secrets.ts';

/**
 * Who is writing: a guest (identified by the token their first comment returned; it is tied to
 * one site) or a signed-in account (a session token; it works on every site, with one author
 * identity per site created on first use).
 */
export type Reader = { kind: 'guest'; author: Author } | { kind: 'account'; user: User };

/** The reader behind a bearer token, or undefined for an anonymous request. A token that matches nobody is refused, not ignored. */
export async function identifyReader(deps: Pick<Deps, 'store' | 'now'>, token: string | undefined): Promise<Reader | undefined> {
  if (token === undefined) return undefined;
  const hash = hashSecret(token);
  if (token.startsWith('ps_')) {
    const user = await findSessionUser(deps.store.db, hash, deps.now());
    if (user) return { kind: 'account', user };
  } else {
    const author = await findAuthorByTokenHash(deps.store.db, hash);
    if (author) return { kind: 'guest', author };
  }
  throw new DomainError('INVALID_TOKEN', 'Your sign-in has expired or is not recognised; sign in again or post as a guest.');
}

export function requireReader(reader: Reader | undefined): Reader {
  if (!reader) throw new DomainError('AUTH_REQUIRED', 'Identify yourself with Authorization: Bearer <reader token>.');
  return reader;
}

/** The reader's author identity on a site, created for an account on first use. */
export async function authorFor(deps: Pick<Deps, 'store' | 'now'>, reader: Reader, siteId: number): Promise<Author> {
  if (reader.kind === 'guest') {
    if (reader.author.siteId !== siteId) throw new DomainError('INVALID_TOKEN', 'Your reader token belongs to another site.');
    return reader.author;
  }
  const existing = await findAuthorForUser(deps.store.db, siteId, reader.user.id);
  if (existing) return existing;
  // Account authors never sign in with this token; it only satisfies the column and is thrown away.
  return insertAccountAuthor(deps.store.db, {
    siteId, userId: reader.user.id, name: reader.user.displayName, email: reader.user.email, tokenHash: hashSecret(newSecret('unused')), createdAt: deps.now(),
  });
}

/** Like authorFor, without creating anything: readers with no identity on the site have no own comments there. */
export async function existingAuthorFor(deps: Pick<Deps, 'store'>, reader: Reader, siteId: number): Promise<Author | undefined> {
  if (reader.kind === 'guest') return reader.author.siteId === siteId ? reader.author : undefined;
  return findAuthorForUser(deps.store.db, siteId, reader.user.id);
}

/** A new guest identity for a site; the token is returned once and only its hash is kept. */
export async function createGuest(deps: Pick<Deps, 'store' | 'now'>, siteId: number, profile: { name: string | null; email: string | null }, approvedCount = 0) {
  const token = newSecret('pr');
  const author = await insertGuestAuthor(deps.store.db, { siteId, ...profile, tokenHash: hashSecret(token), createdAt: deps.now(), approvedCount });
  return { author, token };
}
