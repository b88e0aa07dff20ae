import { html, trusted, type SafeHtml } from './html.ts';

/** One article of the demo news site, joined from its sample text and its registered story. */
export interface NewsArticle {
  slug: string;
  title: string;
  tags: string[];
  published: string;
  paragraphs: string[];
  storyId: number;
  commentCount: number;
  image: string;
}

const STYLE = `
:root{--ink:#1b1b1b;--muted:#595959;--rule:#d9d4cc;--paper:#fbfaf7;--accent:#a3201d}
*{box-sizing:border-box}body{margin:0;background:var(--paper);color:var(--ink);font:17px/1.6 Georgia,'Times New Roman',serif}
a{color:var(--accent)}header.mast{border-bottom:3px double var(--rule);text-align:center;padding:1rem}
header.mast a{color:var(--ink);text-decoration:none;font-size:2rem;font-weight:700;letter-spacing:.02em}
main{max-width:760px;margin:0 auto;padding:1rem}
.cards{list-style:none;padding:0;display:grid;gap:1.5rem}.cards li{display:grid;grid-template-columns:160px 1fr;gap:1rem;border-bottom:1px solid var(--rule);padding-bottom:1rem}
.cards img{width:160px;height:100px;object-fit:cover;border-radius:3px}.cards h2{margin:0;font-size:1.3rem;line-height:1.25}
.meta{color:var(--muted);font:14px/1.4 system-ui,sans-serif}.tag{display:inline-block;margin-right:.4rem;text-transform:uppercase;letter-spacing:.05em;font-size:12px}
h1{font-size:2.2rem;line-height:1.15;margin:.5rem 0}figure{margin:1rem 0}figure img{width:100%;height:auto;border-radius:3px}
figcaption{color:var(--muted);font:13px system-ui,sans-serif}aside{border-top:1px solid var(--rule);margin-top:2rem}
aside ul{padding-left:1.2rem}#comments{margin-top:2rem;border-top:3px double var(--rule);padding-top:1rem}
h1.section-title{font:600 14px system-ui,sans-serif;text-transform:uppercase;letter-spacing:.08em;color:var(--muted)}
footer{text-align:center;color:var(--muted);font:13px system-ui,sans-serif;padding:2rem}
`;

function layout(title: string, body: SafeHtml, siteTitle: string): SafeHtml {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<header class="mast"><a href="/">${siteTitle}</a></header>
<main>${body}</main>
<footer>A demo news site served by Parley. Comments are real and stored on this server.</footer>
</body>
</html>`;
}

const commentsLabel = (n: number) => (n === 1 ? '1 comment' : `${n} comments`);

function formatDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The front page: every story with its comment count; count.js refreshes the counts in one request. */
export function renderFrontPage(siteTitle: string, articles: NewsArticle[]): SafeHtml {
  const body = html`<h1 class="section-title">Latest stories</h1>
<ul class="cards">${articles.map((a) => html`<li>
<img src="${a.image}" alt="" width="160" height="100">
<div><h2><a href="/articles/${a.slug}">${a.title}</a></h2>
<p class="meta">${a.tags.map((t) => html`<span class="tag">${t}</span>`)} ${formatDate(a.published)} ·
<a href="/articles/${a.slug}#comments" data-parley-count="${a.storyId}">${commentsLabel(a.commentCount)}</a></p>
<p>${a.paragraphs[0] ?? ''}</p></div></li>`)}</ul>
<script async src="/count.js"></script>`;
  return layout(siteTitle, body, siteTitle);
}

/**
 * An article with its comment section: the embed script for readers with JavaScript and the
 * same thread server-rendered inside <noscript> for everyone else.
 */
export function renderArticlePage(siteTitle: string, a: NewsArticle, related: NewsArticle[], noscriptThread: SafeHtml): SafeHtml {
  const body = html`<article>
<p class="meta">${a.tags.map((t) => html`<span class="tag">${t}</span>`)}</p>
<h1>${a.title}</h1>
<p class="meta"><time datetime="${a.published}">${formatDate(a.published)}</time></p>
<figure><img src="${a.image}" alt="Illustration: ${a.title}" width="760" height="420"><figcaption>Illustration generated for Parley's demo site.</figcaption></figure>
${a.paragraphs.map((p) => html`<p>${p}</p>`)}
</article>
${related.length > 0 ? html`<aside aria-labelledby="more-heading"><h2 id="more-heading">More on this topic</h2><ul>${related.map((r) => html`<li><a href="/articles/${r.slug}">${r.title}</a> <span class="meta">(${commentsLabel(r.commentCount)})</span></li>`)}</ul></aside>` : ''}
<section id="comments" aria-label="Comments">
<div id="parley"></div>
<script async src="/embed.js" data-story-id="${a.storyId}"></script>
<noscript>${noscriptThread}<p><a href="/threads/${a.storyId}">All comments as a plain page</a></p></noscript>
</section>`;
  return layout(`${a.title} — ${siteTitle}`, body, siteTitle);
}

/** The crawlable thread page: the story title, a link back to it and the server-rendered comments. */
export function renderThreadPage(story: { title: string; url: string }, thread: SafeHtml): SafeHtml {
  const body = html`<p class="meta"><a href="${story.url}">← Back to the article</a></p><h1>${story.title}</h1>${thread}`;
  return layout(`Comments: ${story.title}`, body, 'Parley');
}

export function renderNotFound(siteTitle: string): SafeHtml {
  return layout('Not found', html`<h1>Page not found</h1><p><a href="/">Front page</a></p>`, siteTitle);
}

export function renderWelcome(): SafeHtml {
  return layout('Parley', html`<h1>Parley is running</h1><p>No demo site is set up on this server. Start it with <code>parley serve --demo</code> to get sample articles, or embed the comment section on your own pages: see <code>docs/embedding.md</code>.</p>`, 'Parley');
}
