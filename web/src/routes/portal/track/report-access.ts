import type { paths } from '../../../api/schema.js';

export type ReportDetail =
  paths['/api/v1/reports/{id}']['get']['responses'][200]['content']['application/json'];
export type Message =
  paths['/api/v1/reports/{id}/messages']['get']['responses'][200]['content']['application/json']['items'][number];
/** A file of the report or of a message: the same fields in both. */
export type AttachmentView = ReportDetail['attachments'][number];
export type FollowUpStatus =
  paths['/api/v1/reports/{id}/follow-up']['get']['responses'][200]['content']['application/json'];

/** How the page proves it may see a report: its tracking token, or the signed-in session. */
export type ReportAccess = { kind: 'token'; token: string } | { kind: 'session' };

/** Request headers for the access; a session needs none (the cookie goes along). */
export function accessHeaders(access: ReportAccess): Record<string, string> {
  return access.kind === 'token' ? { authorization: `Bearer ${access.token}` } : {};
}
