/**
 * count.js: fills every `[data-parley-count]` element (value: story id or article URL) with
 * "N comments" using one request for the whole page. Kept under 1 KB gzipped; no framework.
 */
((): void => {
  const script = (document.currentScript ?? document.querySelector('script[src*="/count.js"]')) as HTMLScriptElement | null;
  const els = [...document.querySelectorAll<HTMLElement>('[data-parley-count]')];
  if (!script || els.length === 0) return;
  const fr = (document.documentElement.lang || '').startsWith('fr');
  const label = (n: number) => (fr ? `${n} commentaire${n > 1 ? 's' : ''}` : `${n} comment${n === 1 ? '' : 's'}`);
  const refs = [...new Set(els.map((e) => e.dataset.parleyCount!))].slice(0, 100);
  const q = refs.map((r) => `story=${encodeURIComponent(r)}`).join('&');
  fetch(`${new URL(script.src).origin}/embed/counts?${q}`)
    .then((r) => r.json())
    .then((r: { counts: Array<{ story: string; count: number }> }) => {
      const by = new Map(r.counts.map((c) => [c.story, c.count]));
      for (const e of els) {
        const n = by.get(e.dataset.parleyCount!);
        if (n !== undefined) e.textContent = label(n);
      }
    })
    // Counts are decoration: on failure the links keep the text the page rendered.
    .catch(() => {});
})();
