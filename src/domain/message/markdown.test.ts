import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders the usual Markdown', () => {
    expect(renderMarkdown('**Thanks** for the report.\n\n1. one\n2. two\n\n`code`')).toBe(
      '<p><strong>Thanks</strong> for the report.</p>\n<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n<p><code>code</code></p>\n',
    );
  });

  it('escapes raw HTML instead of passing it through', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it.each([
    '[x](javascript:alert(1))',
    '[x](JAVASCRIPT:alert(1))',
    '[x](  javascript:alert(1))',
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[x](file:///etc/passwd)',
  ])('does not make a link of %s', (source) => {
    expect(renderMarkdown(source)).not.toContain('<a ');
  });

  it('keeps http, https and mailto links, opened safely', () => {
    expect(renderMarkdown('[advisory](https://example.com/a?b=1&c=2)')).toBe(
      '<p><a href="https://example.com/a?b=1&amp;c=2" rel="nofollow noopener noreferrer" target="_blank">advisory</a></p>\n',
    );
    expect(renderMarkdown('mail <mailto:psirt@example.com>')).toContain(
      'href="mailto:psirt@example.com"',
    );
  });

  it('does not render images, remote or inline', () => {
    const html = renderMarkdown(
      '![pixel](https://tracker.example/p.gif) ![x](data:image/png;base64,AAAA)',
    );
    expect(html).not.toContain('<img');
  });

  it('escapes attribute breakouts in link text and titles', () => {
    const html = renderMarkdown(
      '[a" onmouseover="alert(1)](https://example.com "t\\" onclick=\\"x")',
    );
    expect(html).not.toMatch(/ on\w+="/);
  });
});
