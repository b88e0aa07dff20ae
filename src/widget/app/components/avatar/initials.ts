/** Up to two initials from a display name ("Dave from Leeds" → "DF", "Анна" → "А"). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w));
  return words.slice(0, 2).map((w) => [...w.replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? '').join('').toUpperCase() || '?';
}

/** A stable hue per name, so a commenter keeps one colour across the thread without any stored picture. */
export function hueOf(name: string): number {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) % 360;
  return h;
}
