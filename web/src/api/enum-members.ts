/**
 * The members of an enum of the API (a string union in `schema.d.ts`) as a runtime list, for the
 * controls that offer them. Written as an object with one key per member, in the order offered:
 * the compiler rejects a member that is missing or unknown, so when the server's enum changes
 * the web app fails to type-check instead of drifting. (Members are never integer-like strings,
 * which objects would reorder.)
 */
export function membersOf<T extends string>(members: Record<T, true>): readonly T[] {
  return Object.keys(members) as T[];
}

/** Narrows a string (a control's value, a query parameter) to a member of the list. */
export function isMemberOf<T extends string>(
  members: readonly T[],
  value: string | null | undefined,
): value is T {
  return (members as readonly (string | null | undefined)[]).includes(value);
}
