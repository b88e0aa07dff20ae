import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { I18n } from './i18n/index.ts';
import type { Action } from './state.ts';
import type { Account, OwnComment, Storage } from './storage.ts';

/** What every component of one widget instance shares; set once by App. */
export interface Widget {
  i18n: I18n;
  store: Storage;
  site: string;
  storyId: number;
  storyUrl: string;
  now: number;
  dispatch: (a: Action) => void;
  /** Speaks a message through the ARIA live region. */
  announce: (msg: string) => void;
  own: Record<string, OwnComment>;
  setOwn: (id: number, c: OwnComment | null) => void;
  votes: Record<string, 1 | -1>;
  setVote: (id: number, v: 1 | -1 | 0) => void;
  /** The reader's token, creating an anonymous reader first when they vote before ever commenting. */
  ensureToken: () => Promise<string>;
  /** Tells the host page to show #parley-<id> in its address bar. */
  link: (id: number) => void;
  names: (id: number | null) => string | null;
  /** The signed-in account, or null for a guest. */
  account: Account | null;
  /** The server no longer knows the session: forget it and show the guest form again. */
  sessionLost: () => void;
}

export const WidgetContext = createContext<Widget | null>(null);

export function useWidget(): Widget {
  const w = useContext(WidgetContext);
  if (!w) throw new Error('useWidget outside WidgetContext');
  return w;
}
