/**
 * Canonical JSON: one byte sequence per value, so a hash over it does not depend on how the value
 * was built or stored. Object keys are sorted by UTF-16 code units, there is no whitespace, strings
 * and numbers are written as `JSON.stringify` writes them. For the values the audit log holds
 * (strings, finite numbers, booleans, null, arrays and plain objects) this is the JSON
 * Canonicalization Scheme of RFC 8785.
 */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no NaN or Infinity');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value !== 'object') {
    throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
  }
  const keys = Object.keys(value).sort();
  const members: string[] = [];
  for (const key of keys) {
    const member = value[key];
    // An undefined member is left out by JSON.stringify; refuse it so the caller notices.
    if (member === undefined) throw new TypeError(`canonical JSON: ${key} is undefined`);
    members.push(`${JSON.stringify(key)}:${canonicalJson(member)}`);
  }
  return `{${members.join(',')}}`;
}
