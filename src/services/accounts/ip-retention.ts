import { dropOldIpHashes } from '../../store/repositories/privacy.ts';
import type { Deps } from '../deps.ts';

/** IP hashes serve sock-puppet checks on recent activity only; past the retention period they are dropped. */
export async function dropExpiredIpHashes(deps: Pick<Deps, 'store' | 'now' | 'config'>): Promise<number> {
  return dropOldIpHashes(deps.store.db, deps.now() - deps.config.ipRetentionDays * 86_400_000);
}
