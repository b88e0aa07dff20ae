/**
 * The admin shell: who is signed in, which site they are moderating, navigation, and the page for
 * the current path. Pages get the site name as a prop and load their own data.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { QueueName } from '../contract/moderation.ts';
import { ApiError, getStaff, listSites, session, setAuthLostHandler, signOut, type Site, type Staff } from './api.ts';
import { AuditPage } from './pages/audit/audit.tsx';
import { AuthorPage } from './pages/author/author.tsx';
import { CommentPage } from './pages/comment/comment.tsx';
import { DashboardPage } from './pages/dashboard/dashboard.tsx';
import { QueuePageView, type BanPrefs } from './pages/queue/queue.tsx';
import { SettingsPage } from './pages/settings/settings.tsx';
import { AcceptInvitePage } from './pages/sign-in/accept-invite.tsx';
import { SignInPage } from './pages/sign-in/sign-in.tsx';
import { QUEUE_LABELS } from './ui/format.ts';
import { href, onLinkClick, parseRoute, useLocation, type Route } from './ui/router.ts';
import { toApiError } from './ui/use-load.ts';

const SITE_KEY = 'parley-admin-site';

type Auth =
  | { state: 'checking' }
  | { state: 'signed-out'; notice: string | null }
  | { state: 'signed-in'; staff: Staff; sites: Site[] }
  | { state: 'failed'; error: ApiError };

function titleOf(route: Route): string {
  switch (route.name) {
    case 'queue': return QUEUE_LABELS[route.queue] ?? 'Queue';
    case 'comment': return `Comment #${route.id}`;
    case 'author': return `Author #${route.id}`;
    case 'settings': return 'Settings';
    case 'audit': return 'Audit log';
    case 'dashboard': return 'Dashboard';
    case 'invite': return 'Accept invitation';
    default: return 'Not found';
  }
}

export function App() {
  const [auth, setAuth] = useState<Auth>(session.get() ? { state: 'checking' } : { state: 'signed-out', notice: null });
  const [site, setSite] = useState<string | null>(() => sessionStorage.getItem(SITE_KEY));
  const [ban, setBan] = useState<BanPrefs>({ choice: 'ban', reason: 'Abusive comments' });
  const path = useLocation();
  const route = parseRoute(path, location.hash);

  const load = useCallback(async () => {
    setAuth({ state: 'checking' });
    try {
      const [staff, { sites }] = await Promise.all([getStaff(), listSites()]);
      setAuth({ state: 'signed-in', staff, sites });
    } catch (err) {
      const e = toApiError(err);
      if (e.status === 401) {
        session.set(null);
        setAuth({ state: 'signed-out', notice: 'Your session has ended. Please sign in again.' });
      } else setAuth({ state: 'failed', error: e });
    }
  }, []);

  useEffect(() => {
    setAuthLostHandler(() => {
      session.set(null);
      setAuth({ state: 'signed-out', notice: 'Your session has ended. Please sign in again.' });
    });
    if (session.get()) void load();
  }, [load]);

  useEffect(() => {
    document.title = `${titleOf(route)} · Parley moderation`;
  }, [path]);

  // Focus the page heading after an in-app navigation, so keyboard and screen-reader users land on
  // the new content instead of on the link they left; the first render leaves focus alone.
  const [firstPath] = useState(path);
  useEffect(() => {
    if (path === firstPath) return;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [path]);

  if (route.name === 'invite') return <AcceptInvitePage token={route.token} onSignedIn={() => void load()} />;
  if (auth.state === 'checking') return <main id="main" class="loading"><p>Loading…</p></main>;
  if (auth.state === 'signed-out') return <SignInPage notice={auth.notice} onSignedIn={() => void load()} />;
  if (auth.state === 'failed') {
    return (
      <main id="main">
        <h1>Parley moderation</h1>
        <p class="error" role="alert">{auth.error.message}</p>
        <button type="button" class="secondary" onClick={() => void load()}>Try again</button>
      </main>
    );
  }

  const { staff, sites } = auth;
  const current = sites.find((s) => s.name === site) ?? sites[0];
  const pickSite = (name: string) => {
    setSite(name);
    try {
      sessionStorage.setItem(SITE_KEY, name);
    } catch { /* storage disabled */ }
  };
  async function leave() {
    try {
      await signOut();
    } catch { /* the token is dropped either way */ }
    session.set(null);
    setAuth({ state: 'signed-out', notice: 'Signed out.' });
  }

  const nav: Array<[string, string, boolean]> = [
    ['/queue/pending', 'Queues', route.name === 'queue'],
    ['/dashboard', 'Dashboard', route.name === 'dashboard'],
    ['/audit', 'Audit log', route.name === 'audit'],
    ['/settings', 'Settings', route.name === 'settings'],
  ];

  return (
    <div class="shell" onClick={onLinkClick}>
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <span class="brand">Parley moderation</span>
        {sites.length > 1 ? (
          <label class="site-picker">
            Site
            <select value={current?.name} onChange={(e) => pickSite((e.currentTarget as HTMLSelectElement).value)}>
              {sites.map((s) => <option key={s.id} value={s.name}>{s.title || s.name}</option>)}
            </select>
          </label>
        ) : current ? <span class="site-name">{current.title || current.name}</span> : null}
        <nav aria-label="Main">
          <ul>
            {nav.map(([to, text, active]) => <li key={to}><a href={href(to)} aria-current={active ? 'page' : undefined}>{text}</a></li>)}
          </ul>
        </nav>
        <span class="who">{staff.email ?? `user #${staff.userId}`} <span class="muted">({staff.role})</span></span>
        <button type="button" class="link" onClick={() => void leave()}>Sign out</button>
      </header>
      <main id="main">
        {!current ? <p class="empty">You are not a moderator of any site yet. Ask an admin to invite you to one.</p> : <Page route={route} site={current.name} ban={ban} setBan={setBan} />}
      </main>
    </div>
  );
}

function Page({ route, site, ban, setBan }: { route: Route; site: string; ban: BanPrefs; setBan: (b: BanPrefs) => void }) {
  switch (route.name) {
    case 'queue': {
      if (!(route.queue in QUEUE_LABELS)) return <NotFound />;
      return <QueuePageView site={site} queue={route.queue as QueueName} ban={ban} onBanChange={setBan} />;
    }
    case 'comment': return <CommentPage id={route.id} ban={ban} />;
    case 'author': return <AuthorPage id={route.id} />;
    case 'settings': return <SettingsPage site={site} />;
    case 'audit': return <AuditPage site={site} />;
    case 'dashboard': return <DashboardPage site={site} />;
    default: return <NotFound />;
  }
}

const NotFound = () => <section><h1 tabIndex={-1}>Not found</h1><p>No such page. <a href={href('/')}>Go to the queues</a>.</p></section>;
