import { layoutPdfLines } from '../../../src/importer/read/pdfLines';
import { readMinutes } from '../../../src/importer/read/readMinutes';
import { ReadError } from '../../../src/importer/read/ReadError';
import { expectQuotable, summary } from './fixtures/blockAssertions';
import { minimalPdf } from './fixtures/minimalPdf';

// A record laid out like the PSSDC minutes: a capitals title, a date, a wrapped bullet with a
// nested one, and a two-column row (discussion on the left, decision on the right); two pages.
const RECORD = minimalPdf([
  [
    { x: 72, y: 720, text: 'COMPTE RENDU DES DÉCISIONS', size: 14 },
    { x: 72, y: 700, text: 'Le 24 septembre 2020' },
    { x: 72, y: 670, text: '• Mark Burns se demande s’il y a un point de départ' },
    { x: 84, y: 656, text: 'pour tenter de résoudre les questions soulevées.' },
    { x: 96, y: 642, text: '• Centres de contact' },
    { x: 72, y: 610, text: 'Le compte rendu est adopté.' },
    { x: 400, y: 610, text: 'Décision no 1 :' },
  ],
  [{ x: 72, y: 720, text: 'QUESTIONS ADMINISTRATIVES' }],
]);

describe('readMinutes on PDF', () => {
  it('reconstructs lines from item positions and reads them as plain text', async () => {
    const document = await readMinutes({ name: 'minutes.pdf', bytes: RECORD });
    expect(document.source.format).toBe('pdf');
    expect(document.source.lines.map((line) => line.replace(/ {2,}/g, ' ⟶ '))).toEqual([
      'COMPTE RENDU DES DÉCISIONS',
      'Le 24 septembre 2020',
      '',
      '• Mark Burns se demande s’il y a un point de départ',
      ' ⟶ pour tenter de résoudre les questions soulevées.',
      ' ⟶ • Centres de contact',
      '',
      'Le compte rendu est adopté. ⟶ Décision no 1 :',
      '',
      'QUESTIONS ADMINISTRATIVES',
      '',
    ]);
    expect(document.blocks.map((block) => [summary(block), block.lines])).toEqual([
      ['heading 1 COMPTE RENDU DES DÉCISIONS', [1, 1]],
      ['paragraph Le 24 septembre 2020', [2, 2]],
      ['listItem 0 • Mark Burns se demande s’il y a un point de départ pour tenter de résoudre les questions soulevées.', [4, 5]],
      ['listItem 1 • Centres de contact', [6, 6]],
      ['paragraph Le compte rendu est adopté. Décision no 1 :', [8, 8]],
      ['heading 1 QUESTIONS ADMINISTRATIVES', [10, 10]],
    ]);
    expectQuotable(document);
  });

  it('detects a PDF by its header whatever the extension', async () => {
    const document = await readMinutes({ name: 'minutes.txt', bytes: RECORD });
    expect(document.source.format).toBe('pdf');
  });

  it('rejects a damaged PDF and a PDF without text with a ReadError naming the file', async () => {
    const damaged = readMinutes({ name: 'damaged.pdf', bytes: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog', 'latin1') });
    await expect(damaged).rejects.toThrow(ReadError);
    await expect(damaged).rejects.toThrow(/^damaged\.pdf: PDF could not be read \(/);
    await expect(readMinutes({ name: 'scan.pdf', bytes: minimalPdf([[]]) })).rejects.toThrow('scan.pdf: PDF has no text layer (a scan? run OCR first)');
  });
});

describe('layoutPdfLines', () => {
  const item = (text: string, x: number, y: number, width: number) => ({ text, x, y, width, height: 10 });

  it('joins touching pieces of a word, spaces words, keeps indentation and separates pages', () => {
    const pages = [
      [item('Déci', 72, 700, 20), item('sion', 92, 700, 20), item('no 1', 115, 700.8, 20), item(' ', 135, 700, 100), item('Suivi', 300, 700, 25)],
      [item('• Point', 102, 700, 30), item('Titre', 72, 712, 25)],
    ];
    expect(layoutPdfLines(pages)).toEqual(['Décision no 1' + ' '.repeat(33) + 'Suivi', '', 'Titre', '      • Point']);
  });

  it('starts the cells of a table column under one another, whatever the width of the text before them', () => {
    const pages = [[item('Manitoba – Environnement', 72, 700, 140), item('Trevor Lindqvist', 262, 700, 80), item('Alberta', 72, 688, 35), item('Owen Featherstone', 262, 688, 85)]];
    const [first, second] = layoutPdfLines(pages);
    expect(first?.indexOf('Trevor')).toBe(second?.indexOf('Owen'));
  });
});
