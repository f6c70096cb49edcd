import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Folders under seeds/ that hold no curated documents: source texts, and synthetic corpora. */
const SKIPPED = new Set(['sources', 'synthetic']);

/** Every `*.yaml` seed document under `dir`, in path order. */
export async function listSeedFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) found.push(...(await listSeedFiles(full)));
    } else if (/\.ya?ml$/.test(entry.name)) {
      found.push(full);
    }
  }
  return found.sort();
}
