import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PASSWORD_FILE_NAME, embeddedCredentials } from '../../src/db/embedded/embeddedPassword';

const folder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'council-graph-password-'));

describe('embeddedCredentials', () => {
  it('generates a password once per data folder, owner-only, and reads the same one afterwards', () => {
    const dir = folder();
    const first = embeddedCredentials(dir);
    expect(first.user).toBe('neo4j');
    expect(first.file).toBe(path.join(dir, PASSWORD_FILE_NAME));
    expect(first.password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(fs.statSync(first.file).mode & 0o777).toBe(0o600);
    expect(embeddedCredentials(dir).password).toBe(first.password);
    expect(embeddedCredentials(folder()).password).not.toBe(first.password);
  });

  it('tightens a password file other users could read, and keeps its password', () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, PASSWORD_FILE_NAME), 'a-password-set-by-hand\n', { mode: 0o644 });
    fs.chmodSync(path.join(dir, PASSWORD_FILE_NAME), 0o644);
    const credentials = embeddedCredentials(dir);
    expect(credentials.password).toBe('a-password-set-by-hand');
    expect(fs.statSync(credentials.file).mode & 0o777).toBe(0o600);
  });

  it('refuses a password shorter than Neo4j accepts, naming the file', () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, PASSWORD_FILE_NAME), 'short\n');
    expect(() => embeddedCredentials(dir)).toThrow(new RegExp(`${PASSWORD_FILE_NAME}: the embedded Neo4j password must have at least 8 characters`));
  });
});
