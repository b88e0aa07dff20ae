import type { ThreadComment, ThreadPage } from '../../contract/threads.ts';
import { html, trusted, type SafeHtml } from './html.ts';

/**
 * The thread as plain HTML for crawlers and readers without JavaScript: the same stored,
 * sanitized comment HTML the widget shows, with author names and dates escaped.
 */
export function renderThreadHtml(page: ThreadPage, opts: { nextHref?: string | null } = {}): SafeHtml {
  const count = page.story.commentCount;
  return html`<section class="parley-ssr" aria-label="Comments">
<h2>${count === 1 ? '1 Comment' : `${count} Comments`}</h2>
${page.comments.length === 0 ? html`<p>No comments yet.</p>` : html`<ol class="parley-ssr-list">${page.comments.map(renderComment)}</ol>`}
${opts.nextHref ? html`<p><a href="${opts.nextHref}" rel="next">Older comments</a></p>` : ''}
</section>`;
}

function renderComment(c: ThreadComment): SafeHtml {
  const date = new Date(c.createdAt);
  const when = date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const body = c.status === 'deleted' ? html`<p><em>This comment was deleted.</em></p>` : trusted(c.html);
  return html`<li id="comment-${c.id}"><article>
<header><strong>${c.author?.name ?? 'Deleted'}</strong> · <time datetime="${c.createdAt}">${when}</time>${c.editedAt ? ' · edited' : ''} · <span>▲ ${c.up} ▼ ${c.down}</span></header>
<div class="parley-ssr-body">${body}</div>
</article>${c.replies.length > 0 ? html`<ol>${c.replies.map(renderComment)}</ol>` : ''}</li>`;
}
