/**
 * Serialized thread pages, kept per story and invalidated by this instance's writes to that story.
 * Entries also expire after a short TTL so writes made by other instances (PostgreSQL
 * deployments) or by the CLI become visible within `ttlMs`.
 */
export interface CachedPage {
  json: string;
  etag: string;
  storedAt: number;
  version: number;
  storyId: number;
}

export class ThreadCache {
  private readonly pages = new Map<string, CachedPage>();
  private readonly versions = new Map<number, number>();

  constructor(private readonly ttlMs: number, private readonly maxEntries: number) {}

  version(storyId: number): number {
    return this.versions.get(storyId) ?? 0;
  }

  get(key: string, now: number): CachedPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    if (page.version !== this.version(page.storyId) || now - page.storedAt > this.ttlMs) {
      this.pages.delete(key);
      return undefined;
    }
    return page;
  }

  set(key: string, page: CachedPage): void {
    if (this.pages.size >= this.maxEntries) {
      // Map iteration order is insertion order: drop the oldest entry.
      const oldest = this.pages.keys().next().value;
      if (oldest !== undefined) this.pages.delete(oldest);
    }
    this.pages.set(key, page);
  }

  invalidate(storyId: number): void {
    this.versions.set(storyId, this.version(storyId) + 1);
  }
}
