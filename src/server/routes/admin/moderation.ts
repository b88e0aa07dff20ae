import { Type } from '@sinclair/typebox';
import { AuditEntry, AuthorPanel, AuthorStatusBody, BulkBody, CommentContext, Dashboard, ModerateBody, QueueItem, QueuePage, QueueQuery, SiteModerationSettings } from '../../../contract/moderation.ts';
import { readAuditLog } from '../../../services/moderation/audit-log.ts';
import { authorPanel } from '../../../services/moderation/author-panel.ts';
import { commentContext } from '../../../services/moderation/comment-context.ts';
import { moderationDashboard } from '../../../services/moderation/dashboard.ts';
import { decideComment, decideComments } from '../../../services/moderation/decide-comment.ts';
import { listModerationQueue } from '../../../services/moderation/list-queue.ts';
import { setAuthorStanding } from '../../../services/moderation/set-author-status.ts';
import { getSiteSettings, putSiteSettings } from '../../../services/moderation/site-settings.ts';
import type { AppPlugin } from '../../app.ts';
import { actorOf } from '../../plugins/admin-auth.ts';
import { ErrorResponse } from '../../schemas.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const SiteParams = Type.Object({ site: Type.String({ minLength: 1, maxLength: 63 }) });
const security = [{ adminKey: [] }];

/** Queues, decisions, authors, settings, audit and dashboard: every handler authorizes through the site it touches. */
export const adminModerationRoutes: AppPlugin = async (app, { deps }) => {
  app.get('/queue', { schema: { tags: ['moderation'], summary: 'A moderation queue', security, querystring: QueueQuery, response: { 200: QueuePage, ...errors } } },
    async (req) => listModerationQueue(deps, actorOf(req), req.query));

  app.get('/comments/:id', { schema: { tags: ['moderation'], summary: 'A comment in its thread, with the pipeline trace', security, params: IdParams, response: { 200: CommentContext, ...errors } } },
    async (req) => commentContext(deps, actorOf(req), req.params.id));

  app.post('/comments/:id/approve', { schema: { tags: ['moderation'], summary: 'Approve a comment', security, params: IdParams, body: Type.Optional(ModerateBody), response: { 200: QueueItem, ...errors } } },
    async (req) => decideComment(deps, actorOf(req), req.params.id, { action: 'approve', reason: req.body?.reason }));

  app.post('/comments/:id/reject', { schema: { tags: ['moderation'], summary: 'Reject a comment, optionally banning its author', security, params: IdParams, body: Type.Optional(ModerateBody), response: { 200: QueueItem, ...errors } } },
    async (req) => decideComment(deps, actorOf(req), req.params.id, { action: 'reject', reason: req.body?.reason, ban: req.body?.ban }));

  app.post('/comments/bulk', { schema: { tags: ['moderation'], summary: 'Approve or reject many comments', security, body: BulkBody, response: { 200: Type.Object({ updated: Type.Integer() }), ...errors } } },
    async (req) => decideComments(deps, actorOf(req), req.body.ids, { action: req.body.action, reason: req.body.reason }));

  app.get('/authors/:id', { schema: { tags: ['moderation'], summary: 'An author\'s record', security, params: IdParams, response: { 200: AuthorPanel, ...errors } } },
    async (req) => authorPanel(deps, actorOf(req), req.params.id));

  app.post('/authors/:id/status', { schema: { tags: ['moderation'], summary: 'Ban, suspend, shadow-ban or reinstate an author', security, params: IdParams, body: AuthorStatusBody, response: { 200: AuthorPanel, ...errors } } },
    async (req) => setAuthorStanding(deps, actorOf(req), req.params.id, req.body));

  app.get('/sites/:site/moderation', { schema: { tags: ['moderation'], summary: 'A site\'s word lists and thresholds', security, params: SiteParams, response: { 200: SiteModerationSettings, ...errors } } },
    async (req) => getSiteSettings(deps, actorOf(req), req.params.site));

  app.put('/sites/:site/moderation', { schema: { tags: ['moderation'], summary: 'Change a site\'s word lists and thresholds', security, params: SiteParams, body: SiteModerationSettings, response: { 200: SiteModerationSettings, ...errors } } },
    async (req) => putSiteSettings(deps, actorOf(req), req.params.site, req.body));

  app.get('/audit', {
    schema: { tags: ['moderation'], summary: 'The audit log of a site', security, querystring: Type.Object({ site: Type.String({ maxLength: 63 }), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })), cursor: Type.Optional(Type.String({ maxLength: 40 })) }, { additionalProperties: false }), response: { 200: Type.Object({ entries: Type.Array(AuditEntry), nextCursor: Type.Union([Type.String(), Type.Null()]) }), ...errors } },
  }, async (req) => readAuditLog(deps, actorOf(req), req.query));

  app.get('/dashboard', {
    schema: { tags: ['moderation'], summary: 'Moderation dashboard figures', security, querystring: Type.Object({ site: Type.String({ maxLength: 63 }), days: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })) }, { additionalProperties: false }), response: { 200: Dashboard, ...errors } },
  }, async (req) => moderationDashboard(deps, actorOf(req), req.query));
};
