import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARRAY_DELIMITER, writeImportCsv } from '../../src/ingest/bulkCsv';

describe('CSV for the offline importer', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'bulk-csv-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one typed, quoted file per label set and per relationship type', async () => {
    const files = await writeImportCsv({
      nodes: [
        { id: 'p1', labels: ['Person'], props: { id: 'p1', name: 'Anne "Nan" Roy', aliases: ['Nan', 'A. Roy'], document: 'd' } },
        { id: 'p2', labels: ['Person'], props: { id: 'p2', name: 'Line\nbreak', document: 'd' } },
        { id: 's1', labels: ['Statement'], props: { id: 's1', position: 1, score: 0.5, flagged: true } },
        { id: 's2', labels: ['Statement'], props: { id: 's2', position: 2, score: 1 } },
      ],
      relationships: [{ from: 's1', to: 'p1', type: 'SPOKEN_BY', props: { document: 'd', lineStart: 3 } }],
    }, dir);
    expect(files.nodes.map((f) => f.labels)).toEqual([['Entity', 'Person'], ['Entity', 'Statement']]);
    const people = readFileSync(files.nodes[0]!.file, 'utf8');
    expect(people).toBe([
      'id:ID,aliases:string[],document:string,name:string',
      `"p1","Nan${ARRAY_DELIMITER}A. Roy","d","Anne ""Nan"" Roy"`,
      '"p2",,"d","Line\nbreak"',
      '',
    ].join('\n'));
    // Integers and decimals in one column make a double column; a missing value is an empty cell.
    expect(readFileSync(files.nodes[1]!.file, 'utf8').split('\n').slice(0, 3)).toEqual([
      'id:ID,flagged:boolean,position:long,score:double', '"s1","true","1","0.5"', '"s2",,"2","1"',
    ]);
    expect(files.relationships).toEqual([{ type: 'SPOKEN_BY', file: expect.stringContaining('SPOKEN_BY') }]);
    expect(readFileSync(files.relationships[0]!.file, 'utf8')).toBe(':START_ID,:END_ID,document:string,lineStart:long\n"s1","p1","d","3"\n');
  });

  it('refuses a property holding values of two kinds, naming it', async () => {
    await expect(writeImportCsv({
      nodes: [{ id: 'a', labels: ['Theme'], props: { kind: 'x' } }, { id: 'b', labels: ['Theme'], props: { kind: 3 } }],
      relationships: [],
    }, dir)).rejects.toThrow('property kind holds both string and long values');
  });
});
