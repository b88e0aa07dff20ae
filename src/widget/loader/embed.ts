/**
 * embed.js: the only Parley code that runs on the publisher's page. It stays dependency-free and
 * under 2 KB gzipped (the build fails above that), reads its options from data-* attributes,
 * finds or registers the story, and opens the widget in an iframe on Parley's own origin so that
 * the page's other scripts can neither read a reader's token nor restyle the thread.
 */
import { DEEP_LINK, type FrameMessage, type HostMessage } from '../messages.ts';

((): void => {
  const script = (document.currentScript ?? document.querySelector('script[src*="/embed.js"]')) as HTMLScriptElement | null;
  if (!script) return;
  const d = script.dataset;
  const base = new URL(script.src).origin;
  const mount = document.getElementById(d.mount ?? 'parley') ?? script.parentNode!.insertBefore(document.createElement('div'), script);
  const meta = (p: string) => document.querySelector<HTMLMetaElement>(`meta[property="${p}"],meta[name="${p}"]`)?.content;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href;

  // "auto" follows the host page: a dark page background gets the dark theme.
  let theme = d.theme ?? 'auto';
  if (theme === 'auto') {
    const m = getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g);
    if (m && m.length >= 3 && (m[3] === undefined || +m[3] > 0)) theme = 0.299 * +m[0]! + 0.587 * +m[1]! + 0.114 * +m[2]! < 128 ? 'dark' : 'light';
  }

  const kept = `parley:${base}`;
  const open = (story: string) => {
    const q = new URLSearchParams({
      story,
      origin: location.origin,
      theme,
      lang: d.lang ?? (document.documentElement.lang || navigator.language),
      font: d.font ?? getComputedStyle(document.body).fontFamily,
    });
    if (d.accent) q.set('accent', d.accent);
    const link = DEEP_LINK.exec(location.hash);
    if (link) q.set('comment', link[1]!);
    const frame = document.createElement('iframe');
    frame.src = `${base}/embed/frame?${q}`;
    frame.title = d.title ?? 'Comments';
    frame.setAttribute('scrolling', 'no');
    frame.style.cssText = 'width:100%;min-width:100%;border:0;height:320px;overflow:hidden;color-scheme:normal';
    mount.replaceChildren(frame);
    const sso = d.ssoToken;
    // The frame's script listens before its load event fires, so one message after load is enough.
    if (sso) frame.addEventListener('load', () => frame.contentWindow!.postMessage({ parley: 'sso', token: sso } satisfies HostMessage, base));

    addEventListener('message', (e: MessageEvent<FrameMessage>) => {
      // Any frame on the page may post to us; only our own iframe, served from Parley, is obeyed.
      if (e.source !== frame.contentWindow || e.origin !== base || !e.data) return;
      const m = e.data;
      if (m.parley === 'height') frame.style.height = `${Math.ceil(m.height)}px`;
      else if (m.parley === 'scroll') scrollTo({ top: frame.getBoundingClientRect().top + scrollY + m.top - 16 });
      else if (m.parley === 'link') history.replaceState(history.state, '', `#parley-${m.id}`);
      // Browsers that block storage in third-party frames (incognito, strict privacy settings) would lose a
      // reader's draft on reload; the frame keeps drafts and guest name here instead, never its token.
      else if (m.parley === 'keep') localStorage.setItem(kept, JSON.stringify(m.data));
      else if (m.parley === 'ask') frame.contentWindow!.postMessage({ parley: 'kept', data: JSON.parse(localStorage.getItem(kept) ?? '{}') } satisfies HostMessage, base);
    });
  };

  if (d.storyId) open(d.storyId);
  else {
    // text/plain keeps this a "simple" CORS request (no preflight); the browser still sends Origin.
    fetch(`${base}/embed/stories`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ url: d.storyUrl ?? canonical ?? location.href.split('#')[0], site: d.site, title: d.storyTitle ?? meta('og:title') ?? document.title, image: meta('og:image') }),
    })
      .then((r) => r.json())
      .then((r: { id?: number; error?: { message: string } }) => {
        if (!r.id) throw new Error(r.error?.message);
        open(String(r.id));
      })
      .catch((err: Error) => {
        mount.textContent = `Comments could not be loaded. ${err.message}`;
      });
  }
})();
