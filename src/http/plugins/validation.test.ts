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
        { path: 'extra', message: 'is not a known field' },
        { path: 'reporter.phone', message: 'is not a known field' },
      ],
    });
    expect(errorsFor({ extra: 1 }).unknownFieldsOnly).toBe(false);
    expect(errorsFor({}).errors).toEqual([
      { path: 'title', message: 'is required' },
      { path: 'steps', message: 'is required' },
    ]);
  });

  it('reports the element of an alternative that failed, not every branch', () => {
    expect(errorsFor({ title: 'Hello', steps: ['a', ''] }).errors).toEqual([
      { path: 'steps[1]', message: 'must NOT have fewer than 1 characters' },
    ]);
  });

  it('reports one summary when no branch of an alternative fits', () => {
    expect(errorsFor({ title: 'Hello', steps: 42 }).errors).toEqual([
      { path: 'steps', message: 'does not match any allowed form' },
    ]);
  });

  it('reports the whole body when it is not an object', () => {
    expect(errorsFor('text').errors).toEqual([{ path: '(body)', message: 'must be object' }]);
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
      { path: 'title', message: 'must not contain the NUL character (U+0000)' },
    ]);
    expect(validate({ title: 'Hello', steps: ['a'] })).toBe(true);
  });
});
