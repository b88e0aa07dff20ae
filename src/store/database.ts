import type { Generated, Kysely } from 'kysely';

/**
 * Table shapes as stored. Times are epoch milliseconds in both dialects (INTEGER / BIGINT), so
 * ordering and cursors behave the same on SQLite and PostgreSQL. snake_case never leaves src/store.
 */
export interface SitesTable {
  id: Generated<number>;
  name: string;
  title: string;
  origins: string; // JSON array of allowed origins
  created_at: number;
  /** HS256 secret for publisher single sign-on; null when SSO is off. */
  sso_secret: string | null;
}

export interface StoriesTable {
  id: Generated<number>;
  site_id: number;
  url: string;
  url_key: string;
  title: string;
  image: string | null;
  tags: string; // JSON array
  closed_at: number | null;
  comment_count: Generated<number>;
  created_at: number;
  premod: Generated<number>;
}

export interface AuthorsTable {
  id: Generated<number>;
  site_id: number;
  /** 'account': the identity an account uses on a site; 'guest': a token-holding guest (possibly claimed by an account). */
  kind: 'guest' | 'account';
  name: string | null;
  email: string | null;
  token_hash: string;
  user_id: number | null;
  created_at: number;
  status: Generated<AuthorStatus>;
  suspended_until: number | null;
  status_reason: string | null;
  approved_count: Generated<number>;
}

export type AuthorStatus = 'active' | 'suspended' | 'banned' | 'shadow_banned';

export interface CommentsTable {
  id: Generated<number>;
  site_id: number;
  story_id: number;
  parent_id: number | null;
  reply_to_id: number | null;
  root_id: number | null;
  depth: number;
  author_id: number;
  author_name: string;
  body: string;
  html: string;
  status: 'published' | 'pending' | 'rejected' | 'deleted';
  created_at: number;
  edited_at: number | null;
  deleted_at: number | null;
  up: Generated<number>;
  down: Generated<number>;
  score: Generated<number>;
  ip_hash: string | null;
  shadow: Generated<number>;
  moderation_reason: string | null;
  moderation_code: string | null;
  moderation_phase: string | null;
  scores: string | null;
  report_count: Generated<number>;
  reviewed_at: number | null;
  moderation_trace: string | null; // JSON
}

export interface CommentRevisionsTable {
  id: Generated<number>;
  comment_id: number;
  body: string;
  html: string;
  created_at: number;
}

export interface VotesTable {
  comment_id: number;
  voter_id: number;
  value: number;
  created_at: number;
}

export type UserRole = 'admin' | 'moderator' | 'commenter';

export interface UsersTable {
  id: Generated<number>;
  email: string | null;
  email_verified_at: number | null;
  password_hash: string | null;
  display_name: string;
  role: UserRole;
  created_at: number;
  sessions_valid_after: Generated<number>;
  sso_site_id: number | null;
  sso_subject: string | null;
  avatar_url: string | null;
  notify_replies: Generated<number>;
}

export interface SiteModeratorsTable {
  site_id: number;
  user_id: number;
  created_at: number;
}

export interface SessionsTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  created_at: number;
  expires_at: number;
}

export type OneTimePurpose = 'invite' | 'verify' | 'magic' | 'reset';
export interface OneTimeTokensTable {
  token_hash: string;
  purpose: OneTimePurpose;
  user_id: number;
  expires_at: number;
  used_at: number | null;
}

export interface ApiKeysTable {
  id: Generated<number>;
  user_id: number;
  key_hash: string;
  created_at: number;
}

export interface AuthorNamesTable {
  id: Generated<number>;
  author_id: number;
  name: string;
  created_at: number;
}

export interface SiteSettingsTable {
  site_id: number;
  moderation: string; // JSON SiteModerationSettings
}

export interface ReportsTable {
  id: Generated<number>;
  comment_id: number;
  reporter_id: number;
  reason: string;
  note: string | null;
  created_at: number;
}

export interface AuditLogTable {
  id: Generated<number>;
  site_id: number;
  actor_user_id: number | null;
  action: string;
  target_type: string;
  target_id: number;
  detail: string; // JSON
  created_at: number;
}

export interface InstanceSecretsTable {
  name: string;
  value: string;
}

export interface Tables {
  instance_secrets: InstanceSecretsTable;
  author_names: AuthorNamesTable;
  site_settings: SiteSettingsTable;
  reports: ReportsTable;
  audit_log: AuditLogTable;
  sites: SitesTable;
  stories: StoriesTable;
  authors: AuthorsTable;
  comments: CommentsTable;
  comment_revisions: CommentRevisionsTable;
  votes: VotesTable;
  users: UsersTable;
  site_moderators: SiteModeratorsTable;
  sessions: SessionsTable;
  one_time_tokens: OneTimeTokensTable;
  api_keys: ApiKeysTable;
}

export type Dialect = 'sqlite' | 'postgres';
export interface Database {
  db: Kysely<Tables>;
  dialect: Dialect;
  close(): Promise<void>;
}
