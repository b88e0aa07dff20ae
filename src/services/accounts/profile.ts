import { DomainError } from '../../core/errors.ts';
import { authorsOfUser, renameAuthor } from '../../store/repositories/authors.ts';
import { recordNameChange } from '../../store/repositories/moderation.ts';
import { updateUser } from '../../store/repositories/users.ts';
import type { Deps } from '../deps.ts';
import { cleanGuestProfile } from '../readers/guest-profile.ts';
import type { Reader } from '../readers/identify-reader.ts';

export function profileOf(reader: Reader) {
  if (reader.kind === 'guest') return { kind: 'guest' as const, displayName: reader.author.name, email: reader.author.email, notifyReplies: false, avatarUrl: null };
  const u = reader.user;
  return { kind: 'account' as const, displayName: u.displayName, email: u.email, notifyReplies: u.notifyReplies, avatarUrl: u.avatarUrl, role: u.role };
}

/** Display-name changes are recorded per site identity, so moderators see the history ("why the name change?"). */
export async function updateProfile(deps: Pick<Deps, 'store' | 'now'>, reader: Reader, input: { displayName?: string; notifyReplies?: boolean }) {
  if (reader.kind !== 'account') throw new DomainError('AUTH_REQUIRED', 'Sign in to an account to keep a profile.');
  const name = input.displayName === undefined ? undefined : cleanGuestProfile({ name: input.displayName }).name;
  if (input.displayName !== undefined && !name) throw new DomainError('VALIDATION_FAILED', 'A display name is 1–60 characters.', { param: 'displayName' });
  await updateUser(deps.store.db, reader.user.id, { ...(name ? { displayName: name } : {}), ...(input.notifyReplies !== undefined ? { notifyReplies: input.notifyReplies } : {}) });
  if (name) {
    const authorIds = await authorsOfUser(deps.store.db, reader.user.id);
    await deps.store.db.transaction().execute(async (trx) => {
      for (const authorId of authorIds) {
        await renameAuthor(trx, authorId, name);
        await recordNameChange(trx, authorId, reader.user.displayName, name, deps.now());
      }
    });
  }
  return profileOf({ kind: 'account', user: { ...reader.user, ...(name ? { displayName: name } : {}), ...(input.notifyReplies !== undefined ? { notifyReplies: input.notifyReplies } : {}) } });
}
