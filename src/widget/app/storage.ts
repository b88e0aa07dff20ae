/**
 * What the widget remembers in the iframe's localStorage (Parley's origin, out of reach of the
 * host page's scripts): the reader's token per site, their own comments (to offer Edit/Delete),
 * their votes, their guest name, and unsent drafts. Storage can be unavailable (privacy modes,
 * blocked third-party storage); then the widget still works for the current page view.
 */
const memory = new Map<string, string>();

function get<T>(key: string, fallback: T): T {
  let raw: string | null | undefined;
  try {
    raw = localStorage.getItem(key);
  } catch {
    raw = memory.get(key);
  }
  if (raw == null) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}

function set(key: string, value: unknown): void {
  const raw = JSON.stringify(value);
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, raw);
  } catch {
    if (value === null) memory.delete(key);
    else memory.set(key, raw);
  }
}

export interface OwnComment {
  /** Markdown source, for the edit form; the thread API only carries rendered HTML. */
  body: string;
  editableUntil: string;
}

export interface Guest {
  name: string;
  email: string;
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
    own: () => get<Record<string, OwnComment>>(k('own'), {}),
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
