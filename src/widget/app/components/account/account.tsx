import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, claimHandoff, deleteMe, exportMyData, updateMe, type Session } from '../../api.ts';
import { useWidget } from '../../context.ts';
import './account.css';

/** What the sign-in window (src/server/assets/auth-window/window.js) posts to the frame that opened it. */
type WindowMessage = { type: 'parley:session'; token: string; user: Session['user'] } | { type: 'parley:pending' };

const POLL_MS = 2000;
const HANDOFF_MS = 5 * 60_000;

function newNonce(): string {
  const b = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...b)).replace(/\+/g, '-').replace(/\//g, '_');
}

export interface AccountBarProps {
  onSession: (s: Session) => void;
  onSignOut: () => void;
  onDeleted: () => void;
  /** The account's display name changed (earlier comments keep the name they were posted under). */
  onRenamed: (name: string) => void;
  /** Why the publisher's sign-on was refused, if it was. */
  problem: string | null;
}

/**
 * "Sign in" for guests; "Signed in as …", Sign out and the privacy menu for accounts. Sign-in runs
 * in a first-party window on Parley's origin (this frame's storage is a third party's and may be
 * blocked); the session comes back by postMessage from that window, or, when the reader opens the
 * mailed link in a new tab, through a one-time handoff the frame polls for with its own nonce.
 */
export function AccountBar(props: AccountBarProps) {
  const w = useWidget();
  const { t } = w.i18n;
  const [menu, setMenu] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [mode, setMode] = useState<'remove' | 'anonymize'>('remove');
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const popup = useRef<Window | null>(null);
  const poll = useRef<{ timer: ReturnType<typeof setInterval>; until: number } | null>(null);
  const nonce = useRef('');
  const done = useRef(props.onSession);
  done.current = props.onSession;

  const stopPolling = () => {
    if (poll.current) clearInterval(poll.current.timer);
    poll.current = null;
  };

  const finish = (s: Session) => {
    stopPolling();
    setNote(null);
    popup.current = null;
    done.current(s);
  };

  useEffect(() => {
    const onMessage = (e: MessageEvent<WindowMessage>) => {
      // Any window can post to us; only the sign-in window we opened, on our own origin, is believed.
      if (e.origin !== location.origin || !popup.current || e.source !== popup.current || !e.data) return;
      if (e.data.type === 'parley:session' && typeof e.data.token === 'string' && e.data.user) finish({ token: e.data.token, user: e.data.user });
      else if (e.data.type === 'parley:pending' && !poll.current) {
        setNote(t('waitingMail'));
        const until = Date.now() + HANDOFF_MS;
        poll.current = {
          until,
          timer: setInterval(async () => {
            if (Date.now() > until) {
              stopPolling();
              setNote(null);
              return;
            }
            try {
              const r = await claimHandoff(nonce.current);
              if (r.session) finish(r.session);
            } catch { /* offline for a moment: the next tick tries again */ }
          }, POLL_MS),
        };
      }
    };
    addEventListener('message', onMessage);
    return () => {
      removeEventListener('message', onMessage);
      stopPolling();
    };
  }, []);

  const openWindow = () => {
    setError(null);
    stopPolling();
    nonce.current = newNonce();
    // From the click itself, so pop-up blockers allow it; the nonce rides in the fragment, which no server sees.
    const win = window.open(`/auth/window#nonce=${nonce.current}`, 'parley-sign-in', 'popup,width=480,height=640');
    if (!win) return setError(t('popupBlocked'));
    popup.current = win;
    win.focus();
  };

  const fail = (err: unknown) => setError(err instanceof ApiError && err.code !== 'NETWORK' ? w.i18n.error(err.code, err.message) : t('networkError'));

  const download = async () => {
    setError(null);
    try {
      const data = await exportMyData(w.store.token()!);
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = 'parley-my-data.json';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      fail(err);
    }
  };

  const [newName, setNewName] = useState('');
  const rename = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const me = await updateMe({ displayName: newName }, w.store.token()!);
      const name = me.displayName ?? newName;
      props.onRenamed(name);
      setNote(t('nameSaved', { name }));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const erase = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await deleteMe(mode, w.store.token()!);
      setMenu(false);
      setDeleting(false);
      props.onDeleted();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const errorEl = (props.problem || error) && <p class="form-error" role="alert">{error ?? props.problem}</p>;
  if (!w.account) {
    return (
      <div>
        <p class="account">
          <button type="button" class="primary" onClick={openWindow}>{t('signIn')}</button>
          <span>{t('orGuest')}</span>
        </p>
        {note && <p class="account-note" role="status">{note}</p>}
        {errorEl}
      </div>
    );
  }
  return (
    <div>
      <p class="account">
        <span>{t('signedInAs', { name: '' })}<span class="account-name">{w.account.name}</span></span>
        <button type="button" class="link" aria-expanded={menu} onClick={() => { setMenu(!menu); setDeleting(false); setNewName(w.account?.name ?? ''); }}>{t('yourData')}</button>
        <button type="button" class="link" onClick={props.onSignOut}>{t('signOut')}</button>
      </p>
      {menu && (
        <div class="account-menu">
          <form class="account-rename" onSubmit={rename}>
            <label for="parley-display-name">{t('displayName')}</label>
            <input id="parley-display-name" value={newName} maxLength={60} required onInput={(e) => setNewName((e.target as HTMLInputElement).value)} />
            <button type="submit" class="secondary" disabled={busy || newName.trim() === '' || newName.trim() === w.account.name}>{t('saveName')}</button>
          </form>
          <div class="form-actions">
            <button type="button" class="secondary" onClick={download}>{t('download')}</button>
            {!deleting && <button type="button" class="secondary" onClick={() => setDeleting(true)}>{t('deleteAccount')}</button>}
          </div>
          {deleting && (
            <form onSubmit={erase}>
              <fieldset>
                <legend>{t('deleteChoice')}</legend>
                <label><input type="radio" name="parley-delete-mode" checked={mode === 'remove'} onChange={() => setMode('remove')} />{t('deleteRemove')}</label>
                <label><input type="radio" name="parley-delete-mode" checked={mode === 'anonymize'} onChange={() => setMode('anonymize')} />{t('deleteAnonymize')}</label>
              </fieldset>
              <div class="form-actions">
                <button type="submit" class="danger" disabled={busy}>{t('deleteConfirm')}</button>
                <button type="button" class="secondary" onClick={() => setDeleting(false)}>{t('cancel')}</button>
              </div>
            </form>
          )}
        </div>
      )}
      {note && <p class="account-note" role="status">{note}</p>}
      {errorEl}
    </div>
  );
}
