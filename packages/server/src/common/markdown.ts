import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';

/** Raw HTML in the source is shown as text, never rendered; links become links. */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

const purify = createDOMPurify(new JSDOM('').window);
purify.addHook('afterSanitizeAttributes', (node) => {
  // People's links may point anywhere: no ranking credit, no access to this window.
  if (node.tagName === 'A') {
    node.setAttribute('rel', 'nofollow ugc noopener noreferrer');
    node.setAttribute('target', '_blank');
  }
});

const allowedTags = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  's',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

/**
 * People's Markdown as HTML that is safe to insert into a page: markdown-it escapes raw HTML
 * and refuses `javascript:` links, and DOMPurify then keeps only plain text formatting, so a
 * bug in either alone cannot let a script through.
 */
export function renderMarkdown(source: string): string {
  return purify.sanitize(markdown.render(source), {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: ['href', 'title', 'rel', 'target'],
    ALLOW_DATA_ATTR: false,
  });
}
