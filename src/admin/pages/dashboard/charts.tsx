/**
 * Inline-SVG charts, drawn by hand: a chart library would outweigh the rest of the admin bundle.
 * Colours come from classes in admin.css (the page's CSP allows no inline styles), and each chart
 * carries a text title and a data table so it reads without sight.
 */
import type { ComponentChildren } from 'preact';
import { label } from '../../ui/format.ts';

const W = 640;
const H = 200;
const PAD = { l: 36, r: 8, t: 10, b: 24 };

/** A "nice" axis maximum (1, 2, 5 × 10ⁿ) so gridlines land on round numbers. */
export function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  const m = v / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

const shortDay = (day: string) => day.slice(5); // YYYY-MM-DD → MM-DD

function Frame({ id, title, children, max, n, xLabels }: { id: string; title: string; children: ComponentChildren; max: number; n: number; xLabels: string[] }) {
  const innerH = H - PAD.t - PAD.b;
  const ticks = [0, max / 2, max];
  const step = (W - PAD.l - PAD.r) / Math.max(1, n);
  const every = Math.max(1, Math.ceil(n / 7));
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t`} preserveAspectRatio="xMidYMid meet">
      <title id={`${id}-t`}>{title}</title>
      {ticks.map((t) => {
        const y = PAD.t + innerH - (t / max) * innerH;
        return (
          <g key={t} class="grid">
            <line x1={PAD.l} x2={W - PAD.r} y1={y} y2={y} />
            <text x={PAD.l - 4} y={y + 4} text-anchor="end">{Number.isInteger(t) ? t : t.toFixed(1)}</text>
          </g>
        );
      })}
      {xLabels.map((l, i) => (i % every === 0 || i === n - 1) && (
        <text key={i} class="xlabel" x={PAD.l + step * i + step / 2} y={H - 6} text-anchor="middle">{shortDay(l)}</text>
      ))}
      {children}
    </svg>
  );
}

export function Legend({ keys, prefix }: { keys: string[]; prefix: string }) {
  return (
    <ul class="legend" aria-hidden="true">
      {keys.map((k, i) => <li key={k}><span class={`swatch ${prefix}${prefix === 'c' ? i % 8 : k}`} />{label(k)}</li>)}
    </ul>
  );
}

export function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: Array<Array<string | number>> }) {
  return (
    <details class="data">
      <summary>Show the numbers</summary>
      <table>
        <caption class="sr-only">{caption}</caption>
        <thead><tr>{head.map((h) => <th scope="col" key={h}>{h}</th>)}</tr></thead>
        <tbody>{rows.map((r, i) => <tr key={i}>{r.map((c, j) => (j === 0 ? <th scope="row" key={j}>{c}</th> : <td key={j}>{c}</td>))}</tr>)}</tbody>
      </table>
    </details>
  );
}

/** Stacked columns, one per day, one segment per series. */
export function StackedBars({ id, title, days, series }: { id: string; title: string; days: Array<{ day: string } & Record<string, number | string>>; series: string[] }) {
  const totals = days.map((d) => series.reduce((s, k) => s + Number(d[k] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const innerH = H - PAD.t - PAD.b;
  const step = (W - PAD.l - PAD.r) / Math.max(1, days.length);
  const bw = Math.max(2, step * 0.7);
  return (
    <Frame id={id} title={title} max={max} n={days.length} xLabels={days.map((d) => d.day)}>
      {days.map((d, i) => {
        let y = PAD.t + innerH;
        return (
          <g key={d.day}>
            {series.map((k) => {
              const v = Number(d[k] ?? 0);
              const h = (v / max) * innerH;
              y -= h;
              return v > 0 ? <rect key={k} class={`s-${k}`} x={PAD.l + step * i + (step - bw) / 2} y={y} width={bw} height={h}><title>{`${d.day}: ${v} ${k}`}</title></rect> : null;
            })}
          </g>
        );
      })}
    </Frame>
  );
}

/** One line per key over days. */
export function Lines({ id, title, days, keys, values }: { id: string; title: string; days: string[]; keys: string[]; values: (day: number, key: string) => number }) {
  const max = niceMax(Math.max(0, ...days.flatMap((_, i) => keys.map((k) => values(i, k)))));
  const innerH = H - PAD.t - PAD.b;
  const step = (W - PAD.l - PAD.r) / Math.max(1, days.length);
  const x = (i: number) => PAD.l + step * i + step / 2;
  const y = (v: number) => PAD.t + innerH - (v / max) * innerH;
  return (
    <Frame id={id} title={title} max={max} n={days.length} xLabels={days}>
      {keys.map((k, ki) => (
        <g key={k} class={`line c${ki % 8}`}>
          <polyline fill="none" points={days.map((_, i) => `${x(i).toFixed(1)},${y(values(i, k)).toFixed(1)}`).join(' ')} />
          {days.map((d, i) => <circle key={d} cx={x(i)} cy={y(values(i, k))} r={2.5}><title>{`${d}: ${values(i, k)} ${label(k)}`}</title></circle>)}
        </g>
      ))}
    </Frame>
  );
}

/** A single 100 % bar split into shares. */
export function ShareBar({ parts }: { parts: Array<{ key: string; share: number; label: string }> }) {
  let x = 0;
  return (
    <svg class="sharebar" viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label={parts.map((p) => `${p.label} ${Math.round(p.share * 100)}%`).join(', ')}>
      <rect class="s-rest" x={0} y={0} width={100} height={6} />
      {parts.map((p) => {
        const w = Math.max(0, Math.min(100 - x, p.share * 100));
        const r = <rect key={p.key} class={`s-${p.key}`} x={x} y={0} width={w} height={6} />;
        x += w;
        return r;
      })}
    </svg>
  );
}
