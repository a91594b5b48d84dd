/**
 * Message bodies are Markdown written by researchers and staff, shown to the other side. They are
 * rendered here to HTML that is safe to insert into a page: raw HTML in the source is escaped,
 * not passed through; link targets are limited to http, https and mailto; images are not
 * rendered (a remote image would tell its owner when a message was read). Pure: same input,
 * same output.
 */
import MarkdownIt from 'markdown-it';

/** Longest message body accepted, in characters. */
export const MESSAGE_BODY_MAX = 50_000;

const SAFE_LINK = /^(https?:|mailto:)/i;

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });
md.disable(['image']);
md.validateLink = (url: string): boolean => SAFE_LINK.test(url.trim());

const defaultLinkOpen =
  md.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  token?.attrSet('rel', 'nofollow noopener noreferrer');
  token?.attrSet('target', '_blank');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return md.render(source);
}
