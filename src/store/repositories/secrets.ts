import type { Kysely } from 'kysely';
import type { Tables } from '../database.ts';

/** Returns the stored secret, or stores `candidate` first; concurrent first starts agree on one value. */
export async function getOrCreateSecret(db: Kysely<Tables>, name: string, candidate: string): Promise<string> {
  await db.insertInto('instance_secrets').values({ name, value: candidate }).onConflict((oc) => oc.column('name').doNothing()).execute();
  const row = await db.selectFrom('instance_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}
