import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { orderForWriting } from '../../src/ingest/ingestFiles';
import { readSeedFile } from '../../src/ingest/readSeedFile';

/** Documents are written one transaction each: a relationship needs both of its ends already written. */
describe('the order documents are written in', () => {
  let dir: string;
  beforeAll(async () => { dir = await fs.mkdtemp(path.join(os.tmpdir(), 'seed-order-')); });
  afterAll(async () => { await fs.rm(dir, { recursive: true, force: true }); });

  const write = async (name: string, yaml: string) => {
    const file = path.join(dir, name);
    await fs.writeFile(file, `format: council-graph/v1\n${yaml}`);
    return readSeedFile(file);
  };

  it('puts a reference document after the one defining the ids it refers to, whatever their paths', async () => {
    // seeds/osab.yaml sorts before seeds/reference.yaml, yet its secretariat is part of TBS, defined there.
    const corpus = await write('osab.yaml', 'organizations:\n  - { id: org-secretariat, kind: SECRETARIAT, name: { en: Secretariat }, partOf: ca-gc-tbs }\n');
    const reference = await write('reference.yaml', 'jurisdictions:\n  - { id: ca-gc-tbs, kind: FEDERAL_DEPARTMENT, name: { en: TBS } }\n');
    const themes = await write('themes.yaml', 'themes:\n  - { id: theme-a, kind: TOPIC, label: { en: A } }\n');
    expect([corpus, reference, themes].every((s) => s.context.problems.length === 0)).toBe(true);
    expect(orderForWriting([themes, corpus, reference]).map((s) => path.basename(s.file))).toEqual(['reference.yaml', 'osab.yaml', 'themes.yaml']);
  });

  it('keeps path order when no document depends on another', async () => {
    const b = await write('b.yaml', 'themes:\n  - { id: theme-b, kind: TOPIC, label: { en: B } }\n');
    const a = await write('a.yaml', 'themes:\n  - { id: theme-c, kind: TOPIC, label: { en: C } }\n');
    expect(orderForWriting([b, a]).map((s) => path.basename(s.file))).toEqual(['a.yaml', 'b.yaml']);
  });
});
