import { createHash, randomBytes } from 'node:crypto';

/** Bearer secrets are random 256-bit values; only their SHA-256 is stored, so a database leak yields no usable token. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function hashIp(ip: string, salt: string): string {
  return createHash('sha256').update(salt).update(ip).digest('base64url').slice(0, 22);
}
