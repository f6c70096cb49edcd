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

/** The files named on a command line, folders expanded to their seed documents; null names a missing path. */
export async function expandSeedTargets(targets: string[]): Promise<{ files: string[]; missing: string | null }> {
  const files: string[] = [];
  for (const target of targets) {
    const resolved = path.resolve(target);
    const stat = await fs.stat(resolved).catch(() => undefined);
    if (!stat) return { files, missing: target };
    files.push(...(stat.isDirectory() ? await listSeedFiles(resolved) : [resolved]));
  }
  return { files, missing: null };
}
