/**
 * What the widget remembers: the reader's token per site, their own comments (to offer
 * Edit/Delete), their votes, their guest name, and unsent drafts. It lives in the iframe's
 * localStorage, on Parley's origin, out of reach of the host page's scripts.
 *
 * Browsers that block storage in third-party frames (incognito windows, strict privacy settings)
 * deny that localStorage. Then everything is kept in memory for the page view, and the
 * non-secret part — drafts and the guest name — is mirrored to the host page through the loader,
 * so a reload still keeps what the reader typed. Tokens never leave this frame.
 */
import type { FrameMessage, HostMessage } from '../messages.ts';

const memory = new Map<string, string>();
let persistent = true;
let hostOrigin: string | null = null;
// Only drafts may be mirrored to the host page's storage: its scripts can read it, so nothing that identifies a reader goes there.
const SHAREABLE = /^parley:[^:]+:draft:/;

function probe(): boolean {
  try {
    localStorage.setItem('parley:probe', '1');
    localStorage.removeItem('parley:probe');
    return true;
  } catch {
    return false;
  }
}

/** Picks the backend before the first render; with blocked storage it waits briefly for what the host kept. */
export async function initStorage(host: string | null): Promise<void> {
  persistent = probe();
  hostOrigin = host;
  if (persistent || !host || window.parent === window) return;
  await new Promise<void>((resolve) => {
    const done = setTimeout(resolve, 400);
    addEventListener('message', function onKept(e: MessageEvent<HostMessage>) {
      if (e.source !== window.parent || e.origin !== host || e.data?.parley !== 'kept') return;
      removeEventListener('message', onKept);
      for (const [k, v] of Object.entries(e.data.data)) if (SHAREABLE.test(k) && typeof v === 'string') memory.set(k, v);
      clearTimeout(done);
      resolve();
    });
    window.parent.postMessage({ parley: 'ask' } satisfies FrameMessage, host);
  });
}

function read(key: string): string | null {
  return persistent ? localStorage.getItem(key) : memory.get(key) ?? null;
}

function write(key: string, raw: string | null): void {
  if (persistent) {
    if (raw === null) localStorage.removeItem(key);
    else localStorage.setItem(key, raw);
    return;
  }
  if (raw === null) memory.delete(key);
  else memory.set(key, raw);
  if (SHAREABLE.test(key) && hostOrigin) {
    const data = Object.fromEntries([...memory].filter(([k]) => SHAREABLE.test(k)));
    window.parent.postMessage({ parley: 'keep', data } satisfies FrameMessage, hostOrigin);
  }
}

function get<T>(key: string, fallback: T): T {
  const raw = read(key);
  if (raw == null) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}

const set = (key: string, value: unknown) => write(key, value === null ? null : JSON.stringify(value));

export interface OwnComment {
  /** Markdown source, for the edit form; the thread API only carries rendered HTML. */
  body: string;
  editableUntil: string;
}

export interface Guest {
  name: string;
  email: string;
}

/** The signed-in account, remembered with its session token so the bar renders before /me answers. */
export interface Account {
  name: string;
}

export interface Draft {
  body: string;
}

export function createStorage(site: string, storyId: number) {
  const k = (what: string) => `parley:${site}:${what}`;
  return {
    token: () => get<string | null>(k('token'), null),
    setToken: (t: string) => set(k('token'), t),
    clearToken: () => set(k('token'), null),
    account: () => get<Account | null>(k('account'), null),
    setAccount: (a: Account | null) => set(k('account'), a),
    own: () => get<Record<string, OwnComment>>(k('own'), {}),
    clearOwn: () => set(k('own'), null),
    setOwn: (id: number, c: OwnComment | null) => {
      const all = get<Record<string, OwnComment>>(k('own'), {});
      if (c) all[id] = c;
      else delete all[id];
      set(k('own'), all);
    },
    votes: () => get<Record<string, 1 | -1>>(k('votes'), {}),
    setVote: (id: number, v: 1 | -1 | 0) => {
      const all = get<Record<string, 1 | -1>>(k('votes'), {});
      if (v === 0) delete all[id];
      else all[id] = v;
      set(k('votes'), all);
    },
    guest: () => get<Guest>('parley:guest', { name: '', email: '' }),
    setGuest: (g: Guest) => set('parley:guest', g),
    draft: (parentId: number | null) => get<Draft | null>(k(`draft:${storyId}:${parentId ?? 0}`), null),
    setDraft: (parentId: number | null, d: Draft | null) => set(k(`draft:${storyId}:${parentId ?? 0}`), d && d.body ? d : null),
  };
}

export type Storage = ReturnType<typeof createStorage>;
