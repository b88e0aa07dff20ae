import { loadConfig } from '../config/load.ts';
import type { Deps } from '../services/deps.ts';
import { openDeps } from '../services/open-deps.ts';
import type { Io } from './command.ts';

/** Opens the configured store (migrating it), runs `fn`, and always closes the store. */
export async function withDeps<T>(io: Io, fn: (deps: Deps) => Promise<T>): Promise<T> {
  const deps = await openDeps(loadConfig(io.env));
  try {
    return await fn(deps);
  } finally {
    await deps.store.close();
  }
}
