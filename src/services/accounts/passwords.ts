import argon2 from 'argon2';
import { DomainError } from '../../core/errors.ts';

/** argon2id with the library's defaults (64 MiB, t=3, p=4), the OWASP-recommended family for password storage. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  // Without a hash we still spend comparable time, so response timing does not reveal which emails have accounts.
  if (hash === null) {
    await argon2.hash(password, { type: argon2.argon2id });
    return false;
  }
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

export function checkPasswordStrength(password: string): void {
  if (password.length < 10) throw new DomainError('WEAK_PASSWORD', 'Use a password of at least 10 characters.', { param: 'password' });
  if (password.length > 200) throw new DomainError('WEAK_PASSWORD', 'Use a password of at most 200 characters.', { param: 'password' });
}
