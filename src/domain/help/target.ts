/**
 * What a help destination may point to: an http(s) URL, a path on this site, or an e-mail
 * address. Checked strictly because the values end up in links on a public page.
 */

export const MAX_URL_LENGTH = 2000;
export const MAX_EMAIL_LENGTH = 254;

/**
 * An address we can put after `mailto:` as it is: a plain local part and a host name or a
 * bracketed address literal. No quoting, spaces, `?` or `&` (which would add mail headers).
 */
const MAIL_ADDRESS =
  /^[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])$/;

export function isMailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && MAIL_ADDRESS.test(value);
}

/** Why a URL may not be a target, or undefined when it may. */
export function urlProblem(value: string): string | undefined {
  if (value.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return 'must not contain spaces or control characters';
  // A path on this site; `//host` would be another site without a scheme.
  if (value.startsWith('/')) {
    return value.startsWith('//') || value.startsWith('/\\')
      ? 'must be an http(s) URL or a path starting with a single /'
      : undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an http(s) URL or a path starting with /';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `must be an http(s) URL, not ${url.protocol}`;
  }
  if (url.username !== '' || url.password !== '') return 'must not contain a user name or password';
  return undefined;
}
