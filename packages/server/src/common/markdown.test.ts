import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isBlank, MAX_NESTING, renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders the Markdown people write', () => {
    expect(renderMarkdown('# Planas\n\n**Svarbu:** takas *prie* ežero\n\n- vienas\n- du').html).toBe(
      '<h1>Planas</h1>\n<p><strong>Svarbu:</strong> takas <em>prie</em> ežero</p>\n<ul>\n<li>vienas</li>\n<li>du</li>\n</ul>\n',
    );
    expect(renderMarkdown('https://elektrenai.example').html).toContain(
      '<a href="https://elektrenai.example" rel="nofollow ugc noopener noreferrer" target="_blank">',
    );
  });

  const payloads = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<svg onload=alert(1)>',
    '[spustelėkite](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '![x](javascript:alert(1))',
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '[x](vbscript:msgbox(1))',
    '<details open ontoggle=alert(1)>',
    '`<script>alert(1)</script>`',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  ];

  it.each(payloads)('neutralises %s', (payload) => {
    const { html } = renderMarkdown(payload);
    const dom = new JSDOM(`<body>${html}</body>`).window.document;
    expect(dom.querySelectorAll('script, iframe, svg, img, style, details, math').length).toBe(0);
    for (const element of dom.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name).not.toMatch(/^on/i);
        expect(attribute.value).not.toMatch(/^\s*(javascript|vbscript|data):/i);
      }
    }
  });
});

describe('renderMarkdown text', () => {
  it('is what a reader sees, without the markup, one line per block', () => {
    const { text } = renderMarkdown(
      '## Planas\n\n**Svarbu:** [takas](https://elektrenai.example) prie `marių`\n\n- vienas\n- du\n\n![nuotrauka](https://elektrenai.example/a.png)\n\n> <script>alert(1)</script>',
    );
    expect(text).toBe('Planas\nSvarbu: takas prie marių\nvienas\ndu\n<script>alert(1)</script>');
  });
});

describe('renderMarkdown nesting', () => {
  /** Depth of the deepest element: what the sanitiser and the browser have to walk. */
  const depth = (html: string): number => {
    const walk = (element: Element): number => 1 + Math.max(0, ...Array.from(element.children, (child) => walk(child)));
    return walk(new JSDOM(`<body>${html}</body>`).window.document.body) - 1;
  };

  const bombs = {
    quotes: '>'.repeat(10_000),
    'ordered lists': '1. '.repeat(3_333),
    'indented lists': Array.from({ length: 100 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n'),
    emphasis: `${'*'.repeat(5_000)}x${'*'.repeat(5_000)}`,
  };

  it.each(Object.entries(bombs))('caps %s of 10,000 characters, fast', (_name, source) => {
    const started = performance.now();
    const { html } = renderMarkdown(source);
    // Generous on a busy machine; uncapped, the emphasis alone takes most of a second.
    expect(performance.now() - started).toBeLessThan(500);
    expect(depth(html)).toBeLessThanOrEqual(2 * MAX_NESTING + 2);
  });

  it('keeps the nesting people write, and shows markup beyond the cap as typed', () => {
    expect(renderMarkdown('> - *a **b** [c](https://x.example)*\n>   - d').html).toBe(
      '<blockquote>\n<ul>\n<li><em>a <strong>b</strong> <a href="https://x.example" rel="nofollow ugc noopener noreferrer" target="_blank">c</a></em>\n<ul>\n<li>d</li>\n</ul>\n</li>\n</ul>\n</blockquote>\n',
    );
    const deep = renderMarkdown(`${'*'.repeat(100)}x${'*'.repeat(100)}`);
    expect(deep.text).toMatch(/^\*+x\*+$/);
  });
});

describe('isBlank', () => {
  it('sees spaces, tabs, line breaks, non-breaking and zero-width spaces as nothing', () => {
    expect(isBlank(' \t\n\r\u00a0\u200b\u200c\u200d\u2060\ufeff\u3000')).toBe(true);
    expect(isBlank('\u200b.\u200b')).toBe(false);
  });
});
