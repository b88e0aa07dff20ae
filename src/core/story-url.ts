/**
 * The key a story is found by: the article URL without fragment, tracking parameters or a
 * trailing slash, so "…/war?utm_source=x#comments" and "…/war/" reach the same thread.
 */
const TRACKING = /^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$)/;

export function storyUrlKey(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  return `${url.host.toLowerCase()}${path}${url.search}`;
}
