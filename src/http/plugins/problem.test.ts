import { describe, expect, it } from 'vitest';
import { loggableError } from './problem.js';

describe('loggableError', () => {
  it('keeps type, code and message, and drops the values a database error carries', () => {
    const err = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      detail: 'Key (email)=(secret@example.org) already exists.',
      parameters: ['secret report body'],
    });
    const logged = loggableError(err);
    expect(logged).toMatchObject({ type: 'Error', code: '23505', message: err.message });
    expect(JSON.stringify(logged)).not.toContain('secret');
  });
});
