import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';
import { columnTypes } from './column-types.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const { id, big, pk } = columnTypes(dialect);

  await db.schema.createTable('sites')
    .addColumn('id', id, pk)
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('origins', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();

  await db.schema.createTable('stories')
    .addColumn('id', id, pk)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('url_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('image', 'text')
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('closed_at', big)
    .addColumn('comment_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', big, (c) => c.notNull())
    .addUniqueConstraint('stories_site_url_key', ['site_id', 'url_key'])
    .execute();
  await db.schema.createIndex('stories_url_key').on('stories').column('url_key').execute();

  await db.schema.createTable('authors')
    .addColumn('id', id, pk)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('email', 'text')
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer')
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();

  await db.schema.createTable('comments')
    .addColumn('id', id, pk)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id'))
    .addColumn('parent_id', 'integer', (c) => c.references('comments.id'))
    .addColumn('reply_to_id', 'integer', (c) => c.references('comments.id'))
    .addColumn('root_id', 'integer', (c) => c.references('comments.id'))
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.notNull().references('authors.id'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('edited_at', big)
    .addColumn('deleted_at', big)
    .addColumn('up', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('down', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('score', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ip_hash', 'text')
    .execute();
  // One index per top-level page order; replies are fetched by root.
  await db.schema.createIndex('comments_top_time').on('comments').columns(['story_id', 'parent_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('comments_top_score').on('comments').columns(['story_id', 'parent_id', 'score', 'created_at', 'id']).execute();
  await db.schema.createIndex('comments_root').on('comments').columns(['root_id', 'created_at']).execute();
  await db.schema.createIndex('comments_author').on('comments').columns(['author_id', 'created_at']).execute();

  await db.schema.createTable('comment_revisions')
    .addColumn('id', id, pk)
    .addColumn('comment_id', 'integer', (c) => c.notNull().references('comments.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();

  await db.schema.createTable('votes')
    .addColumn('comment_id', 'integer', (c) => c.notNull().references('comments.id'))
    .addColumn('voter_id', 'integer', (c) => c.notNull().references('authors.id'))
    .addColumn('value', 'integer', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addPrimaryKeyConstraint('votes_pk', ['comment_id', 'voter_id'])
    .execute();

  // Accounts: staff (admin, moderator) and readers who sign up; guests live only in `authors`.
  await db.schema.createTable('users')
    .addColumn('id', id, pk)
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('email_verified_at', big)
    .addColumn('password_hash', 'text')
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('sessions_valid_after', big, (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema.createTable('site_moderators')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', big, (c) => c.notNull())
    .addPrimaryKeyConstraint('site_moderators_pk', ['site_id', 'user_id'])
    .execute();

  await db.schema.createTable('sessions')
    .addColumn('id', id, pk)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('expires_at', big, (c) => c.notNull())
    .execute();

  // Single-use, expiring secrets sent by email or handed over: invites, verification, sign-in links, resets.
  await db.schema.createTable('one_time_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('expires_at', big, (c) => c.notNull())
    .addColumn('used_at', big)
    .execute();

  await db.schema.createTable('api_keys')
    .addColumn('id', id, pk)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();

  // Instance-wide secrets generated on first start (the IP-hash salt), so they never sit in config files.
  await db.schema.createTable('instance_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
