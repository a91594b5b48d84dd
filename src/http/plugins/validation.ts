/**
 * Request validation. Bodies are validated strictly (no type coercion, unknown fields rejected,
 * every error reported); query strings and params coerce "10" to 10 as URLs need.
 */
import { Ajv, type AnySchema, type ErrorObject, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance, FastifySchemaCompiler } from 'fastify';
import type { FieldError } from '../../domain/errors.js';
import type {
  BoundedFieldRule,
  FieldErrorRule,
  UnboundedFieldRule,
} from '../../domain/field-rules.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives as a namespace.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const common: Options = {
  allErrors: true,
  // Errors carry the value they are about, so an enum error can tell a wrong type from a
  // value outside the list (`typeFirst`).
  verbose: true,
  removeAdditional: false,
  useDefaults: true,
  strict: false,
  keywords: ['example'],
};

export function makeAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ ...common, coerceTypes });
  addFormats(ajv);
  return ajv;
}

const strictAjv = makeAjv(false);
const coercingAjv = makeAjv('array' as unknown as boolean);

/**
 * JSON pointers of strings holding U+0000. PostgreSQL text cannot store it (SQLite can), so every
 * request refuses it up front rather than failing on one database only.
 */
export function nulPointers(value: unknown, pointer = ''): string[] {
  const found: string[] = [];
  collectNul(value, [], found);
  return found.map((p) => `${pointer}${p}`);
}

/** JSON Pointer escaping of one key (RFC 6901). */
const escapeKey = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Walks `value` without building a pointer until a NUL is found (every request passes here). */
function collectNul(value: unknown, path: string[], found: string[]): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path.map((k) => `/${escapeKey(k)}`).join(''));
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(String(i));
      collectNul(value[i], path, found);
      path.pop();
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      path.push(key);
      collectNul((value as Record<string, unknown>)[key], path, found);
      path.pop();
    }
  }
}

type CompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? strictAjv : coercingAjv;
  const validate = ajv.compile(schema as AnySchema);
  const checked: CompiledValidator = (data: unknown) => {
    const ok = validate(data);
    const nul = ok ? nulPointers(data) : [];
    checked.errors =
      nul.length > 0
        ? nul.map((instancePath) => ({
            instancePath,
            schemaPath: '#/nul',
            keyword: 'nul',
            params: {},
            message: 'must not contain the NUL character (U+0000)',
          }))
        : validate.errors;
    return ok && nul.length === 0;
  };
  return checked as ReturnType<FastifySchemaCompiler<unknown>>;
};

export function registerValidation(app: FastifyInstance): void {
  app.setValidatorCompiler(validatorCompiler);
}

/** `/reporter/email` → `reporter.email`; `/reproductionSteps/2` → `reproductionSteps[2]`. */
export function toFieldPath(pointer: string, prefix = ''): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let path = prefix;
  for (const p of parts) {
    if (/^\d+$/.test(p)) path += `[${p}]`;
    else path += path === '' ? p : `.${p}`;
  }
  return path;
}

function join(path: string, child: string): string {
  return path === '' ? child : `${path}.${child}`;
}

export interface MappedValidation {
  unknownFieldsOnly: boolean;
  errors: FieldError[];
}

/**
 * A field that may take several forms (anyOf/oneOf) makes ajv report every branch's failure.
 * Keep what helps: the errors below the field when there are any (e.g. `reproductionSteps[1]`),
 * else one summary at the field.
 */
function pruneAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const unions = new Set(
    errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath),
  );
  if (unions.size === 0) return [...errors];
  return errors.filter((e) => {
    if (!unions.has(e.instancePath)) return true;
    const deeper = errors.some((d) => d.instancePath.startsWith(`${e.instancePath}/`));
    if (deeper) return false;
    return e.keyword === 'anyOf' || e.keyword === 'oneOf';
  });
}

/** The JSON type of a value, as JSON Schema names it (`integer` for whole numbers). */
function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Whether a value of JSON type `actual` has the type `expected` (an integer is a number). */
const hasType = (actual: string, expected: string): boolean =>
  actual === expected || (actual === 'integer' && expected === 'number');

/**
 * A value of the wrong JSON type is a type error, whatever else the schema asks of it: of the
 * errors at one place, a `type` error drops the `enum` and `const` errors beside it, and an
 * `enum` or `const` error about a value whose type none of the allowed values has becomes a
 * `type` error naming their types (`{"to": 42}` for a list of states: "must be string"). So
 * every list of allowed values, written with or without a `type`, answers a number sent for a
 * string the same way. A value of the right type outside the list stays `not-allowed`.
 */
function typeFirst(errors: readonly ErrorObject[]): ErrorObject[] {
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword !== 'enum' && e.keyword !== 'const') {
      out.push(e);
      continue;
    }
    if (typed.has(e.instancePath)) continue;
    const { allowedValues, allowedValue } = e.params as {
      allowedValues?: unknown[];
      allowedValue?: unknown;
    };
    const allowed = e.keyword === 'enum' ? (allowedValues ?? []) : [allowedValue];
    const types = [...new Set(allowed.map(jsonTypeOf))];
    const actual = jsonTypeOf(e.data);
    if (!('data' in e) || types.length === 0 || types.some((t) => hasType(actual, t))) {
      out.push(e);
      continue;
    }
    typed.add(e.instancePath);
    out.push({
      ...e,
      keyword: 'type',
      params: { type: types.join(',') },
      message: `must be ${types.join(',')}`,
    });
  }
  return out;
}

/** The formats whose failures have a rule of their own; any other format is `format`. */
const FORMAT_RULES: Readonly<Record<string, UnboundedFieldRule>> = {
  email: 'invalid-email',
  date: 'invalid-date',
  uri: 'invalid-url',
};

/** The stable rule an ajv keyword stands for, with its bound; none for a keyword not listed. */
function ruleOf(e: ErrorObject): FieldErrorRule {
  const { limit, format } = e.params as { limit?: unknown; format?: unknown };
  const bounded = (rule: BoundedFieldRule): FieldErrorRule =>
    typeof limit === 'number' ? { rule, limit } : {};
  switch (e.keyword) {
    case 'required':
      return { rule: 'required' };
    case 'additionalProperties':
      return { rule: 'unknown-field' };
    case 'type':
      return { rule: 'type' };
    case 'minLength':
      return bounded('too-short');
    case 'maxLength':
      return bounded('too-long');
    case 'minItems':
      return bounded('too-few');
    case 'maxItems':
      return bounded('too-many');
    case 'minimum':
    case 'exclusiveMinimum':
      return bounded('too-small');
    case 'maximum':
    case 'exclusiveMaximum':
      return bounded('too-large');
    case 'enum':
    case 'const':
      return { rule: 'not-allowed' };
    case 'format':
      return { rule: (typeof format === 'string' ? FORMAT_RULES[format] : undefined) ?? 'format' };
    case 'pattern':
    case 'anyOf':
    case 'oneOf':
    case 'nul':
      return { rule: 'format' };
    default:
      return {};
  }
}

/** Turns ajv errors into one message per field, naming the field and the rule it breaks. */
export function mapAjvErrors(errors: readonly ErrorObject[], prefix = ''): MappedValidation {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  let unknownOnly = true;
  for (const e of typeFirst(pruneAlternatives(errors))) {
    const base = toFieldPath(e.instancePath, prefix);
    let path = base;
    let message: string;
    switch (e.keyword) {
      case 'required':
        path = join(base, String((e.params as { missingProperty: string }).missingProperty));
        message = 'is required';
        break;
      case 'additionalProperties':
        path = join(base, String((e.params as { additionalProperty: string }).additionalProperty));
        message = 'is not a known field';
        break;
      case 'anyOf':
      case 'oneOf':
        message = 'does not match any allowed form';
        break;
      default:
        message = e.message ?? 'is invalid';
    }
    if (e.keyword !== 'additionalProperties') unknownOnly = false;
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: path === '' ? '(body)' : path, message, ...ruleOf(e) });
  }
  return { unknownFieldsOnly: unknownOnly && out.length > 0, errors: out };
}
