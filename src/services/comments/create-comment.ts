import { isShownToAll, placeReply } from '../../core/comment.ts';
import { DomainError } from '../../core/errors.ts';
import { renderMarkdown } from '../../core/markdown.ts';
import type { CreateCommentBody, CreateCommentResponse } from '../../contract/comments.ts';
import { updateAuthorProfile } from '../../store/repositories/authors.ts';
import { findCommentById, insertComment } from '../../store/repositories/comments.ts';
import { addApprovedCount, recordNameChange } from '../../store/repositories/moderation.ts';
import { addToCommentCount } from '../../store/repositories/stories.ts';
import type { Deps } from '../deps.ts';
import { moderateDraft } from '../moderation/moderate-draft.ts';
import { cleanGuestProfile } from '../readers/guest-profile.ts';
import { authorFor, createGuest, type Reader } from '../readers/identify-reader.ts';
import { hashIp } from '../secrets.ts';
import { resolveStory } from '../stories/resolve-story.ts';
import { checkBody } from './check-body.ts';
import { toCommentView } from './comment-view.ts';

export interface CreateCommentCommand {
  input: CreateCommentBody;
  reader: Reader | undefined;
  ip: string;
}

/**
 * The write path: validate → resolve story and author → place in the thread → moderation
 * pipeline → render once → one transaction for the row, counters, name history and the
 * pipeline's record → invalidate the story's cached pages. The author always learns the outcome.
 */
export async function createComment(deps: Deps, cmd: CreateCommentCommand): Promise<CreateCommentResponse> {
  const { input } = cmd;
  const body = checkBody(input.body, deps.config.maxBodyChars);
  const story = await resolveStory(deps, input.story);
  const known = cmd.reader ? await authorFor(deps, cmd.reader, story.siteId) : undefined;

  const profile = cleanGuestProfile(input.author);
  const name = profile.name ?? known?.name ?? null;
  if (name === null) throw new DomainError('AUTHOR_NAME_REQUIRED', 'Give a display name to comment as a guest.', { param: 'author.name' });

  let placement: { parentId: number | null; rootId: number | null; depth: number } = { parentId: null, rootId: null, depth: 0 };
  if (input.parentId != null) {
    const parent = await findCommentById(deps.store.db, input.parentId);
    if (!parent || parent.storyId !== story.id || (parent.status !== 'deleted' && !isShownToAll(parent))) {
      throw new DomainError('PARENT_NOT_FOUND', 'The comment you are replying to is not in this thread.', { param: 'parentId' });
    }
    if (parent.status === 'deleted') throw new DomainError('COMMENT_DELETED', 'The comment you are replying to was deleted.', { param: 'parentId' });
    placement = placeReply(parent, deps.config.maxDepth);
  }

  const outcome = await moderateDraft(deps, {
    action: 'create', body, siteId: story.siteId, authorId: known?.id ?? null,
    story,
  });
  const html = renderMarkdown(body);
  const now = deps.now();
  const isPublic = isShownToAll(outcome);

  const result = await deps.store.db.transaction().execute(async (trx) => {
    let author = known;
    let authorToken: string | undefined;
    if (!author) {
      const guest = await createGuest({ store: { ...deps.store, db: trx }, now: deps.now }, story.siteId, { name, email: profile.email }, outcome.status === 'published' ? 1 : 0);
      author = guest.author;
      authorToken = guest.token;
    } else if (profile.name !== null && (profile.name !== author.name || (profile.email !== null && profile.email !== author.email))) {
      await updateAuthorProfile(trx, author.id, { name: profile.name, email: profile.email ?? author.email });
    }
    if (known) await recordNameChange(trx, known.id, known.name, name, now);
    const comment = await insertComment(trx, {
      siteId: story.siteId, storyId: story.id, parentId: placement.parentId, replyToId: input.parentId ?? null,
      rootId: placement.rootId, depth: placement.depth, authorId: author.id, authorName: name, body, html, status: outcome.status,
      createdAt: now, ipHash: hashIp(cmd.ip, deps.ipSalt),
      moderation: { shadow: outcome.shadow, reason: outcome.reason, code: outcome.code, phase: outcome.phase, scores: outcome.scores, trace: outcome.trace },
    });
    if (isPublic) await addToCommentCount(trx, story.id, 1);
    if (outcome.status === 'published' && known) await addApprovedCount(trx, author.id, 1);
    return { comment, authorToken };
  });
  if (isPublic) deps.threadCache.invalidate(story.id);
  const view = toCommentView(result.comment, deps.config.editWindowSeconds * 1000, outcome.reason);
  return result.authorToken ? { comment: view, authorToken: result.authorToken } : { comment: view };
}
