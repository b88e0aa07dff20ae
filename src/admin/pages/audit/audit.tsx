/** Every moderation action on the site, newest first: who did what to which comment or author, and why. */
import { useState } from 'preact/hooks';
import type { AuditEntry } from '../../../contract/moderation.ts';
import { getAudit } from '../../api.ts';
import { label, when } from '../../ui/format.ts';
import { href } from '../../ui/router.ts';
import { toApiError, useLoad } from '../../ui/use-load.ts';

type Page = { entries: AuditEntry[]; nextCursor: string | null };

function target(e: AuditEntry) {
  if (e.targetType === 'comment') return <a href={href(`/comments/${e.targetId}`)}>comment #{e.targetId}</a>;
  if (e.targetType === 'author') return <a href={href(`/authors/${e.targetId}`)}>author #{e.targetId}</a>;
  return <>{e.targetType} #{e.targetId}</>;
}

function detail(d: Record<string, unknown>) {
  const parts = Object.entries(d).filter(([, v]) => v !== null && v !== undefined && v !== '');
  if (parts.length === 0) return null;
  return (
    <dl class="detail">
      {parts.map(([k, v]) => (
        <div key={k}><dt>{label(k)}</dt><dd>{typeof v === 'object' ? JSON.stringify(v) : String(v)}</dd></div>
      ))}
    </dl>
  );
}

export function AuditPage({ site }: { site: string }) {
  const loaded = useLoad<Page>(`audit/${site}`, () => getAudit(site));
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const page = loaded.data;

  async function loadMore() {
    if (!page?.nextCursor) return;
    setMore(true);
    try {
      const next = await getAudit(site, page.nextCursor);
      loaded.set({ entries: [...page.entries, ...next.entries], nextCursor: next.nextCursor });
    } catch (err) {
      setError(toApiError(err).message);
    } finally {
      setMore(false);
    }
  }

  return (
    <section class="audit" aria-labelledby="audit-heading">
      <h1 id="audit-heading" tabIndex={-1}>Audit log for {site}</h1>
      {loaded.error && <p class="error" role="alert">{loaded.error.message}</p>}
      {error && <p class="error" role="alert">{error}</p>}
      {!page && !loaded.error && <p class="muted">Loading…</p>}
      {page && page.entries.length === 0 && <p class="empty">No moderation actions yet.</p>}
      {page && page.entries.length > 0 && (
        <table>
          <caption class="sr-only">Moderation actions, newest first</caption>
          <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Target</th><th scope="col">Detail</th></tr></thead>
          <tbody>
            {page.entries.map((e) => (
              <tr key={e.id}>
                <td><time dateTime={e.at}>{when(e.at)}</time></td>
                <td>{e.actor.email ?? (e.actor.userId === null ? 'system' : `user #${e.actor.userId}`)}</td>
                <td class="action">{label(e.action)}</td>
                <td>{target(e)}</td>
                <td>{detail(e.detail)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page?.nextCursor && <p class="more"><button type="button" class="secondary" disabled={more} onClick={() => void loadMore()}>Load older entries</button></p>}
    </section>
  );
}
