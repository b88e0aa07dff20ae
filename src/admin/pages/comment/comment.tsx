/** One comment in its thread: the ancestors it answers, the replies it got, the pipeline's trace, and the decisions. */
import { useState } from 'preact/hooks';
import type { CommentContext } from '../../../contract/moderation.ts';
import { approveComment, getComment, rejectComment } from '../../api.ts';
import { BAN_CHOICES, banSpec, banVerb } from '../../ui/ban-options.tsx';
import { CommentBody, CommentMeta, CommentSummary, ScoreBars, WhyHeld } from '../../ui/comment-view.tsx';
import { toApiError, useLoad } from '../../ui/use-load.ts';
import { Trace, type BanPrefs } from '../queue/queue.tsx';

export function CommentPage({ id, ban }: { id: number; ban: BanPrefs }) {
  const loaded = useLoad<CommentContext>(`comment/${id}`, () => getComment(id));
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ctx = loaded.data;

  async function act(action: 'approve' | 'reject' | 'ban') {
    if (!ctx) return;
    setBusy(true);
    setError(null);
    try {
      const r = reason.trim() || undefined;
      const comment = action === 'approve'
        ? await approveComment(id, r)
        : await rejectComment(id, r, action === 'ban' ? banSpec(ban.choice, ban.reason) : undefined);
      loaded.set({ ...ctx, comment });
      setStatus(action === 'approve' ? 'Approved.' : action === 'reject' ? 'Rejected.' : `Rejected; the author is ${banVerb(ban.choice)}.`);
    } catch (err) {
      setError(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  }

  if (loaded.error) return <section><h1>Comment #{id}</h1><p class="error" role="alert">{loaded.error.message}</p></section>;
  if (!ctx) return <section><h1>Comment #{id}</h1><p class="muted">Loading…</p></section>;
  const c = ctx.comment;
  return (
    <section class="comment-page" aria-labelledby="comment-heading">
      <h1 id="comment-heading" tabIndex={-1}>Comment #{c.id} <span class="badge">{c.status}</span></h1>
      <p class="muted">On <a href={c.story.url} target="_blank" rel="noopener noreferrer">{c.story.title}</a></p>
      {ctx.ancestors.length > 0 && (
        <div class="ancestors">
          <h2>Earlier in the thread</h2>
          {ctx.ancestors.map((a) => <CommentSummary key={a.id} item={a} />)}
        </div>
      )}
      <article class="item current-comment" aria-label={`Comment by ${c.author.name}`}>
        <CommentMeta item={c} showStatus />
        <WhyHeld item={c} />
        <ScoreBars scores={c.scores} />
        <CommentBody item={c} />
        <Trace trace={ctx.trace} />
        <div class="decide">
          <label>Reason (optional, recorded in the audit log)
            <input type="text" value={reason} maxLength={500} onInput={(e) => setReason((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void act('approve')}>Approve</button>
            <button type="button" class="secondary" disabled={busy} onClick={() => void act('reject')}>Reject</button>
            <button type="button" class="danger" disabled={busy} onClick={() => void act('ban')}>
              Reject and {BAN_CHOICES.find((b) => b.value === ban.choice)?.label.toLowerCase()}
            </button>
          </div>
        </div>
        <p class="status" role="status" aria-live="polite">{status}</p>
        {error && <p class="error" role="alert">{error}</p>}
      </article>
      {ctx.replies.length > 0 && (
        <div class="replies">
          <h2>Replies</h2>
          {ctx.replies.map((r) => <CommentSummary key={r.id} item={r} />)}
        </div>
      )}
    </section>
  );
}
