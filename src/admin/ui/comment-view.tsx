/** Pieces of a comment as moderators see it: who, where, why it was held, model scores and the body. */
import type { ComponentChildren } from 'preact';
import type { QueueItem } from '../../contract/moderation.ts';
import { ago, label, STATUS_LABELS, when } from './format.ts';
import { href } from './router.ts';

export function ScoreBars({ scores }: { scores: Record<string, number> | null }) {
  if (!scores) return null;
  const entries = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return null;
  return (
    <dl class="scores" aria-label="Model scores">
      {entries.map(([cat, v]) => {
        const pct = Math.round(Math.max(0, Math.min(1, v)) * 100);
        return (
          <div class={`score ${v >= 0.9 ? 'high' : v >= 0.5 ? 'mid' : 'low'}`} key={cat}>
            <dt>{label(cat)}</dt>
            <dd>
              {/* A CSSOM width, not a style attribute string, so the page's CSP needs no 'unsafe-inline'. */}
              <span class="bar" aria-hidden="true"><span class="fill" style={{ width: `${pct}%` }} /></span>
              <span class="value">{(v).toFixed(2)}</span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

export function AuthorBadge({ status, shadow }: { status: string; shadow?: boolean }) {
  return (
    <>
      {status !== 'active' && <span class={`badge status-${status}`}>{STATUS_LABELS[status] ?? status}</span>}
      {shadow && <span class="badge shadow" title="Only the author sees this comment">shadow</span>}
    </>
  );
}

export function StatusBadge({ status }: { status: string }) {
  return <span class={`badge comment-${status}`}>{status}</span>;
}

export function CommentMeta({ item, showStatus }: { item: QueueItem; showStatus?: boolean }) {
  return (
    <p class="meta">
      <a class="author" href={href(`/authors/${item.author.id}`)}>{item.author.name}</a>{' '}
      <AuthorBadge status={item.author.status} shadow={item.shadow} />
      <span class="sep" aria-hidden="true"> · </span>
      <time dateTime={item.createdAt} title={when(item.createdAt)}>{ago(item.createdAt)}</time>
      <span class="sep" aria-hidden="true"> · </span>
      <span class="story">on <a href={item.story.url} target="_blank" rel="noopener noreferrer">{item.story.title}</a></span>
      {showStatus && <> <StatusBadge status={item.status} /></>}
    </p>
  );
}

/** The pipeline's (or a moderator's) reason in plain words, with the phase that decided and readers' reports. */
export function WhyHeld({ item }: { item: QueueItem }) {
  const hasWhy = item.reason || item.phase;
  if (!hasWhy && item.reportCount === 0) return null;
  return (
    <div class="why">
      {hasWhy && (
        <p>
          <strong>Why: </strong>
          {item.reason ?? 'No reason recorded'}
          {item.phase && <span class="phase"> (phase: {item.phase}{item.reasonCode ? `, ${item.reasonCode}` : ''})</span>}
        </p>
      )}
      {item.reportCount > 0 && (
        <details class="reports">
          <summary>{item.reportCount} {item.reportCount === 1 ? 'report' : 'reports'} from readers</summary>
          <ul>
            {item.reports.map((r, i) => (
              <li key={i}><strong>{label(r.reason)}</strong>{r.note ? `: ${r.note}` : ''} <time dateTime={r.createdAt}>{ago(r.createdAt)}</time></li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

// The server renders and sanitizes comment HTML at write time (QueueItem.html is documented as safe to inject).
export const CommentBody = ({ item }: { item: QueueItem }) => <div class="body" dangerouslySetInnerHTML={{ __html: item.html }} />;

/** A compact, read-only comment used for ancestors, replies and an author's history. */
export function CommentSummary({ item, children, showStatus = true }: { item: QueueItem; children?: ComponentChildren; showStatus?: boolean }) {
  return (
    <article class="summary" aria-label={`Comment by ${item.author.name}`}>
      <CommentMeta item={item} showStatus={showStatus} />
      <CommentBody item={item} />
      <p class="links"><a href={href(`/comments/${item.id}`)}>Open comment #{item.id}</a></p>
      {children}
    </article>
  );
}
