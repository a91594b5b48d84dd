/**
 * The rules a field error can name (`errors[].rule` in problem+json). They are stable API
 * values: clients word them in their own language (the web app translates them), while
 * `message` stays the English text for everyone else. A rule whose text names a bound is in
 * `BOUNDED_FIELD_RULES`; its errors carry that bound as `limit`. Each rule is listed once, with
 * what it means (`FIELD_RULE_MEANINGS`, which the API description repeats).
 */

/** General rules: the request schema's checks, and the same kinds of checks in the domain. */
const GENERAL = {
  required: 'A value is needed here and is missing or empty.',
  'unknown-field': 'The field is not part of the API.',
  type: 'The value has the wrong JSON type.',
  format: 'The value does not have the expected form (a pattern, a format, one of several shapes).',
  'not-allowed': 'The value is not one of those allowed here.',
} as const;

/** The rules whose errors carry `limit`, the bound the rule names. */
const BOUNDED = {
  'too-short': 'Fewer characters than `limit`.',
  'too-long': 'More characters than `limit`.',
  'too-few': 'Fewer items than `limit`.',
  'too-many': 'More items than `limit`.',
  'too-small': 'A number below `limit` (or at it, when the bound is exclusive).',
  'too-large': 'A number above `limit` (or at it, when the bound is exclusive).',
  'file-too-large': 'A file larger than `limit` MB.',
  'too-many-files': 'More than `limit` files.',
  'range-too-long': 'A date range longer than `limit` years.',
} as const;

/** Specific rules: checks people meet in the web forms. */
const SPECIFIC = {
  'invalid-email': 'Not an e-mail address.',
  'invalid-url': 'Not an http or https URL.',
  'https-required': 'An http URL where https is needed (plain http only for localhost).',
  'invalid-date': 'Not a real calendar date (YYYY-MM-DD).',
  'invalid-cvss': 'Not a valid CVSS vector, or not of the CVSS version the field takes.',
  'unknown-cwe': 'Not the id of an entry in the CWE catalogue.',
  'pgp-key-unreadable': 'Not a readable ASCII-armored OpenPGP public key.',
  'pgp-key-private': 'An OpenPGP private key where the public key belongs.',
  'pgp-key-unusable':
    'An OpenPGP key that is revoked, expired, not self-signed or has no encryption subkey.',
  taken: 'Already in use (the e-mail address of an account, the name of a product).',
  'wrong-code': 'Not the current code of the authenticator app.',
  'invalid-link': 'The link (its token) is unknown, used already or expired.',
  'last-admin': 'The change would leave no enabled admin account.',
  'end-before-start': 'An end date before its start date.',
  'in-future': 'A date in the future.',
  'unknown-report': 'No report has this id.',
  'self-duplicate': 'A report named as a duplicate of itself.',
  'original-later':
    'The report named as the original was received after this one: it is the duplicate.',
  'original-rejected':
    'The report named as the original was rejected for another reason than being a duplicate.',
  'set-first': 'A case fact the requested change of state needs to be set first.',
  'listed-twice': 'The same entry is listed twice.',
  'whole-and-versions': 'A product listed both as a whole and by version.',
  'exploitation-mismatch': 'Exploited in the wild and the exploitability index disagree.',
} as const;

export type BoundedFieldRule = keyof typeof BOUNDED;
export type FieldRule = keyof typeof GENERAL | BoundedFieldRule | keyof typeof SPECIFIC;

/** What each rule means, in the order the API lists them. */
export const FIELD_RULE_MEANINGS: Readonly<Record<FieldRule, string>> = {
  ...GENERAL,
  ...BOUNDED,
  ...SPECIFIC,
};

const rulesOf = <R extends string>(meanings: Readonly<Record<R, string>>): readonly R[] =>
  Object.keys(meanings) as R[];

export const FIELD_RULES: readonly FieldRule[] = rulesOf(FIELD_RULE_MEANINGS);
export const BOUNDED_FIELD_RULES: readonly BoundedFieldRule[] = rulesOf(BOUNDED);

export type UnboundedFieldRule = Exclude<FieldRule, BoundedFieldRule>;

/**
 * The rule part of a field error: a rule without a bound, or a bounded rule with its `limit`
 * (the compiler refuses a bounded rule without one). No rule at all when none fits: clients
 * then show `message`.
 */
export type FieldErrorRule =
  { rule?: UnboundedFieldRule; limit?: never } | { rule: BoundedFieldRule; limit: number };
