import { DomainError, validationFailed } from '../domain/errors.js';

/**
 * For requests that take no body (a route cannot declare that in its schema: a missing body
 * fails an object schema). `{}` is tolerated; anything else would be silently lost, so it is
 * refused naming what was sent.
 */
export function refuseBody(body: unknown): void {
  if (body === undefined || body === null) return;
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw validationFailed([{ path: '(body)', message: 'must be empty' }]);
  }
  const fields = Object.keys(body);
  if (fields.length > 0) {
    throw new DomainError(
      'unknown-field',
      'this request takes no body',
      fields.map((path) => ({ path, message: 'is not a known field', rule: 'unknown-field' })),
    );
  }
}
