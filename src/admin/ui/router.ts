/**
 * A path router for the SPA under /admin: the server answers every /admin/* path with the same
 * shell, so deep links (a comment, an author) survive reloads and can be pasted into a chat.
 */
import { useEffect, useState } from 'preact/hooks';

export const BASE = '/admin';

export type Route =
  | { name: 'queue'; queue: string }
  | { name: 'comment'; id: number }
  | { name: 'author'; id: number }
  | { name: 'settings' }
  | { name: 'audit' }
  | { name: 'dashboard' }
  | { name: 'invite'; token: string }
  | { name: 'not-found' };

/** `hash` carries secrets such as the invitation token: fragments never reach the server or its logs. */
export function parseRoute(pathname: string, hash = ''): Route {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const parts = rest.split('/').filter(Boolean);
  const [head, arg] = parts;
  if (!head) return { name: 'queue', queue: 'pending' };
  if (head === 'queue') return { name: 'queue', queue: arg ?? 'pending' };
  if ((head === 'comments' || head === 'authors') && arg && /^\d+$/.test(arg)) return { name: head === 'comments' ? 'comment' : 'author', id: Number(arg) };
  if (head === 'invite') return { name: 'invite', token: new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '' };
  if (head === 'settings' || head === 'audit' || head === 'dashboard') return { name: head };
  return { name: 'not-found' };
}

export function navigate(path: string, replace = false) {
  const url = path.startsWith(BASE) ? path : BASE + path;
  if (url === location.pathname + location.search) return;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  dispatchEvent(new PopStateEvent('popstate'));
}

export function useLocation(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const on = () => setPath(location.pathname);
    addEventListener('popstate', on);
    return () => removeEventListener('popstate', on);
  }, []);
  return path;
}

/** Plain left clicks on in-app links navigate without a reload; modified clicks keep the browser's behaviour (new tab). */
export function onLinkClick(e: MouseEvent) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = (e.target as Element | null)?.closest?.('a');
  if (!a || a.target || a.origin !== location.origin || !a.pathname.startsWith(BASE)) return;
  e.preventDefault();
  navigate(a.pathname + a.search);
}

export const href = (path: string) => BASE + path;
