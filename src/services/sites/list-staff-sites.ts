import { canModerate, type Actor } from '../../core/actor.ts';
import type { Site } from '../../core/story.ts';
import { listSites } from '../../store/repositories/sites.ts';
import type { Deps } from '../deps.ts';

export async function listStaffSites(deps: Pick<Deps, 'store'>, actor: Actor): Promise<Site[]> {
  return (await listSites(deps.store.db)).filter((s) => canModerate(actor, s.id));
}
