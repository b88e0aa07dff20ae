/**
 * The moderation queues. Built for clearing a queue fast from the keyboard: one focused comment at
 * a time (j/k), one key per decision (a/r/b), and focus moves to the next comment by itself so a
 * moderator never has to reach for the mouse between decisions.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CommentContext, QueueItem, QueueName, QueuePage } from '../../../contract/moderation.ts';
import { approveComment, bulkModerate, getComment, getQueue, rejectComment } from '../../api.ts';
import { BAN_CHOICES, banSpec, banVerb, type BanChoice } from '../../ui/ban-options.tsx';
import { CommentBody, CommentMeta, CommentSummary, ScoreBars, WhyHeld } from '../../ui/comment-view.tsx';
import { QUEUE_LABELS } from '../../ui/format.ts';
import { href, navigate } from '../../ui/router.ts';
import { toApiError, useLoad } from '../../ui/use-load.ts';

export interface BanPrefs {
  choice: BanChoice;
  reason: string;
}

interface Props {
  site: string;
  queue: QueueName;
  ban: BanPrefs;
  onBanChange: (b: BanPrefs) => void;
}

// Listed here rather than imported: the contract module is a value module (TypeBox), and the
// bundle takes only types from it.
const QUEUES: readonly QueueName[] = ['pending', 'reported', 'flagged', 'spam', 'rejected', 'approved'];

type Context = CommentContext | 'loading' | { error: string };

/** Whether a comment with this new status still belongs in the queue being shown. */
const staysIn = (queue: QueueName, status: string) =>
  (queue === 'approved' && status === 'published') || (queue === 'rejected' && status === 'rejected');

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

export function QueuePageView({ site, queue, ban, onBanChange }: Props) {
  const loaded = useLoad<QueuePage>(`${site}/${queue}`, () => getQueue(site, queue));
  const page = loaded.data;
  const items = page?.items ?? [];
  const [focus, setFocus] = useState(0);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [contexts, setContexts] = useState<Map<number, Context>>(new Map());
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  // Focus is moved only on request (key press or after a decision), never on every render,
  // so a screen-reader user reading another part of the page is not yanked back to the list.
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    setFocus(0);
    setSelected(new Set());
    setContexts(new Map());
    setError(null);
  }, [site, queue]);

  // Layout effect: focus lands in the same frame as the re-render, so a fast second key press acts on the new comment.
  useLayoutEffect(() => {
    if (focusRequest === 0) return;
    const el = listRef.current?.querySelectorAll<HTMLElement>('article.item')[focus];
    if (el) {
      el.focus();
      el.scrollIntoView?.({ block: 'nearest' });
    } else {
      document.getElementById('queue-heading')?.focus();
    }
  }, [focusRequest]);

  const current = items[Math.min(focus, items.length - 1)];
  // Decisions finish after an await, and key presses can arrive before effects re-run: both read the
  // latest rendered state from here instead of the closure they started in.
  const latest = useRef({ page, items, focus });
  latest.current = { page, items, focus };
  const busyRef = useRef(false);
  const inList = () => Boolean(listRef.current?.contains(document.activeElement));

  function moveFocus(to: number) {
    if (items.length === 0) return;
    setFocus(Math.max(0, Math.min(items.length - 1, to)));
    setFocusRequest((n) => n + 1);
  }

  // The local adjustment above is a guess for the other tabs (a flagged comment that is rejected
  // leaves Flagged too), so the server's counts replace it as soon as they arrive.
  const countsSeq = useRef(0);
  function refreshCounts() {
    const mine = ++countsSeq.current;
    getQueue(site, queue, null, 1).then((fresh) => {
      if (mine !== countsSeq.current) return;
      loaded.update((p) => ({ ...p, counts: fresh.counts }));
    }, () => { /* keep the local counts; the next refresh corrects them */ });
  }

  /** Takes decided comments out of the list and the counts, keeping focus on the comment that took the first one's place. */
  function removeDecided(ids: number[], newStatus: string) {
    const { page, items, focus } = latest.current;
    if (!page || staysIn(queue, newStatus)) {
      setFocusRequest((n) => n + 1);
      return;
    }
    const gone = new Set(ids);
    const first = items.findIndex((i) => gone.has(i.id));
    const left = items.filter((i) => !gone.has(i.id));
    const removed = items.length - left.length;
    const counts = { ...page.counts, [queue]: Math.max(0, (page.counts[queue] ?? 0) - removed) };
    const target = newStatus === 'published' ? 'approved' : newStatus === 'rejected' ? 'rejected' : null;
    if (target && target !== queue && counts[target] !== undefined) counts[target] = (counts[target] ?? 0) + removed;
    loaded.set({ ...page, items: left, counts });
    refreshCounts();
    setSelected((s) => new Set([...s].filter((id) => !gone.has(id))));
    setFocus(Math.max(0, Math.min(first < 0 ? focus : first, left.length - 1)));
    setFocusRequest((n) => n + 1);
    // An emptied page with more behind it: fetch the next page rather than show "queue clear".
    if (left.length === 0 && page.nextCursor) loaded.reload();
  }

  async function decide(item: QueueItem, action: 'approve' | 'reject' | 'ban') {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setError(null);
    try {
      const updated = action === 'approve'
        ? await approveComment(item.id)
        : await rejectComment(item.id, undefined, action === 'ban' ? banSpec(ban.choice, ban.reason) : undefined);
      setStatus(action === 'ban'
        ? `Rejected comment #${item.id} and ${banVerb(ban.choice)} ${item.author.name}.`
        : `${action === 'approve' ? 'Approved' : 'Rejected'} comment #${item.id} by ${item.author.name}.`);
      removeDecided([item.id], updated?.status ?? (action === 'approve' ? 'published' : 'rejected'));
    } catch (err) {
      setError(`Comment #${item.id}: ${toApiError(err).message}`);
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  async function bulk(action: 'approve' | 'reject') {
    const ids = items.filter((i) => selected.has(i.id)).map((i) => i.id);
    if (ids.length === 0 || busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setError(null);
    try {
      const { updated } = await bulkModerate(ids, action);
      setStatus(`${action === 'approve' ? 'Approved' : 'Rejected'} ${updated} ${updated === 1 ? 'comment' : 'comments'}.`);
      removeDecided(ids, action === 'approve' ? 'published' : 'rejected');
    } catch (err) {
      setError(toApiError(err).message);
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  function toggleSelect(id: number) {
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  }

  async function toggleContext(item: QueueItem) {
    if (contexts.has(item.id)) {
      setContexts((m) => {
        const n = new Map(m);
        n.delete(item.id);
        return n;
      });
      return;
    }
    setContexts((m) => new Map(m).set(item.id, 'loading'));
    try {
      const ctx = await getComment(item.id);
      setContexts((m) => new Map(m).set(item.id, ctx));
    } catch (err) {
      setContexts((m) => new Map(m).set(item.id, { error: toApiError(err).message }));
    }
  }

  async function loadMore() {
    if (!page?.nextCursor) return;
    setLoadingMore(true);
    try {
      const next = await getQueue(site, queue, page.nextCursor);
      const seen = new Set(items.map((i) => i.id));
      loaded.set({ ...next, items: [...items, ...next.items.filter((i) => !seen.has(i.id))] });
    } catch (err) {
      setError(toApiError(err).message);
    } finally {
      setLoadingMore(false);
    }
  }

  // Shortcuts live on the document so they work wherever focus is in the queue, except while typing.
  // The listener is registered once and calls the handler from the latest render, so a key pressed
  // right after a decision acts on the comment now shown as current, never on the one just removed.
  const onKeyRef = useRef<(e: KeyboardEvent) => void>(() => {});
  onKeyRef.current = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    const item = current;
    switch (e.key) {
      // The first j or k only brings focus to the list, so it lands on the comment already marked current.
      case 'j': moveFocus(inList() ? focus + 1 : focus); break;
      case 'k': moveFocus(inList() ? focus - 1 : focus); break;
      case 'a': if (item) void decide(item, 'approve'); break;
      case 'r': if (item) void decide(item, 'reject'); break;
      case 'b': if (item) void decide(item, 'ban'); break;
      case 'x': if (item) toggleSelect(item.id); break;
      case 'e': if (item) void toggleContext(item); break;
      case 'o': if (item) navigate(`/comments/${item.id}`); break;
      case 'u': if (item) navigate(`/authors/${item.author.id}`); break;
      case 'A': void bulk('approve'); break;
      case 'R': void bulk('reject'); break;
      case 'X': setSelected(selected.size === items.length ? new Set() : new Set(items.map((i) => i.id))); break;
      case '?': setHelp((h) => !h); break;
      default: return;
    }
    e.preventDefault();
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => onKeyRef.current(e);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const allSelected = items.length > 0 && selected.size === items.length;

  return (
    <section class="queue" aria-labelledby="queue-heading">
      <nav class="tabs" aria-label="Queues">
        <ul>
          {QUEUES.map((q) => (
            <li key={q}>
              <a href={href(`/queue/${q}`)} aria-current={q === queue ? 'page' : undefined}>
                {QUEUE_LABELS[q]} <span class="count">{page?.counts[q] ?? '·'}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <div class="queue-head">
        <h1 id="queue-heading" tabIndex={-1}>{QUEUE_LABELS[queue] ?? queue} <span class="muted">({page?.counts[queue] ?? '…'})</span></h1>
        <button type="button" class="secondary" onClick={loaded.reload} disabled={loaded.loading}>Refresh</button>
        <button type="button" class="link" aria-expanded={help} aria-controls="shortcuts" onClick={() => setHelp(!help)}>Keyboard shortcuts (?)</button>
      </div>

      {help && (
        <div id="shortcuts" class="shortcuts">
          <h2>Keyboard shortcuts</h2>
          <dl>
            <dt><kbd>j</kbd> / <kbd>k</kbd></dt><dd>next / previous comment</dd>
            <dt><kbd>a</kbd></dt><dd>approve</dd>
            <dt><kbd>r</kbd></dt><dd>reject</dd>
            <dt><kbd>b</kbd></dt><dd>reject and ban the author (as set below)</dd>
            <dt><kbd>x</kbd></dt><dd>select for a bulk action; <kbd>X</kbd> selects all</dd>
            <dt><kbd>A</kbd> / <kbd>R</kbd></dt><dd>approve / reject the selected comments</dd>
            <dt><kbd>e</kbd></dt><dd>show or hide the thread context</dd>
            <dt><kbd>o</kbd> / <kbd>u</kbd></dt><dd>open the comment / its author</dd>
          </dl>
        </div>
      )}

      <div class="toolbar" role="group" aria-label="Bulk actions and ban settings">
        <label class="check">
          <input type="checkbox" checked={allSelected} disabled={items.length === 0}
            onChange={() => setSelected(allSelected ? new Set() : new Set(items.map((i) => i.id)))} />
          Select all shown
        </label>
        <button type="button" class="primary" disabled={busy || selected.size === 0} onClick={() => void bulk('approve')}>
          Approve selected ({selected.size})
        </button>
        <button type="button" class="danger" disabled={busy || selected.size === 0} onClick={() => void bulk('reject')}>
          Reject selected ({selected.size})
        </button>
        <span class="spacer" />
        <label>
          Reject-and-ban does
          <select value={ban.choice} onChange={(e) => onBanChange({ ...ban, choice: (e.currentTarget as HTMLSelectElement).value as BanChoice })}>
            {BAN_CHOICES.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
          </select>
        </label>
        <label>
          Ban reason
          <input type="text" value={ban.reason} maxLength={500} onInput={(e) => onBanChange({ ...ban, reason: (e.currentTarget as HTMLInputElement).value })} />
        </label>
      </div>

      <p class="status" role="status" aria-live="polite">{status}</p>
      {error && <p class="error" role="alert">{error}</p>}
      {loaded.error && <p class="error" role="alert">Could not load the queue: {loaded.error.message}</p>}
      {loaded.loading && !page && <p class="muted">Loading…</p>}
      {page && items.length === 0 && !loaded.loading && <p class="empty">Nothing in {QUEUE_LABELS[queue] ?? queue}. The queue is clear.</p>}

      <ol class="items" ref={listRef}>
        {items.map((item, i) => {
          const ctx = contexts.get(item.id);
          const isFocus = i === Math.min(focus, items.length - 1);
          return (
            <li key={item.id}>
              <article
                class={`item${isFocus ? ' current' : ''}${selected.has(item.id) ? ' selected' : ''}`}
                tabIndex={isFocus ? 0 : -1}
                aria-label={`Comment by ${item.author.name}`}
                data-id={item.id}
                onFocusIn={() => i !== focus && setFocus(i)}
              >
                <div class="item-head">
                  <label class="check">
                    <input type="checkbox" checked={selected.has(item.id)} onChange={() => toggleSelect(item.id)} />
                    <span class="sr-only">Select comment #{item.id} by {item.author.name}</span>
                  </label>
                  <CommentMeta item={item} showStatus={queue === 'reported' || queue === 'flagged'} />
                </div>
                <WhyHeld item={item} />
                <ScoreBars scores={item.scores} />
                {ctx && ctx !== 'loading' && !('error' in ctx) && ctx.ancestors.length > 0 && (
                  <div class="ancestors" aria-label="Earlier in the thread">
                    {ctx.ancestors.map((a) => <CommentSummary key={a.id} item={a} />)}
                  </div>
                )}
                <CommentBody item={item} />
                {ctx === 'loading' && <p class="muted">Loading the thread…</p>}
                {ctx && ctx !== 'loading' && 'error' in ctx && <p class="error">{ctx.error}</p>}
                {ctx && ctx !== 'loading' && !('error' in ctx) && (
                  <ContextDetails ctx={ctx} />
                )}
                <div class="actions">
                  <button type="button" class="primary" disabled={busy} onClick={() => void decide(item, 'approve')} aria-keyshortcuts="a">
                    Approve<span class="key" aria-hidden="true">a</span>
                  </button>
                  <button type="button" class="secondary" disabled={busy} onClick={() => void decide(item, 'reject')} aria-keyshortcuts="r">
                    Reject<span class="key" aria-hidden="true">r</span>
                  </button>
                  <button type="button" class="danger" disabled={busy} onClick={() => void decide(item, 'ban')} aria-keyshortcuts="b">
                    Reject and {BAN_CHOICES.find((c) => c.value === ban.choice)?.label.toLowerCase() ?? 'ban'}<span class="key" aria-hidden="true">b</span>
                  </button>
                  <button type="button" class="link" aria-expanded={Boolean(ctx)} onClick={() => void toggleContext(item)} aria-keyshortcuts="e">
                    {ctx ? 'Hide thread' : item.parentId ? 'Show thread' : 'Show replies and trace'}
                  </button>
                  <a href={href(`/comments/${item.id}`)}>Open</a>
                  <a href={href(`/authors/${item.author.id}`)}>Author</a>
                </div>
              </article>
            </li>
          );
        })}
      </ol>
      {page?.nextCursor && (
        <p class="more"><button type="button" class="secondary" disabled={loadingMore} onClick={() => void loadMore()}>Load more</button></p>
      )}
    </section>
  );
}

function ContextDetails({ ctx }: { ctx: CommentContext }) {
  return (
    <div class="context">
      {ctx.ancestors.length === 0 && <p class="muted">A top-level comment.</p>}
      {ctx.replies.length > 0 && (
        <details>
          <summary>{ctx.replies.length} {ctx.replies.length === 1 ? 'reply' : 'replies'}</summary>
          {ctx.replies.map((r) => <CommentSummary key={r.id} item={r} />)}
        </details>
      )}
      <Trace trace={ctx.trace} />
    </div>
  );
}

export function Trace({ trace }: { trace: CommentContext['trace'] }) {
  if (trace.length === 0) return null;
  return (
    <details class="trace">
      <summary>Pipeline trace ({trace.length} {trace.length === 1 ? 'phase' : 'phases'})</summary>
      <ol>
        {trace.map((t, i) => (
          <li key={i} class={`trace-${t.kind}`}><code>{t.phase}</code> {t.kind}{t.reason ? `: ${t.reason}` : ''}</li>
        ))}
      </ol>
    </details>
  );
}
