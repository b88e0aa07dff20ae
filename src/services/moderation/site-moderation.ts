import { defaultModerationSettings, type ModerationSettings } from '../../core/moderation/index.ts';
import type { SiteModerationSettings } from '../../contract/moderation.ts';
import { loadSiteModeration, saveSiteModeration } from '../../store/repositories/moderation.ts';
import type { Deps } from '../deps.ts';

const DEFAULT_REPORT_THRESHOLD = 3;

/** The editable, flat view of a site's moderation settings, as the admin UI shows them. */
export function toFlat(s: ModerationSettings, reportThreshold: number): SiteModerationSettings {
  return {
    maxLength: s.body.maxLength, repeatWindowMinutes: s.repeatWindowMinutes, maxLinks: s.links.max, blockedDomains: [...s.links.blockedDomains],
    bannedWords: [...s.words.banned], suspectWords: [...s.words.suspect], holdThreshold: s.thresholds.hold, rejectThreshold: s.thresholds.reject,
    patterns: s.patterns.enabled, premodAll: s.premod.all, premodNewAuthorComments: s.premod.newAuthorComments, premodLinks: s.premod.links,
    trustApprovedComments: s.trust.approvedComments, reportThreshold,
  };
}

/**
 * Back to the pipeline's shape. The per-category thresholds keep their tuned defaults and are
 * shifted by how far the admin moved the global hold/reject thresholds, so one slider tunes all.
 */
export function fromFlat(f: SiteModerationSettings): ModerationSettings {
  const d = defaultModerationSettings;
  const holdShift = f.holdThreshold - d.thresholds.hold;
  const rejectShift = f.rejectThreshold - d.thresholds.reject;
  const categories = Object.fromEntries(Object.entries(d.thresholds.categories).map(([k, t]) => [k, {
    ...(t.hold !== undefined ? { hold: t.hold + holdShift } : {}),
    ...(t.reject !== undefined ? { reject: t.reject > 1 ? t.reject : t.reject + rejectShift } : {}),
  }]));
  return {
    body: { maxLength: f.maxLength }, repeatWindowMinutes: f.repeatWindowMinutes,
    links: { max: f.maxLinks, blockedDomains: f.blockedDomains.map((x) => x.trim().toLowerCase()).filter(Boolean) },
    words: { banned: f.bannedWords.map((w) => w.trim()).filter(Boolean), suspect: f.suspectWords.map((w) => w.trim()).filter(Boolean) },
    thresholds: { hold: f.holdThreshold, reject: f.rejectThreshold, categories },
    patterns: { enabled: f.patterns },
    premod: { all: f.premodAll, newAuthorComments: f.premodNewAuthorComments, links: f.premodLinks },
    trust: { approvedComments: f.trustApprovedComments },
  };
}

export interface SiteModeration {
  flat: SiteModerationSettings;
  pipeline: ModerationSettings;
}

// Settings are read on every write and change rarely: cached per store for a few seconds, and
// dropped at once when this instance saves them (other instances see a change within the TTL).
const CACHE_MS = 5000;
const cache = new WeakMap<object, Map<number, { at: number; value: SiteModeration }>>();

export async function siteModeration(deps: Pick<Deps, 'store'>, siteId: number): Promise<SiteModeration> {
  let perStore = cache.get(deps.store);
  if (!perStore) cache.set(deps.store, (perStore = new Map()));
  const hit = perStore.get(siteId);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
  const value = await readSiteModeration(deps, siteId);
  perStore.set(siteId, { at: Date.now(), value });
  return value;
}

async function readSiteModeration(deps: Pick<Deps, 'store'>, siteId: number): Promise<SiteModeration> {
  const stored = await loadSiteModeration(deps.store.db, siteId);
  const flat: SiteModerationSettings = { ...toFlat(defaultModerationSettings, DEFAULT_REPORT_THRESHOLD), ...(stored ? JSON.parse(stored) : {}) };
  return { flat, pipeline: stored ? fromFlat(flat) : defaultModerationSettings };
}

export async function storeSiteModeration(deps: Pick<Deps, 'store'>, siteId: number, flat: SiteModerationSettings): Promise<void> {
  await saveSiteModeration(deps.store.db, siteId, JSON.stringify(flat));
  cache.get(deps.store)?.delete(siteId);
}
