/** Link detection on the raw body: bare URLs, www. hosts and markdown links all count once. */
const LINK_RE = /\bhttps?:\/\/[^\s<>()"'\]]+|\bwww\.[^\s<>()"'\]]+/gi;

export function findLinks(text: string): string[] {
  return [...text.matchAll(LINK_RE)].map((m) => m[0]);
}

export function linkHost(link: string): string | null {
  try {
    return new URL(/^https?:\/\//i.test(link) ? link : `http://${link}`).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
}

/** A blocked "example.com" also blocks every subdomain of it, but not "notexample.com". */
export function isBlockedHost(host: string, blocked: readonly string[]): string | null {
  for (const raw of blocked) {
    const domain = raw.trim().toLowerCase().replace(/^\*?\./, '');
    if (domain && (host === domain || host.endsWith(`.${domain}`))) return domain;
  }
  return null;
}
