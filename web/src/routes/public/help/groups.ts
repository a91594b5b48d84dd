import type { paths } from '../../../api/schema.js';

type Answer =
  paths['/api/v1/help/destinations']['get']['responses'][200]['content']['application/json'];
export type HelpDestination = Answer['items'][number];
export type HelpGroup = HelpDestination['group'];

/** The topics of the guided choice, in the order offered (the server's groups, checked below). */
export const HELP_GROUPS = [
  'account-sign-in',
  'malware-scams',
  'updates',
  'support-feedback',
  'piracy',
] as const satisfies readonly HelpGroup[];

// Fails to compile when the server gains a group this list does not offer.
const everyGroup: Record<Exclude<HelpGroup, (typeof HELP_GROUPS)[number]>, never> = {};
void everyGroup;

export function parseGroup(value: string | null): HelpGroup | undefined {
  return HELP_GROUPS.find((g) => g === value);
}
