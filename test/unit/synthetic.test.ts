import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSeedFile } from '../../src/ingest/readSeedFile';
import { listSeedFiles } from '../../src/ingest/seedFiles';
import { corpusFiles, writeCorpus } from '../../src/synthetic/generateCorpus';
import { Random } from '../../src/synthetic/Random';

const digest = (scale: number, seed: number) => {
  const hash = createHash('sha256');
  for (const file of corpusFiles(scale, seed)) hash.update(file.path).update('\0').update(file.content).update('\0');
  return hash.digest('hex');
};

describe('synthetic corpus generator', () => {
  it('gives byte-identical output for the same scale and seed, and different output for another seed', () => {
    expect(digest(3, 42)).toBe(digest(3, 42));
    expect(digest(3, 43)).not.toBe(digest(3, 42));
  });

  it('draws the same numbers from the same seed', () => {
    const a = new Random(7);
    const b = new Random(7);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('writes documents that pass every per-document check (syntax, ids, sha256, evidence quotes and line ranges)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'synthetic-'));
    try {
      const summary = await writeCorpus(dir, 2, 1);
      const files = await listSeedFiles(dir);
      expect(files).toHaveLength(summary.documents);
      expect(summary.meetings).toBe(28);
      for (const file of files) {
        const seed = await readSeedFile(file);
        expect({ file, problems: seed.context.problems }).toEqual({ file, problems: [] });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses ids that cannot collide with the curated seeds', () => {
    for (const file of corpusFiles(1, 5)) {
      if (!file.path.endsWith('.yaml')) continue;
      const ids = [...file.content.matchAll(/^\s*-? ?id: (\S+)$/gm)].map((m) => m[1]);
      for (const id of ids) expect(id).toMatch(/^syn-/);
    }
  });
});
