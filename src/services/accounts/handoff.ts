/**
 * Session handoff for mailed links opened in a new tab. The widget lives in an iframe whose
 * storage is partitioned under the publisher's site, so a tab opened from an email (first-party
 * on Parley, no window.opener) cannot reach it. The widget picks a random nonce before asking for
 * a mail; the sign-in window keeps that nonce in Parley's first-party storage; the tab that
 * completes the link deposits its session here under the nonce, and the widget claims it once.
 *
 * Kept in memory on purpose: an entry lives for minutes, is read once, and losing it on restart
 * only means the reader signs in again. Behind several instances without sticky routing a claim
 * may hit an instance that never saw the deposit; docs/SECURITY.md says so.
 */

export interface HandoffSession {
  token: string;
  user: { id: number; email: string | null; displayName: string; role: string };
}

const TTL_MS = 5 * 60_000;
// A deposit needs a valid session, but a signed-in script could still loop; the cap bounds memory.
const MAX_ENTRIES = 10_000;

export class HandoffStore {
  private readonly entries = new Map<string, { session: HandoffSession; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  deposit(nonce: string, session: HandoffSession): void {
    this.sweep();
    if (this.entries.size >= MAX_ENTRIES) {
      // Oldest first: Map iteration follows insertion order.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.delete(nonce);
    this.entries.set(nonce, { session, expiresAt: this.now() + TTL_MS });
  }

  /** The session deposited under the nonce, at most once; later claims and expired entries get null. */
  claim(nonce: string): HandoffSession | null {
    const e = this.entries.get(nonce);
    if (!e) return null;
    this.entries.delete(nonce);
    return e.expiresAt > this.now() ? e.session : null;
  }

  private sweep(): void {
    const now = this.now();
    for (const [k, e] of this.entries) if (e.expiresAt <= now) this.entries.delete(k);
  }
}
