import { readMinutes } from '../../../src/importer/read/readMinutes';
import { expectQuotable, summary } from './fixtures/blockAssertions';
import { minimalDocx, word } from './fixtures/minimalDocx';

describe('readMinutes on Word .docx', () => {
  it('reads headings, bold labels, bullets by level and tables through mammoth', async () => {
    const docx = minimalDocx([
      word.heading(1, 'Open Source Advisory Board Meeting'),
      word.paragraph('May 16, 2018, 9:30-11am'),
      word.paragraph('Attendees', true),
      word.bullet(0, 'Richard Seguin, Redhat'),
      word.bullet(1, 'Shermineh can help with this'),
      word.bullet(0, 'Stacey Williams, TBS'),
      word.heading(2, 'Discoverability & collaboration'),
      word.table([['Type of Source Code', 'Team'], ['(1) Open Source', 'X']]),
    ].join(''));
    const document = await readMinutes({ name: 'minutes.docx', bytes: docx });
    expect(document.source.format).toBe('docx');
    expect(document.blocks.map((block) => [summary(block), block.lines])).toEqual([
      ['heading 1 Open Source Advisory Board Meeting', [1, 1]],
      ['paragraph May 16, 2018, 9:30-11am', [3, 3]],
      ['heading 2 Attendees', [5, 5]],
      ['listItem 0 • Richard Seguin, Redhat', [7, 7]],
      ['listItem 1 • Shermineh can help with this', [8, 8]],
      ['listItem 0 • Stacey Williams, TBS', [9, 9]],
      ['heading 2 Discoverability & collaboration', [11, 11]],
      ['tableRow Type of Source Code|Team', [13, 13]],
      ['tableRow (1) Open Source|X', [14, 14]],
    ]);
    expectQuotable(document);
  });

  it('rejects a zip that is not a Word document, and a damaged one, naming the file', async () => {
    const notWord = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(40)]);
    await expect(readMinutes({ name: 'minutes.docx', bytes: notWord })).rejects.toThrow(
      'minutes.docx: not a Word document (a zip archive without word/document.xml)',
    );
    const whole = minimalDocx(word.paragraph('x'));
    const truncated = whole.subarray(0, whole.length - 40); // the zip's central directory is cut off
    await expect(readMinutes({ name: 'cut.docx', bytes: truncated })).rejects.toThrow(/^cut\.docx: Word document could not be read \(/);
  });
});
