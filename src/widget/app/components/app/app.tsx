import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { ThreadComment, ThreadPage } from '../../../../contract/threads.ts';
import type { FrameMessage } from '../../../messages.ts';
import { ApiError, createReader, getMe, getThread, signInWithSso, signOut, type Session, type Sort } from '../../api.ts';
import { WidgetContext, type Widget } from '../../context.ts';
import type { I18n } from '../../i18n/index.ts';
import { initialState, threadReducer } from '../../state.ts';
import { onSsoToken } from '../../sso.ts';
import { createStorage, type Account, type OwnComment } from '../../storage.ts';
import { AccountBar } from '../account/index.ts';
import { Comment } from '../comment/index.ts';
import { CommentForm } from '../comment-form/index.ts';
import { SortTabs } from '../sort-tabs/index.ts';
import './app.css';

export interface FrameConfig {
  site: string;
  hostOrigin: string | null;
  lang: string;
  theme: 'light' | 'dark' | 'auto';
  accent: string | null;
  font: string | null;
  highlight: number | null;
  thread: ThreadPage;
}

const ALL_PAGE = 100;

function post(cfg: FrameConfig, m: FrameMessage) {
  // Posting only to the host origin we were opened for: if the page was swapped under us, nobody else hears it.
  if (cfg.hostOrigin && window.parent !== window) window.parent.postMessage(m, cfg.hostOrigin);
}

function collectNames(list: ThreadComment[], into: Map<number, string>) {
  for (const c of list) {
    if (c.author) into.set(c.id, c.author.name);
    collectNames(c.replies, into);
  }
}

export function App({ cfg, i18n }: { cfg: FrameConfig; i18n: I18n }) {
  const storyId = cfg.thread.story.id;
  const store = useMemo(() => createStorage(cfg.site, storyId), []);
  const [s, dispatch] = useReducer(threadReducer, cfg.thread, initialState);
  const [own, setOwnState] = useState(() => store.own());
  const [votes, setVotesState] = useState(() => store.votes());
  const [said, setSaid] = useState('');
  const [account, setAccount] = useState<Account | null>(() => (store.token()?.startsWith('ps_') ? store.account() : null));
  const [ssoProblem, setSsoProblem] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const { t, tn } = i18n;

  const announce = useCallback((msg: string) => {
    // Clearing first makes screen readers repeat an identical message.
    setSaid('');
    setTimeout(() => setSaid(msg), 50);
  }, []);

  const names = useMemo(() => {
    const m = new Map<number, string>();
    collectNames(s.comments, m);
    return m;
  }, [s.comments]);

  // Own-comment marks belong to whoever was writing; a change of identity starts them afresh.
  const forget = () => {
    store.clearToken();
    store.setAccount(null);
    store.clearOwn();
    setOwnState({});
    setAccount(null);
  };

  const signedIn = (session: Session) => {
    const previous = store.token();
    store.setToken(session.token);
    store.setAccount({ name: session.user.displayName });
    store.clearOwn();
    setOwnState({});
    setAccount({ name: session.user.displayName });
    setSsoProblem(null);
    announce(t('signedInDone', { name: session.user.displayName }));
    // A replaced account session would otherwise stay valid, unused, for its whole lifetime.
    if (previous?.startsWith('ps_') && previous !== session.token) void signOut(previous).catch(() => undefined);
  };

  const widget: Widget = {
    i18n, store, site: cfg.site, storyId, storyUrl: cfg.thread.story.url, now: Date.now(), dispatch, announce,
    own, votes,
    setOwn: (id: number, c: OwnComment | null) => {
      store.setOwn(id, c);
      setOwnState(store.own());
    },
    setVote: (id, v) => {
      store.setVote(id, v);
      setVotesState(store.votes());
    },
    ensureToken: async () => {
      const existing = store.token();
      if (existing) return existing;
      const { readerToken } = await createReader(cfg.site);
      store.setToken(readerToken);
      return readerToken;
    },
    link: (id) => post(cfg, { parley: 'link', id }),
    names: (id) => (id === null ? null : names.get(id) ?? null),
    account,
    sessionLost: forget,
  };

  useEffect(() => {
    // The remembered name may be stale (renamed elsewhere) or the session gone (signed out everywhere).
    const token = store.token();
    if (token?.startsWith('ps_')) {
      getMe(token).then((me) => {
        if (me.kind === 'account' && me.displayName) {
          store.setAccount({ name: me.displayName });
          setAccount({ name: me.displayName });
        }
      }, (err) => {
        if (err instanceof ApiError && err.code === 'INVALID_TOKEN') forget();
      });
    }
    // The publisher vouches for its signed-in subscriber (data-sso-token on the embed script).
    onSsoToken(async (token) => {
      try {
        signedIn(await signInWithSso(cfg.site, token));
      } catch (err) {
        setSsoProblem(err instanceof ApiError && err.code !== 'NETWORK' ? i18n.error(err.code, err.message) : t('networkError'));
      }
    });
  }, []);

  const signOutNow = async () => {
    const token = store.token();
    forget();
    announce(t('signedOutDone'));
    if (token) await signOut(token).catch(() => undefined);
  };

  const renamed = (name: string) => {
    store.setAccount({ name });
    setAccount({ name });
  };

  const deleted = () => {
    forget();
    announce(t('accountDeleted'));
    void load(s.sort, false);
  };

  // Height relay: the host sizes the iframe to the content, so the frame never scrolls on its own.
  useEffect(() => {
    // The body's own height, not scrollHeight: that never drops below the iframe's current height, so the frame could grow but never shrink.
    const send = () => post(cfg, { parley: 'height', height: document.body.getBoundingClientRect().height });
    const ro = new ResizeObserver(send);
    ro.observe(document.body);
    send();
    return () => ro.disconnect();
  }, []);

  // Deep link (#parley-<id> on the host page): highlight the comment and ask the host to scroll to it.
  useEffect(() => {
    if (!cfg.highlight) return;
    const el = document.getElementById(`parley-${cfg.highlight}`);
    if (!el) return;
    el.classList.add('highlight');
    requestAnimationFrame(() => post(cfg, { parley: 'scroll', top: el.getBoundingClientRect().top + scrollY }));
  }, []);

  const load = async (sort: Sort, append: boolean, all = false) => {
    dispatch({ type: 'loading' });
    try {
      let cursor = append ? s.nextCursor : null;
      let added = 0;
      do {
        const page = await getThread(storyId, sort, cursor, all ? ALL_PAGE : undefined);
        dispatch({ type: 'loaded', page, append: append || added > 0 });
        added += page.comments.length;
        cursor = page.nextCursor;
      } while (all && cursor);
      announce(append ? tn('loaded', added) : t('sorted', { name: t(sort === 'newest' ? 'sortNewest' : sort === 'oldest' ? 'sortOldest' : 'sortVotes') }));
    } catch {
      dispatch({ type: 'failed' });
      announce(t('networkError'));
    }
  };

  return (
    <WidgetContext.Provider value={widget}>
      <div class="parley" ref={rootRef}>
        <h2 class="count">{tn('count', s.count)}</h2>
        <AccountBar onSession={signedIn} onSignOut={signOutNow} onDeleted={deleted} onRenamed={renamed} problem={ssoProblem} />
        {s.closed ? <p class="closed">{t('closed')}</p> : <CommentForm parentId={null} heading={t('formHeading')} />}
        <SortTabs sort={s.sort} disabled={s.loading} onChange={(sort) => load(sort, false)} />
        {s.comments.length === 0 && !s.loading && <p class="empty">{t('empty')}</p>}
        <ol class="comments" aria-busy={s.loading}>
          {s.comments.map((c) => <Comment key={c.id} c={c} depth={0} />)}
        </ol>
        {s.nextCursor && (
          <div class="more">
            <button type="button" class="secondary" disabled={s.loading} onClick={() => load(s.sort, true)}>{s.loading ? t('loading') : t('loadMore')}</button>
            <button type="button" class="primary" disabled={s.loading} onClick={() => load(s.sort, true, true)}>{t('viewAll')}</button>
          </div>
        )}
        <div class="sr-only" role="status" aria-live="polite">{said}</div>
      </div>
    </WidgetContext.Provider>
  );
}
