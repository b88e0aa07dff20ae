/** Where the site's comment sections are turning: volume by outcome, share held, model categories, hot stories, queue age. */
import type { Dashboard } from '../../../contract/moderation.ts';
import { getDashboard } from '../../api.ts';
import { label, minutes, percent } from '../../ui/format.ts';
import { href } from '../../ui/router.ts';
import { useLoad } from '../../ui/use-load.ts';
import { DataTable, Legend, Lines, ShareBar, StackedBars } from './charts.tsx';

const OUTCOMES = ['published', 'pending', 'rejected', 'deleted'];

export function DashboardPage({ site }: { site: string }) {
  const loaded = useLoad<Dashboard>(`dashboard/${site}`, () => getDashboard(site, 14));
  const d = loaded.data;
  if (loaded.error) return <section><h1>Dashboard</h1><p class="error" role="alert">{loaded.error.message}</p></section>;
  if (!d) return <section><h1>Dashboard</h1><p class="muted">Loading…</p></section>;

  const cats = [...new Set(d.categories.flatMap((c) => Object.keys(c.counts)))].sort();
  const catDays = d.categories.map((c) => c.day);
  const maxStory = Math.max(1, ...d.busiestStories.map((s) => s.comments));
  const old = d.queueAge.oldestPendingMinutes;

  return (
    <section class="dashboard" aria-labelledby="dash-heading">
      <h1 id="dash-heading" tabIndex={-1}>Dashboard for {site} <span class="muted">(last {d.days.length} days)</span></h1>

      <div class="tiles">
        <a class={`tile${d.queueAge.pending > 0 ? ' warn' : ''}`} href={href('/queue/pending')}>
          <span class="big">{d.queueAge.pending}</span> waiting in Pending
        </a>
        <div class={`tile${old !== null && old > 60 ? ' warn' : ''}`}>
          <span class="big">{old === null ? '—' : minutes(old)}</span> oldest pending comment
        </div>
        <div class="tile"><span class="big">{percent(d.heldShare)}</span> of comments held</div>
        <div class="tile"><span class="big">{percent(d.rejectedShare)}</span> rejected</div>
      </div>

      <section class="card" aria-labelledby="perday-h">
        <h2 id="perday-h">Comments per day by outcome</h2>
        <Legend keys={OUTCOMES} prefix="s-" />
        <StackedBars id="perday" title="Comments per day, stacked by outcome" days={d.days} series={OUTCOMES} />
        <DataTable caption="Comments per day by outcome" head={['Day', ...OUTCOMES.map(label)]} rows={d.days.map((x) => [x.day, x.published, x.pending, x.rejected, x.deleted])} />
      </section>

      <section class="card" aria-labelledby="share-h">
        <h2 id="share-h">Share held and rejected</h2>
        <ShareBar parts={[{ key: 'rejected', share: d.rejectedShare, label: 'Rejected' }, { key: 'pending', share: d.heldShare, label: 'Held' }]} />
        <ul class="legend"><li><span class="swatch s-rejected" />Rejected {percent(d.rejectedShare)}</li><li><span class="swatch s-pending" />Held {percent(d.heldShare)}</li><li><span class="swatch s-rest" />Published straight away</li></ul>
      </section>

      <section class="card" aria-labelledby="cats-h">
        <h2 id="cats-h">Model categories over time</h2>
        {cats.length === 0 ? <p class="muted">No comment scored above a category's threshold in this period.</p> : (
          <>
            <Legend keys={cats} prefix="c" />
            <Lines id="cats" title="Comments flagged per model category per day" days={catDays} keys={cats} values={(i, k) => d.categories[i]?.counts[k] ?? 0} />
            <DataTable caption="Flagged comments per category per day" head={['Day', ...cats.map(label)]} rows={d.categories.map((c) => [c.day, ...cats.map((k) => c.counts[k] ?? 0)])} />
          </>
        )}
      </section>

      <section class="card" aria-labelledby="stories-h">
        <h2 id="stories-h">Busiest stories</h2>
        {d.busiestStories.length === 0 ? <p class="muted">No comments in this period.</p> : (
          <table class="stories">
            <thead><tr><th scope="col">Story</th><th scope="col">Comments</th><th scope="col">Held</th><th scope="col">Rejected</th><th scope="col"><span class="sr-only">Share</span></th></tr></thead>
            <tbody>
              {d.busiestStories.map((s) => {
                const bad = s.comments > 0 ? (s.held + s.rejected) / s.comments : 0;
                return (
                  <tr key={s.id} class={bad >= 0.3 ? 'turning' : ''}>
                    <th scope="row">{s.title}{bad >= 0.3 && <span class="badge warn"> turning: {percent(bad)} held or rejected</span>}</th>
                    <td>{s.comments}</td><td>{s.held}</td><td>{s.rejected}</td>
                    <td class="barcell" aria-hidden="true">
                      <svg viewBox="0 0 100 8" preserveAspectRatio="none" class="minibar">
                        <rect class="s-published" x={0} y={0} width={(s.comments / maxStory) * 100} height={8} />
                        <rect class="s-pending" x={0} y={0} width={(s.held / maxStory) * 100} height={8} />
                        <rect class="s-rejected" x={(s.held / maxStory) * 100} y={0} width={(s.rejected / maxStory) * 100} height={8} />
                      </svg>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
