/**
 * The embedded Neo4j's password: generated once per data folder and kept in it, readable by its
 * owner only (0600), so that another local user cannot reach the graph around the API's keys.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const EMBEDDED_USER = 'neo4j';
export const PASSWORD_FILE_NAME = 'neo4j-password';

export interface EmbeddedCredentials { user: string; password: string; file: string }

/** Reads the data folder's password, creating it (0600) first if it has none. */
export function embeddedCredentials(dataDir: string): EmbeddedCredentials {
  const file = path.join(dataDir, PASSWORD_FILE_NAME);
  try {
    // 'wx': never overwrite a password another start already wrote (two starts may race here).
    fs.writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // A file copied in with looser rights is tightened rather than trusted as is.
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  const password = fs.readFileSync(file, 'utf8').trim();
  if (password.length < 8) throw new Error(`${file}: the embedded Neo4j password must have at least 8 characters (delete the file to generate one)`);
  return { user: EMBEDDED_USER, password, file };
}
