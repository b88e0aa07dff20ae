import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.ts';

/** Reader accounts: publisher single sign-on identities, profile and notification preferences. */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('users').addColumn('sso_site_id', 'integer').execute();
  await db.schema.alterTable('users').addColumn('sso_subject', 'text').execute();
  await db.schema.alterTable('users').addColumn('avatar_url', 'text').execute();
  await db.schema.alterTable('users').addColumn('notify_replies', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('users_sso').on('users').columns(['sso_site_id', 'sso_subject']).unique().execute();
  await db.schema.alterTable('sites').addColumn('sso_secret', 'text').execute();
  await db.schema.createIndex('authors_user').on('authors').columns(['site_id', 'user_id']).execute();
  // One account identity per site, even when two first comments race.
  await db.schema.createIndex('authors_account_once').on('authors').columns(['site_id', 'user_id']).unique().where(sql.ref('kind'), '=', 'account').execute();
  await db.schema.createIndex('authors_email').on('authors').column('email').execute();
}
