import { DomainError } from '../../core/errors.ts';
import type { OneTimePurpose } from '../../store/database.ts';
import { claimGuestAuthors } from '../../store/repositories/authors.ts';
import { clearPassword, consumeOneTimeToken, deleteUserSessions, findUserByEmail, findUserById, insertOneTimeToken, insertUser, updateUser } from '../../store/repositories/users.ts';
import type { Deps } from '../deps.ts';
import { accountMail } from '../mail/account-mail.ts';
import type { Mail } from '../mail/mailer.ts';
import { publicBaseUrl } from '../public-url.ts';
import { hashSecret, newSecret } from '../secrets.ts';
import { normalizeEmail } from './create-admin.ts';
import { checkPasswordStrength, hashPassword } from './passwords.ts';
import { openSession } from './sessions.ts';

type AccountDeps = Pick<Deps, 'store' | 'now' | 'mailer' | 'config'>;

const LIFETIME: Record<Exclude<OneTimePurpose, 'invite'>, number> = { verify: 24 * 3600_000, magic: 15 * 60_000, reset: 3600_000 };

/**
 * Reader accounts by email. Every request about an email address answers the same way whether or
 * not an account exists ("check your inbox"); what differs is only the mail that arrives, so the
 * API never tells a stranger who is registered.
 */
export async function signUp(deps: AccountDeps, input: { email: string; password: string; name: string }): Promise<{ status: 'check-email' }> {
  const mailer = requireMailer(deps);
  const email = normalizeEmail(input.email);
  checkPasswordStrength(input.password);
  const name = input.name.trim();
  if (name.length === 0 || name.length > 60) throw new DomainError('VALIDATION_FAILED', 'A display name is 1–60 characters.', { param: 'name' });
  // Both paths hash and neither waits for the mail server, so response time does not tell registered addresses apart.
  const passwordHash = await hashPassword(input.password);
  const existing = await findUserByEmail(deps.store.db, email);
  if (existing) {
    sendLater(mailer, accountMail.alreadyRegistered(email, await link(deps, existing.id, 'reset')));
    return { status: 'check-email' };
  }
  const user = await insertUser(deps.store.db, { email, emailVerifiedAt: null, passwordHash, displayName: name, role: 'commenter', createdAt: deps.now() });
  sendLater(mailer, accountMail.verify(email, await link(deps, user.id, 'verify')));
  return { status: 'check-email' };
}

/** Passwordless sign-in: a one-time link; unknown addresses get an account created on first use of the link. */
export async function requestMagicLink(deps: AccountDeps, input: { email: string }): Promise<{ status: 'check-email' }> {
  const mailer = requireMailer(deps);
  const email = normalizeEmail(input.email);
  const user = (await findUserByEmail(deps.store.db, email))
    ?? await insertUser(deps.store.db, { email, emailVerifiedAt: null, passwordHash: null, displayName: email.split('@')[0]!.slice(0, 60), role: 'commenter', createdAt: deps.now() });
  sendLater(mailer, accountMail.magicLink(email, await link(deps, user.id, 'magic')));
  return { status: 'check-email' };
}

export async function requestPasswordReset(deps: AccountDeps, input: { email: string }): Promise<{ status: 'check-email' }> {
  const mailer = requireMailer(deps);
  const user = await findUserByEmail(deps.store.db, normalizeEmail(input.email));
  if (user) sendLater(mailer, accountMail.reset(user.email!, await link(deps, user.id, 'reset')));
  return { status: 'check-email' };
}

/**
 * Completes a mailed link: verify and magic sign the reader in and confirm the address (which
 * also claims guest comments posted with it); reset sets the new password and ends every other session.
 */
export async function completeLink(deps: AccountDeps, input: { purpose: 'verify' | 'magic' | 'reset'; token: string; password?: string }) {
  if (input.purpose === 'reset') {
    if (input.password === undefined) throw new DomainError('VALIDATION_FAILED', 'Choose a new password.', { param: 'password' });
    checkPasswordStrength(input.password);
  }
  const passwordHash = input.password !== undefined && input.purpose === 'reset' ? await hashPassword(input.password) : undefined;
  const now = deps.now();
  const userId = await consumeOneTimeToken(deps.store.db, hashSecret(input.token), input.purpose, now);
  if (userId === undefined) throw new DomainError('INVALID_LINK', 'This link is unknown, expired or already used; ask for a new one.');
  const user = (await findUserById(deps.store.db, userId))!;
  if (passwordHash) {
    await updateUser(deps.store.db, userId, { passwordHash, sessionsValidAfter: now });
    await deleteUserSessions(deps.store.db, userId);
  }
  if (user.emailVerifiedAt === null && user.email) {
    // A magic link is the first proof of the address: a password someone else may have set at
    // sign-up, and any session it opened, no longer count.
    if (input.purpose === 'magic' && user.passwordHash !== null) {
      await clearPassword(deps.store.db, userId);
      await deleteUserSessions(deps.store.db, userId);
    }
    await updateUser(deps.store.db, userId, { emailVerifiedAt: now });
    await claimGuestAuthors(deps.store.db, user.email, userId, () => hashSecret(newSecret('revoked')));
  }
  const session = await openSession(deps, userId);
  return { ...session, user: { id: user.id, email: user.email, displayName: user.displayName, role: user.role } };
}

/** Ends every session of the account, this one included. */
export async function signOutEverywhere(deps: Pick<Deps, 'store' | 'now'>, userId: number): Promise<void> {
  await updateUser(deps.store.db, userId, { sessionsValidAfter: deps.now() + 1 });
  await deleteUserSessions(deps.store.db, userId);
}

/** Mail leaves after the answer; a failed delivery is reported on stderr (without the message, which holds a link). */
function sendLater(mailer: NonNullable<Deps['mailer']>, mail: Mail): void {
  mailer.send(mail).catch((err: Error) => process.emitWarning(`Parley could not deliver "${mail.subject}": ${err.message}`));
}

function requireMailer(deps: AccountDeps) {
  if (!deps.mailer) throw new DomainError('MAIL_NOT_CONFIGURED', 'Email sign-in is not available on this server (no SMTP server is configured).');
  return deps.mailer;
}

async function link(deps: AccountDeps, userId: number, purpose: Exclude<OneTimePurpose, 'invite'>): Promise<string> {
  const token = newSecret('pl');
  await insertOneTimeToken(deps.store.db, { tokenHash: hashSecret(token), purpose, userId, expiresAt: deps.now() + LIFETIME[purpose] });
  return `${publicBaseUrl(deps.config)}/auth/window#${purpose}=${encodeURIComponent(token)}`;
}

export type { Mail };
