/**
 * The product catalogue's own rules: what kinds of entry there are, which addresses an entry may
 * have, and which entries have versions.
 *
 * Decisions:
 * - A catalogue address is `https`: it is a link staff follow from the console and may publish
 *   in advisories. Plain `http` is accepted only for the local host (a test or a demo system),
 *   where there is nothing between the browser and the server to protect against.
 * - An online service has no versions: its fixes reach every user at once, so there is no
 *   version anyone installs, and cases name the service as a whole.
 */
import type { FieldError } from '../errors.js';

export const PRODUCT_KINDS = ['product', 'online-service'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export const ONLINE_SERVICE_KIND = 'online-service' satisfies ProductKind;

const LOCAL_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether `hostname` (as `URL` spells it) is this machine. */
function isLocalHost(hostname: string): boolean {
  return LOCAL_HOSTS.has(hostname) || hostname.endsWith('.localhost');
}

/**
 * The problems of a catalogue address (the request schema has checked it is an `http(s)` URL):
 * `http` anywhere but on the local host. Empty when it is fine or there is none.
 */
export function catalogueUrlProblems(url: string | null | undefined): FieldError[] {
  if (url === null || url === undefined) return [];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [{ path: 'url', message: 'is not an http or https URL', rule: 'invalid-url' }];
  }
  if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLocalHost(parsed.hostname)))
    return [];
  return [
    {
      path: 'url',
      message: 'must start with https:// (http:// only for localhost)',
      rule: 'https-required',
    },
  ];
}

/** The problems of adding a version to an entry of `kind`: an online service has none. */
export function versionProblems(kind: string): FieldError[] {
  return kind === ONLINE_SERVICE_KIND
    ? [
        {
          path: 'productId',
          message: 'is an online service, which has no versions',
          rule: 'not-allowed',
        },
      ]
    : [];
}
