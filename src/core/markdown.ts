import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown subset → safe HTML, run once at write time; readers only ever receive the stored HTML.
 * Two layers on purpose: markdown-it never passes raw HTML through (html: false), and the
 * sanitize-html allow-list is the guarantee if a markdown rule ever emits something unexpected.
 */
const md = new MarkdownIt('zero', { html: false, linkify: true, breaks: true })
  .enable(['emphasis', 'link', 'linkify', 'autolink', 'blockquote', 'backticks', 'code', 'fence', 'list', 'newline', 'escape', 'entity', 'strikethrough']);

const ALLOWED = {
  allowedTags: ['p', 'br', 'em', 'strong', 's', 'a', 'blockquote', 'code', 'pre', 'ul', 'ol', 'li'],
  allowedAttributes: { a: ['href', 'rel', 'target'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    // User links must not pass ranking to spam targets nor get a handle on the opener.
    a: (tagName: string, attribs: Record<string, string>) => ({
      tagName,
      attribs: { ...attribs, rel: 'nofollow ugc noopener', target: '_blank' },
    }),
  },
} satisfies sanitizeHtml.IOptions;

export function renderMarkdown(body: string): string {
  return sanitizeHtml(md.render(body), ALLOWED).trim();
}
