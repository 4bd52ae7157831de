import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders the Markdown people write', () => {
    expect(renderMarkdown('# Planas\n\n**Svarbu:** takas *prie* ežero\n\n- vienas\n- du')).toBe(
      '<h1>Planas</h1>\n<p><strong>Svarbu:</strong> takas <em>prie</em> ežero</p>\n<ul>\n<li>vienas</li>\n<li>du</li>\n</ul>\n',
    );
    expect(renderMarkdown('https://elektrenai.example')).toContain(
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
    const html = renderMarkdown(payload);
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
