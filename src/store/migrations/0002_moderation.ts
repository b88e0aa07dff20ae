import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';
import { columnTypes } from './column-types.ts';

/** Moderation: author standing, name history, per-site settings, pipeline records, reports, audit log. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const { id, big, pk } = columnTypes(dialect);

  await db.schema.alterTable('authors').addColumn('status', 'text', (c) => c.notNull().defaultTo('active')).execute();
  await db.schema.alterTable('authors').addColumn('suspended_until', big).execute();
  await db.schema.alterTable('authors').addColumn('status_reason', 'text').execute();
  await db.schema.alterTable('authors').addColumn('approved_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  await db.schema.alterTable('stories').addColumn('premod', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  // Shadow comments are stored published but shown only to their author.
  await db.schema.alterTable('comments').addColumn('shadow', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('comments').addColumn('moderation_reason', 'text').execute();
  await db.schema.alterTable('comments').addColumn('moderation_code', 'text').execute();
  await db.schema.alterTable('comments').addColumn('moderation_phase', 'text').execute();
  await db.schema.alterTable('comments').addColumn('scores', 'text').execute();
  await db.schema.alterTable('comments').addColumn('report_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('comments').addColumn('reviewed_at', big).execute();
  // What each pipeline phase said on the latest run (create or edit), for the moderator's view.
  await db.schema.alterTable('comments').addColumn('moderation_trace', 'text').execute();
  await db.schema.createIndex('comments_site_status').on('comments').columns(['site_id', 'status', 'created_at']).execute();
  await db.schema.createIndex('comments_ip_hash').on('comments').columns(['ip_hash']).execute();

  await db.schema.createTable('author_names')
    .addColumn('id', id, pk)
    .addColumn('author_id', 'integer', (c) => c.notNull().references('authors.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('author_names_author').on('author_names').column('author_id').execute();

  await db.schema.createTable('site_settings')
    .addColumn('site_id', 'integer', (c) => c.primaryKey().references('sites.id'))
    .addColumn('moderation', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('reports')
    .addColumn('id', id, pk)
    .addColumn('comment_id', 'integer', (c) => c.notNull().references('comments.id'))
    .addColumn('reporter_id', 'integer', (c) => c.notNull().references('authors.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', big, (c) => c.notNull())
    .addUniqueConstraint('reports_once', ['comment_id', 'reporter_id'])
    .execute();

  await db.schema.createTable('audit_log')
    .addColumn('id', id, pk)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('actor_user_id', 'integer')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'integer', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_site').on('audit_log').columns(['site_id', 'id']).execute();
}
