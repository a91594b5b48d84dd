/**
 * The key-encryption key that wraps each blob's data key. From MASTER_KEY when set (required when
 * several instances share storage), else a key file created once in DATA_DIR with mode 0600.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export const MASTER_KEY_FILE = 'master.key';

export function loadMasterKey(configured: string | undefined, dataDir: string): Buffer {
  if (configured !== undefined) return Buffer.from(configured, 'base64');
  const file = path.join(dataDir, MASTER_KEY_FILE);
  try {
    const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  // Written in full and synced under a temporary name, then linked into place: another process
  // never reads a half-written key, and a key lost in a crash (which would make every attachment
  // encrypted with it unreadable) cannot happen once a blob has been stored.
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    fs.writeFileSync(fd, key.toString('base64') + '\n');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    // Fails with EEXIST if another process created the key meanwhile: then use theirs.
    fs.linkSync(tmp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return loadMasterKey(undefined, dataDir);
  } finally {
    fs.rmSync(tmp, { force: true });
    syncDirectory(dataDir);
  }
  return key;
}

function syncDirectory(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
