/** RFC 9457 problem details as the server sends them. */
export interface FieldError {
  path: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors: FieldError[];
}

export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).status === 'number' &&
    Array.isArray((value as Problem).errors)
  );
}

/** The messages for one field, for showing beside it. */
export function errorsFor(problem: Problem | undefined, path: string): string[] {
  return problem?.errors.filter((e) => e.path === path).map((e) => e.message) ?? [];
}
