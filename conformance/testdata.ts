/**
 * Where the third-party test data lives. It is never copied into this repository: CI and
 * developers keep `shared/testdata` beside the project (or point TESTDATA_DIR at it). When it
 * is missing the conformance suite fails with a clear message; it never skips.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

/** `TESTDATA_DIR` if set, otherwise `../shared/testdata` relative to the project root (cwd). */
export function testdataDir(): string {
  const fromEnv = process.env.TESTDATA_DIR?.trim();
  return path.resolve(fromEnv !== undefined && fromEnv !== '' ? fromEnv : '../shared/testdata');
}

/** Absolute path of a folder inside the test data; throws when it does not exist. */
export function requireTestdata(sub: string): string {
  const dir = path.join(testdataDir(), sub);
  if (!isDirectory(dir)) {
    throw new Error(
      `third-party test data not found at ${dir}; set TESTDATA_DIR or place shared/testdata beside the project`,
    );
  }
  return dir;
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
