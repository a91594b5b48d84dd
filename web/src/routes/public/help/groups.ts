import { isMemberOf, membersOf } from '../../../api/enum-members.js';
import type { paths } from '../../../api/schema.js';

type Answer =
  paths['/api/v1/help/destinations']['get']['responses'][200]['content']['application/json'];
export type HelpDestination = Answer['items'][number];
export type HelpGroup = HelpDestination['group'];

/** The topics of the guided choice, in the order offered (the server's groups). */
export const HELP_GROUPS = membersOf<HelpGroup>({
  'account-sign-in': true,
  'malware-scams': true,
  updates: true,
  'support-feedback': true,
  piracy: true,
});

export function parseGroup(value: string | null): HelpGroup | undefined {
  return isMemberOf(HELP_GROUPS, value) ? value : undefined;
}
