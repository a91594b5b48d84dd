/**
 * The rules a field error can name (`errors[].rule` in problem+json). They are stable API
 * values: clients word them in their own language (the web app translates them), while
 * `message` stays the English text for everyone else. A rule whose text names a bound is in
 * `BOUNDED_FIELD_RULES`; its errors carry that bound as `limit`.
 */

/** The rules whose errors carry `limit`, the bound the rule names. */
export const BOUNDED_FIELD_RULES = [
  /** Fewer characters than `limit`. */
  'too-short',
  /** More characters than `limit`. */
  'too-long',
  /** Fewer items than `limit`. */
  'too-few',
  /** More items than `limit`. */
  'too-many',
  /** A number below `limit` (or at it, when the bound is exclusive). */
  'too-small',
  /** A number above `limit` (or at it, when the bound is exclusive). */
  'too-large',
  /** A file larger than `limit` MB. */
  'file-too-large',
  /** More than `limit` files. */
  'too-many-files',
  /** A date range longer than `limit` years. */
  'range-too-long',
] as const;

export const FIELD_RULES = [
  // General rules: the request schema's checks, and the same kinds of checks in the domain.
  /** A value is needed here and is missing or empty. */
  'required',
  /** The field is not part of the API. */
  'unknown-field',
  /** The value has the wrong JSON type. */
  'type',
  /** The value does not have the expected form (a pattern, a format, one of several shapes). */
  'format',
  /** The value is not one of those allowed here. */
  'not-allowed',
  ...BOUNDED_FIELD_RULES,
  // Specific rules: checks people meet in the web forms.
  /** Not an e-mail address. */
  'invalid-email',
  /** Not an http or https URL. */
  'invalid-url',
  /** Not a real calendar date (YYYY-MM-DD). */
  'invalid-date',
  /** Not a valid CVSS vector, or not of the CVSS version the field takes. */
  'invalid-cvss',
  /** Not the id of an entry in the CWE catalogue. */
  'unknown-cwe',
  /** Not a readable ASCII-armored OpenPGP public key. */
  'pgp-key-unreadable',
  /** An OpenPGP private key where the public key belongs. */
  'pgp-key-private',
  /** An OpenPGP key that is revoked, expired, not self-signed or has no encryption subkey. */
  'pgp-key-unusable',
  /** Already in use (the e-mail address of an account, the name of a product). */
  'taken',
  /** Not the current code of the authenticator app. */
  'wrong-code',
  /** The link (its token) is unknown, used already or expired. */
  'invalid-link',
  /** The change would leave no enabled admin account. */
  'last-admin',
  /** An end date before its start date. */
  'end-before-start',
  /** A date in the future. */
  'in-future',
  /** No report has this id. */
  'unknown-report',
  /** A report named as a duplicate of itself. */
  'self-duplicate',
  /** The report named as the original was received after this one: it is the duplicate. */
  'original-later',
  /** The report named as the original was rejected for another reason than being a duplicate. */
  'original-rejected',
  /** A case fact the requested change of state needs to be set first. */
  'set-first',
  /** The same entry is listed twice. */
  'listed-twice',
  /** A product listed both as a whole and by version. */
  'whole-and-versions',
  /** Exploited in the wild and the exploitability index disagree. */
  'exploitation-mismatch',
] as const;

export type FieldRule = (typeof FIELD_RULES)[number];

export type BoundedFieldRule = (typeof BOUNDED_FIELD_RULES)[number];
export type UnboundedFieldRule = Exclude<FieldRule, BoundedFieldRule>;

/**
 * The rule part of a field error: a rule without a bound, or a bounded rule with its `limit`
 * (the compiler refuses a bounded rule without one). No rule at all when none fits: clients
 * then show `message`.
 */
export type FieldErrorRule =
  { rule?: UnboundedFieldRule; limit?: never } | { rule: BoundedFieldRule; limit: number };
