import { describe, expect, it } from 'vitest';
import type { ErrorObject } from 'ajv';
import {
  makeAjv,
  mapAjvErrors,
  nulPointers,
  toFieldPath,
  validatorCompiler,
} from './validation.js';

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'steps'],
  properties: {
    title: { type: 'string', minLength: 5 },
    steps: {
      anyOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', items: { type: 'string', minLength: 1 } },
      ],
    },
    reporter: {
      type: 'object',
      additionalProperties: false,
      properties: { email: { type: 'string', format: 'email' } },
    },
  },
};

function errorsFor(data: unknown) {
  const validate = makeAjv(false).compile(schema);
  expect(validate(data)).toBe(false);
  return mapAjvErrors(validate.errors ?? []);
}

describe('toFieldPath', () => {
  it('turns JSON pointers into API field paths', () => {
    expect(toFieldPath('/reporter/email')).toBe('reporter.email');
    expect(toFieldPath('/reproductionSteps/2')).toBe('reproductionSteps[2]');
    expect(toFieldPath('/a~1b/c~0d')).toBe('a/b.c~d');
    expect(toFieldPath('')).toBe('');
  });
});

describe('mapAjvErrors', () => {
  it('names missing and unknown fields, and says when only unknown fields are wrong', () => {
    expect(errorsFor({ title: 'Hello', steps: 'x', extra: 1, reporter: { phone: '1' } })).toEqual({
      unknownFieldsOnly: true,
      errors: [
        { path: 'extra', message: 'is not a known field', rule: 'unknown-field' },
        { path: 'reporter.phone', message: 'is not a known field', rule: 'unknown-field' },
      ],
    });
    expect(errorsFor({ extra: 1 }).unknownFieldsOnly).toBe(false);
    expect(errorsFor({}).errors).toEqual([
      { path: 'title', message: 'is required', rule: 'required' },
      { path: 'steps', message: 'is required', rule: 'required' },
    ]);
  });

  it('reports the element of an alternative that failed, not every branch', () => {
    expect(errorsFor({ title: 'Hello', steps: ['a', ''] }).errors).toEqual([
      {
        path: 'steps[1]',
        message: 'must NOT have fewer than 1 characters',
        rule: 'too-short',
        limit: 1,
      },
    ]);
  });

  it('reports one summary when no branch of an alternative fits', () => {
    expect(errorsFor({ title: 'Hello', steps: 42 }).errors).toEqual([
      { path: 'steps', message: 'does not match any allowed form', rule: 'format' },
    ]);
  });

  it('reports the whole body when it is not an object', () => {
    expect(errorsFor('text').errors).toEqual([
      { path: '(body)', message: 'must be object', rule: 'type' },
    ]);
  });
});

describe('mapAjvErrors rules', () => {
  const bounds = {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 2, maxLength: 4 },
      tags: { type: 'array', minItems: 1, maxItems: 2 },
      count: { type: 'integer', minimum: 1, maximum: 10 },
      share: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
      kind: { enum: ['a', 'b'] },
      fixed: { const: 'x' },
      code: { type: 'string', pattern: '^[0-9]+$' },
      email: { type: 'string', format: 'email' },
      day: { type: 'string', format: 'date' },
      site: { type: 'string', format: 'uri' },
      at: { type: 'string', format: 'date-time' },
    },
  };
  const rulesOf = (data: unknown) => {
    const validate = makeAjv(false).compile(bounds);
    expect(validate(data)).toBe(false);
    return mapAjvErrors(validate.errors ?? []).errors.map(({ path, rule, limit }) => ({
      path,
      rule,
      limit,
    }));
  };

  it('names the lower bounds it breaks, with the bound as the limit', () => {
    expect(rulesOf({ name: 'a', tags: [], count: 0, share: 0 })).toEqual([
      { path: 'name', rule: 'too-short', limit: 2 },
      { path: 'tags', rule: 'too-few', limit: 1 },
      { path: 'count', rule: 'too-small', limit: 1 },
      { path: 'share', rule: 'too-small', limit: 0 },
    ]);
  });

  it('names the upper bounds it breaks, with the bound as the limit', () => {
    expect(rulesOf({ name: 'abcde', tags: [1, 2, 3], count: 11, share: 1 })).toEqual([
      { path: 'name', rule: 'too-long', limit: 4 },
      { path: 'tags', rule: 'too-many', limit: 2 },
      { path: 'count', rule: 'too-large', limit: 10 },
      { path: 'share', rule: 'too-large', limit: 1 },
    ]);
  });

  it('names values outside a list, forms and formats, and wrong types, without a limit', () => {
    expect(
      rulesOf({
        kind: 'c',
        fixed: 'y',
        code: 'x1',
        email: 'not an address',
        day: '2026-02-30',
        site: 'no url',
        at: 'yesterday',
        count: 'ten',
      }),
    ).toEqual([
      { path: 'count', rule: 'type', limit: undefined },
      { path: 'kind', rule: 'not-allowed', limit: undefined },
      { path: 'fixed', rule: 'not-allowed', limit: undefined },
      { path: 'code', rule: 'format', limit: undefined },
      { path: 'email', rule: 'invalid-email', limit: undefined },
      { path: 'day', rule: 'invalid-date', limit: undefined },
      { path: 'site', rule: 'invalid-url', limit: undefined },
      { path: 'at', rule: 'format', limit: undefined },
    ]);
  });

  it('calls a value of the wrong type a type error, not a value outside the list', () => {
    const validate = makeAjv(false).compile({
      type: 'object',
      properties: {
        kind: { enum: ['a', 'b'] },
        typedKind: { type: 'string', enum: ['a', 'b'] },
        fixed: { const: 'x' },
        level: { enum: [1, 2, 3] },
        maybe: { enum: ['a', null] },
        tags: { type: 'array', items: { enum: ['a', 'b'] } },
      },
    });
    expect(
      validate({ kind: 42, typedKind: 42, fixed: true, level: 1.5, maybe: 0, tags: ['a', {}] }),
    ).toBe(false);
    expect(mapAjvErrors(validate.errors ?? []).errors).toEqual([
      { path: 'kind', message: 'must be string', rule: 'type' },
      { path: 'typedKind', message: 'must be string', rule: 'type' },
      { path: 'fixed', message: 'must be string', rule: 'type' },
      { path: 'level', message: 'must be integer', rule: 'type' },
      { path: 'maybe', message: 'must be string,null', rule: 'type' },
      { path: 'tags[1]', message: 'must be string', rule: 'type' },
    ]);
  });

  it('keeps a value of the right type outside the list not-allowed', () => {
    const validate = makeAjv(false).compile({
      type: 'object',
      properties: { typedKind: { type: 'string', enum: ['a'] }, level: { enum: [1, 2] } },
    });
    expect(validate({ typedKind: 'c', level: 3 })).toBe(false);
    expect(mapAjvErrors(validate.errors ?? []).errors).toEqual([
      {
        path: 'typedKind',
        message: 'must be equal to one of the allowed values',
        rule: 'not-allowed',
      },
      { path: 'level', message: 'must be equal to one of the allowed values', rule: 'not-allowed' },
    ]);
  });

  it('keeps the English message as it was', () => {
    const validate = makeAjv(false).compile(bounds);
    validate({ name: 'a' });
    expect(mapAjvErrors(validate.errors ?? []).errors).toEqual([
      {
        path: 'name',
        message: 'must NOT have fewer than 2 characters',
        rule: 'too-short',
        limit: 2,
      },
    ]);
  });

  it('names no rule for a keyword it has none for', () => {
    const validate = makeAjv(false).compile({ type: 'array', uniqueItems: true });
    expect(validate([1, 1])).toBe(false);
    const [error] = mapAjvErrors(validate.errors ?? []).errors;
    expect(error).toEqual({ path: '(body)', message: expect.any(String) as string });
  });
});

describe('NUL characters', () => {
  it('are found wherever they are, as JSON pointers', () => {
    expect(nulPointers({ a: 'x\u0000', b: ['ok', 'y\u0000'], c: { 'd/e': '\u0000' } })).toEqual([
      '/a',
      '/b/1',
      '/c/d~1e',
    ]);
    expect(nulPointers({ a: 'fine', n: 1 })).toEqual([]);
  });

  it('make a body invalid on every route, naming the field', () => {
    const validate = validatorCompiler({
      schema,
      method: 'POST',
      url: '/x',
      httpPart: 'body',
    }) as unknown as ((d: unknown) => boolean) & { errors: ErrorObject[] };
    expect(validate({ title: 'Hello\u0000', steps: ['a'] })).toBe(false);
    expect(mapAjvErrors(validate.errors).errors).toEqual([
      { path: 'title', message: 'must not contain the NUL character (U+0000)', rule: 'format' },
    ]);
    expect(validate({ title: 'Hello', steps: ['a'] })).toBe(true);
  });
});
