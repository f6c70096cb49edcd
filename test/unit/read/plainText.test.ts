import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceText } from '../../../src/ingest/SourceText';
import { readMinutes } from '../../../src/importer/read/readMinutes';
import { readPlainTextBlocks } from '../../../src/importer/read/readPlainText';
import { expectQuotable, summary } from './fixtures/blockAssertions';

// Lines of the PDF-to-text record of the PSSDC meeting of 24 September 2020 (seeds/minutes/sources/).
const PSSDC_OPENING = [
  '  RÉUNION VIRTUELLE DU CONSEIL DE LA PRESTATION DES SERVICES DU SECTEUR ',
  'PUBLIC (CPSSP) ',
  '',
  'Le 24 septembre 2020 ',
  ' ',
  '',
  'Compte rendu des décisions v2 ',
  '',
  'QUESTIONS ADMINISTRATIVES  ',
  ' ',
  'A) Approbation du compte rendu des décisions de la réunion en personne du 26 février 2020 du CPSSP à Toronto.   ',
  '',
  'Décision no 1 :  ',
  '',
  'Le compte rendu des ',
  'décisions de la réunion du ',
  '26 février 2020 du CPSSP ',
];

const PSSDC_DISCUSSION = [
  'important pour l’avenir.  ',
  ' ',
  'Discussion des membres : ',
  ' ',
  '• Mark Burns se demande s’il y a un point de départ pour tenter de résoudre les nombreuses questions soulevées. Il y a ',
  'tant de défis et de niveaux de complexité et il peut être difficile de les décortiquer. Quelle est la première étape sur la ',
  'la prestation de services complexes dans ce contexte? ',
  'groupes de travail ou des ',
  ' • Centres de contact ',
  '• Intelligence artificielle dans la prestation de services ',
];

describe('readPlainTextBlocks', () => {
  it('reads capitals titles, paragraphs, lettered items and labels of a PDF-to-text record', () => {
    expect(readPlainTextBlocks(PSSDC_OPENING)).toEqual([
      { kind: 'heading', level: 1, text: 'RÉUNION VIRTUELLE DU CONSEIL DE LA PRESTATION DES SERVICES DU SECTEUR PUBLIC (CPSSP)', lines: [1, 2] },
      { kind: 'paragraph', text: 'Le 24 septembre 2020', lines: [4, 4] },
      { kind: 'paragraph', text: 'Compte rendu des décisions v2', lines: [7, 7] },
      { kind: 'heading', level: 1, text: 'QUESTIONS ADMINISTRATIVES', lines: [9, 9] },
      {
        kind: 'listItem', depth: 0, ordered: true, marker: 'A)', lines: [11, 11],
        text: 'Approbation du compte rendu des décisions de la réunion en personne du 26 février 2020 du CPSSP à Toronto.',
      },
      { kind: 'heading', level: 2, text: 'Décision no 1 :', lines: [13, 13] },
      { kind: 'paragraph', text: 'Le compte rendu des décisions de la réunion du 26 février 2020 du CPSSP', lines: [15, 17] },
    ]);
  });

  it('continues a bullet over its wrapped lines, and a bullet interrupts a paragraph', () => {
    const blocks = readPlainTextBlocks(PSSDC_DISCUSSION);
    expect(blocks.map((block) => [block.kind, block.lines])).toEqual([
      ['paragraph', [1, 1]],
      ['heading', [3, 3]],
      ['listItem', [5, 8]],
      ['listItem', [9, 9]],
      ['listItem', [10, 10]],
    ]);
    expect(blocks[2]).toMatchObject({ depth: 0, marker: '•', text: expect.stringMatching(/^Mark Burns se demande .* groupes de travail ou des$/) });
    // One column of jitter (` • Centres`) is not a deeper level.
    expect(blocks.slice(3).map((block) => block.kind === 'listItem' && block.depth)).toEqual([0, 0]);
  });

  it('nests items by indentation and reads numbered capitals as headings at any position', () => {
    const lines = [
      'Present:',
      'Jane Doe, Ontario',
      'Decisions were taken on the following',
      '1. RECORD OF DECISIONS',
      '2.1 NEXT MEETING',
      '1. Approve the agenda',
      '    - as amended',
      '        * by Ontario',
      '    - with thanks',
      'a) Second point',
    ];
    expect(readPlainTextBlocks(lines).map(summary)).toEqual([
      'heading 2 Present:',
      'paragraph Jane Doe, Ontario Decisions were taken on the following',
      'heading 1 1. RECORD OF DECISIONS',
      'heading 2 2.1 NEXT MEETING',
      'listItem 0 1. Approve the agenda',
      'listItem 1 - as amended',
      'listItem 2 * by Ontario',
      'listItem 1 - with thanks',
      'listItem 0 a) Second point',
    ]);
  });

  it('does not take an initial, a wrapped sentence ending with a colon, a long label or a count for structure', () => {
    const lines = [
      'J. Smith opened the meeting and said that the council',
      'would consider the following:',
      '',
      'The council then made these decisions:',
      '',
      'The secretariat welcomed',
      '3 ISAC',
    ];
    expect(readPlainTextBlocks(lines).map(summary)).toEqual([
      'paragraph J. Smith opened the meeting and said that the council would consider the following:',
      'paragraph The council then made these decisions:',
      'paragraph The secretariat welcomed 3 ISAC',
    ]);
  });
});

describe('readMinutes on plain text', () => {
  it('keeps the file as the source text, BOM stripped, and every block is quotable from its lines', async () => {
    const path = join(__dirname, '../../../seeds/minutes/sources/2020-09-24-cpssp-compte-rendu-des-decisions.fr.txt');
    const bytes = readFileSync(path);
    const document = await readMinutes({ name: path, bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) });
    expect(document.source.format).toBe('text');
    expect(document.source.text).toBe(bytes.toString('utf8'));
    expect(document.source.lines).toHaveLength(new SourceText(bytes.toString('utf8')).lineCount);
    expectQuotable(document);
    expect(document.blocks.filter((block) => block.kind === 'listItem').length).toBeGreaterThan(40);
  });
});
