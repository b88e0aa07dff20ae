import type { Kysely } from 'kysely';
import type { Tables } from '../database.ts';

type Db = Kysely<Tables>;

export async function insertAdminWithKey(db: Db, a: { email: string; keyHash: string; createdAt: number }): Promise<{ id: number }> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('admins').select('id').where('email', '=', a.email).executeTakeFirst();
    const admin = existing ?? await trx.insertInto('admins').values({ email: a.email, created_at: a.createdAt }).returning('id').executeTakeFirstOrThrow();
    await trx.insertInto('api_keys').values({ admin_id: admin.id, key_hash: a.keyHash, created_at: a.createdAt }).execute();
    return { id: admin.id };
  });
}

export async function findAdminByKeyHash(db: Db, keyHash: string): Promise<{ id: number; email: string } | undefined> {
  return db.selectFrom('api_keys').innerJoin('admins', 'admins.id', 'api_keys.admin_id')
    .select(['admins.id', 'admins.email']).where('api_keys.key_hash', '=', keyHash).executeTakeFirst();
}
