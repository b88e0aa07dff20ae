import { sql, type Kysely } from 'kysely';
import type { Database, Dialect } from './database.ts';
import * as m0001 from './migrations/0001_core.ts';
import * as m0002 from './migrations/0002_moderation.ts';
import * as m0003 from './migrations/0003_accounts.ts';

/**
 * Numbered migrations, applied in order inside one transaction each and recorded in
 * parley_migrations, so running `parley migrate` (or starting the server) twice is harmless.
 */
const MIGRATIONS: ReadonlyArray<{ name: string; up: (db: Kysely<any>, dialect: Dialect) => Promise<void> }> = [
  { name: '0001_core', up: m0001.up },
  { name: '0002_moderation', up: m0002.up },
  { name: '0003_accounts', up: m0003.up },
];

export async function migrate(store: Database): Promise<string[]> {
  const db = store.db as unknown as Kysely<any>;
  await db.schema.createTable('parley_migrations').ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const applied = new Set((await db.selectFrom('parley_migrations').select('name').execute()).map((r: { name: string }) => r.name));
  const ran: string[] = [];
  for (const m of MIGRATIONS) {
    if (applied.has(m.name)) continue;
    await db.transaction().execute(async (trx) => {
      if (store.dialect === 'postgres') await sql`select pg_advisory_xact_lock(7243911)`.execute(trx);
      const again = await trx.selectFrom('parley_migrations').select('name').where('name', '=', m.name).executeTakeFirst();
      if (again) return;
      await m.up(trx, store.dialect);
      await trx.insertInto('parley_migrations').values({ name: m.name, applied_at: new Date().toISOString() }).execute();
      ran.push(m.name);
    });
  }
  return ran;
}
