import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES_DIR } from './testDatabase';

export const MINI_YAML = path.join(FIXTURES_DIR, 'mini', 'mini.yaml');

/** Writes a copy of the mini fixture (with its source text) whose YAML is `edit`ed; returns its path. */
export function miniVariant(edit: (yaml: string) => string, name = 'variant.yaml'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'council-graph-seed-'));
  cpSync(path.join(FIXTURES_DIR, 'mini', 'sources'), path.join(dir, 'sources'), { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, edit(readFileSync(MINI_YAML, 'utf8')));
  return file;
}

/** Replaces exactly one occurrence, so a variant can never silently stay the same as the original. */
export function replaceOnce(text: string, from: string, to: string): string {
  const index = text.indexOf(from);
  if (index < 0 || text.indexOf(from, index + 1) >= 0) throw new Error(`expected exactly one occurrence of ${JSON.stringify(from)}`);
  return text.slice(0, index) + to + text.slice(index + from.length);
}
