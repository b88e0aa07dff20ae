/**
 * An author as moderators need to see them: what they wrote, what they were called before, and who
 * else posts from the same hashed IP (possible sock puppets), with ban / suspension / shadow-ban.
 */
import { useState } from 'preact/hooks';
import type { AuthorPanel, AuthorStatusBody } from '../../../contract/moderation.ts';
import { getAuthor, setAuthorStatus } from '../../api.ts';
import { CommentSummary, WhyHeld } from '../../ui/comment-view.tsx';
import { STATUS_LABELS, when } from '../../ui/format.ts';
import { href } from '../../ui/router.ts';
import { toApiError, useLoad } from '../../ui/use-load.ts';

type Status = AuthorStatusBody['status'];

export function AuthorPage({ id }: { id: number }) {
  const loaded = useLoad<AuthorPanel>(`author/${id}`, () => getAuthor(id));
  const a = loaded.data;
  if (loaded.error) return <section><h1>Author #{id}</h1><p class="error" role="alert">{loaded.error.message}</p></section>;
  if (!a) return <section><h1>Author #{id}</h1><p class="muted">Loading…</p></section>;
  return (
    <section class="author-page" aria-labelledby="author-heading">
      <h1 id="author-heading" tabIndex={-1}>{a.name} <span class={`badge status-${a.status}`}>{STATUS_LABELS[a.status] ?? a.status}</span></h1>
      <p class="muted">
        Author #{a.id}, first seen {when(a.createdAt)}
        {a.suspendedUntil && <>; suspended until {when(a.suspendedUntil)}</>}
        {a.statusReason && <>; reason: “{a.statusReason}”</>}
      </p>
      <dl class="stats">
        <div><dt>Published</dt><dd>{a.counts.published}</dd></div>
        <div><dt>Pending</dt><dd>{a.counts.pending}</dd></div>
        <div><dt>Rejected</dt><dd>{a.counts.rejected}</dd></div>
        <div><dt>Deleted</dt><dd>{a.counts.deleted}</dd></div>
      </dl>

      <StatusForm author={a} onSaved={loaded.set} />

      <div class="columns">
        <section aria-labelledby="names-heading">
          <h2 id="names-heading">Display-name history</h2>
          {a.nameHistory.length === 0 ? <p class="muted">Never changed.</p> : (
            <ol class="plain">
              {a.nameHistory.map((n, i) => <li key={i}><strong>{n.name}</strong> <span class="muted">from {when(n.at)}</span></li>)}
            </ol>
          )}
        </section>
        <section aria-labelledby="sameip-heading">
          <h2 id="sameip-heading">Same IP: possible sock puppets</h2>
          {a.sameIp.length === 0 ? <p class="muted">No other author seen from this author's addresses.</p> : (
            <ul class="plain">
              {a.sameIp.map((o) => (
                <li key={o.id}><a href={href(`/authors/${o.id}`)}>{o.name}</a> <span class="muted">({o.sharedComments} {o.sharedComments === 1 ? 'comment' : 'comments'} from a shared address)</span></li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Comment history ({a.comments.length})</h2>
        {a.comments.length === 0 && <p class="muted">No comments.</p>}
        {a.comments.map((c) => <CommentSummary key={c.id} item={c}><WhyHeld item={c} /></CommentSummary>)}
      </section>
    </section>
  );
}

function StatusForm({ author, onSaved }: { author: AuthorPanel; onSaved: (a: AuthorPanel) => void }) {
  const [status, setStatus] = useState<Status>((author.status as Status) ?? 'active');
  const [hours, setHours] = useState(24);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await setAuthorStatus(author.id, { status, reason: reason.trim(), ...(status === 'suspended' ? { hours } : {}) });
      onSaved(saved);
      setMessage(`Saved: ${STATUS_LABELS[saved.status] ?? saved.status}.`);
      setReason('');
    } catch (err) {
      setError(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="status-form" onSubmit={submit} aria-labelledby="status-heading">
      <h2 id="status-heading">Account status</h2>
      <fieldset>
        <legend>New status</legend>
        {(['active', 'suspended', 'shadow_banned', 'banned'] as const).map((s) => (
          <label key={s} class="radio">
            <input type="radio" name="status" value={s} checked={status === s} onChange={() => setStatus(s)} />
            {STATUS_LABELS[s]}
            <span class="muted"> {s === 'shadow_banned' ? '(their new comments are visible only to them)' : s === 'suspended' ? '(cannot comment until the time runs out)' : s === 'banned' ? '(cannot comment)' : ''}</span>
          </label>
        ))}
      </fieldset>
      {status === 'suspended' && (
        <label>Suspend for (hours)
          <input type="number" min={1} max={24 * 365} required value={hours} onInput={(e) => setHours(Number((e.currentTarget as HTMLInputElement).value))} />
        </label>
      )}
      <label>Reason (required; the audit log keeps it)
        <input type="text" required minLength={1} maxLength={500} value={reason} onInput={(e) => setReason((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="primary" disabled={busy}>Save status</button>
      <p class="status" role="status" aria-live="polite">{message}</p>
      {error && <p class="error" role="alert">{error}</p>}
    </form>
  );
}
