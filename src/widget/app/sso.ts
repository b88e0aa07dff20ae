/**
 * Receives the publisher's single sign-on token from the loader. The listener is installed before
 * the first render (the loader posts once, on the frame's load event, which may come before
 * Preact has mounted), and the token is kept until the app asks for it.
 */
import type { HostMessage } from '../messages.ts';

let received: string | null = null;
let consumer: ((token: string) => void) | null = null;

export function listenForSso(hostOrigin: string | null): void {
  if (!hostOrigin || window.parent === window) return;
  addEventListener('message', (e: MessageEvent<HostMessage>) => {
    // Only the page we were opened for, and only our direct parent, may sign the reader in.
    if (e.source !== window.parent || e.origin !== hostOrigin || e.data?.parley !== 'sso' || typeof e.data.token !== 'string') return;
    if (consumer) consumer(e.data.token);
    else received = e.data.token;
  });
}

export function onSsoToken(fn: (token: string) => void): void {
  consumer = fn;
  if (received) {
    const t = received;
    received = null;
    fn(t);
  }
}
