/**
 * The postMessage protocol between the widget iframe and the loader on the publisher's page.
 * Both sides check who sent a message (the loader: event.source is its iframe and event.origin is
 * Parley's; the frame posts only to the host origin it was opened for), because any frame on a
 * news page can post messages to any other.
 */
export type FrameMessage =
  | { parley: 'height'; height: number }
  /** Scroll the host page so that this offset inside the frame is in view (deep links). */
  | { parley: 'scroll'; top: number }
  /** A reader opened a comment's permalink: the host puts #parley-<id> in its address bar. */
  | { parley: 'link'; id: number }
  /** Storage fallback (see app/storage.ts): ask for what the host kept, or replace it. Never holds tokens. */
  | { parley: 'ask' }
  | { parley: 'keep'; data: Record<string, string> };

/**
 * The loader's answer to 'ask', and the publisher's single sign-on token (data-sso-token), sent
 * by message after the frame loads so that it never appears in the frame's URL, history or logs.
 */
export type HostMessage = { parley: 'kept'; data: Record<string, string> } | { parley: 'sso'; token: string };

export const DEEP_LINK = /^#parley-(\d+)$/;
