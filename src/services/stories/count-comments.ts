import { storyUrlKey } from '../../core/story-url.ts';
import { findStoriesByIds, findStoriesByUrlKeys } from '../../store/repositories/stories.ts';
import type { Deps } from '../deps.ts';

export interface StoryCount {
  story: string;
  id: number | null;
  count: number;
}

/** Counts for many stories in two queries at most; unknown stories count 0 so list pages never break. */
export async function countComments(deps: Pick<Deps, 'store'>, refs: string[]): Promise<StoryCount[]> {
  const ids = refs.filter((r) => /^\d+$/.test(r)).map(Number);
  const keys = refs.filter((r) => !/^\d+$/.test(r)).map((r) => storyUrlKey(r)).filter((k): k is string => k !== null);
  const [byId, byKey] = await Promise.all([findStoriesByIds(deps.store.db, ids), findStoriesByUrlKeys(deps.store.db, keys)]);
  const idMap = new Map(byId.map((s) => [String(s.id), s]));
  const keyMap = new Map<string, (typeof byKey)[number]>();
  for (const s of byKey) if (!keyMap.has(s.urlKey)) keyMap.set(s.urlKey, s);
  return refs.map((ref) => {
    const s = /^\d+$/.test(ref) ? idMap.get(ref) : keyMap.get(storyUrlKey(ref) ?? '');
    return { story: ref, id: s?.id ?? null, count: s?.commentCount ?? 0 };
  });
}
