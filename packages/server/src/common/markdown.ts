import { createRequire } from 'node:module';
import createDOMPurify, { type DOMPurify } from 'dompurify';
import MarkdownIt, { type StateCore, type Token } from 'markdown-it';

/**
 * How deep Markdown may nest: quotes and lists (markdown-it's own `maxNesting`, which drops
 * what lies deeper) and, within a paragraph, emphasis and links (shown as the characters typed
 * beyond it). People never nest this deep; without a cap, 10,000 `>` or `*` build a tree
 * thousands of elements deep that costs the sanitiser seconds.
 */
export const MAX_NESTING = 20;

/** Raw HTML in the source is shown as text, never rendered; links become links. */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, maxNesting: MAX_NESTING });
markdown.core.ruler.push('cap_inline_nesting', capInlineNesting);

let purify: DOMPurify | undefined;

/**
 * DOMPurify on a jsdom window, made on the first render: jsdom and its window weigh about
 * 100 MiB, which a process that only reads (or a replica that serves pages) never needs.
 */
function sanitizer(): DOMPurify {
  if (purify) return purify;
  const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
  purify = createDOMPurify(new JSDOM('').window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    // People's links may point anywhere: no ranking credit, no access to this window.
    if (node.tagName === 'A') {
      node.setAttribute('rel', 'nofollow ugc noopener noreferrer');
      node.setAttribute('target', '_blank');
    }
  });
  return purify;
}

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

/** Markdown as it is stored beside its source: rendered once on write, never on read. */
export type RenderedMarkdown = {
  /** Safe to insert into a page. */
  html: string;
  /** What a reader sees, without markup: one line per block. For search and its snippets. */
  text: string;
};

/**
 * People's Markdown as HTML that is safe to insert into a page, and as plain text. markdown-it
 * escapes raw HTML and refuses `javascript:` links, and DOMPurify then keeps only plain text
 * formatting, so a bug in either alone cannot let a script through. The text comes from the
 * same parse as the HTML, leaving out images as the sanitiser does.
 */
export function renderMarkdown(source: string): RenderedMarkdown {
  const tokens = markdown.parse(source, {});
  const html = sanitizer().sanitize(markdown.renderer.render(tokens, markdown.options, {}), {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: ['href', 'title', 'rel', 'target'],
    ALLOW_DATA_ATTR: false,
  });
  return { html, text: plainText(tokens) };
}

/**
 * The same rendering without the sanitiser, only for text this program generates itself from
 * a fixed vocabulary: the synthetic benchmark data, up to a million comments, where the
 * sanitiser would cost minutes and changes nothing (seed.test.ts checks). Never for people's input.
 */
export function renderGeneratedMarkdown(source: string): RenderedMarkdown {
  const tokens = markdown.parse(source, {});
  return { html: markdown.renderer.render(tokens, markdown.options, {}), text: plainText(tokens) };
}

/** Whether text shows nothing: empty, white space, or zero-width characters only. */
export function isBlank(text: string): boolean {
  return /^[\s\u180E\u200B-\u200D\u2060\uFEFF]*$/u.test(text);
}

/** Inline markup deeper than MAX_NESTING becomes the text it was written as. */
function capInlineNesting(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    let depth = 0;
    // For each open element, whether it was kept; its closing token follows that choice.
    const kept: boolean[] = [];
    for (const token of block.children) {
      if (token.nesting === 1) {
        const keep = depth < MAX_NESTING;
        kept.push(keep);
        if (keep) depth++;
        else asText(token);
      } else if (token.nesting === -1) {
        if (kept.pop()) depth--;
        else asText(token);
      }
    }
  }
}

function asText(token: Token): void {
  // A link's markup names how it was found ("linkify"), not what was typed: drop it.
  token.content = token.type.startsWith('link_') ? '' : token.markup;
  token.type = 'text';
  token.tag = '';
  token.nesting = 0;
  token.attrs = null;
}

function plainText(tokens: Token[]): string {
  const blocks: string[] = [];
  for (const token of tokens) {
    if (token.type === 'inline') blocks.push(inlineText(token.children ?? []));
    else if (token.type === 'fence' || token.type === 'code_block') blocks.push(token.content);
  }
  return blocks
    .join('\n')
    .replace(/\n\s*\n/g, '\n')
    .trim();
}

function inlineText(children: Token[]): string {
  let text = '';
  for (const token of children) {
    if (token.type === 'text' || token.type === 'code_inline') text += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += '\n';
  }
  return text;
}
