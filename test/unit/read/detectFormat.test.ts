import { detectFormat } from '../../../src/importer/read/detectFormat';
import { readMinutes } from '../../../src/importer/read/readMinutes';
import { ReadError } from '../../../src/importer/read/ReadError';

const file = (name: string, content: string | Buffer) => ({ name, bytes: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8') });

describe('detectFormat', () => {
  it.each([
    ['minutes.txt', '# not markdown: the extension decides', 'text'],
    ['minutes.MD', 'plain words', 'markdown'],
    ['minutes.htm', 'Le 24 septembre 2020', 'html'],
    ['minutes', '<html><body><p>x</p></body></html>', 'html'],
    ['minutes', '## Agenda\n1. Welcome', 'markdown'],
    ['minutes', 'Attendees\n* Jane Doe', 'markdown'],
    ['minutes', 'Présence\n• Catherine Bennett', 'text'],
    ['minutes.txt', '%PDF-1.7\n%âãÏÓ', 'pdf'],
  ] as const)('%s %j → %s', (name, content, expected) => {
    expect(detectFormat(file(name, content))).toBe(expected);
  });
});

describe('readMinutes on bad input', () => {
  it.each([
    ['minutes.pdf', 'Le 24 septembre 2020', 'minutes.pdf: not a PDF (no %PDF header)'],
    ['minutes.docx', 'Le 24 septembre 2020', 'minutes.docx: not a Word document (not a zip archive)'],
    ['minutes.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'minutes.doc: legacy Word .doc (or another OLE file) is not supported; save it as .docx or PDF'],
    ['minutes.txt', Buffer.alloc(0), 'minutes.txt: empty file'],
    ['minutes.txt', Buffer.from('R\xe9union du 24 septembre', 'latin1'), 'minutes.txt: not UTF-8 text (convert it to UTF-8 first)'],
    ['minutes.txt', Buffer.from('abc\u0000def', 'utf8'), 'minutes.txt: binary content (NUL bytes) where text was expected'],
  ])('%s → %s', async (name, content, message) => {
    const reading = readMinutes(file(name, content));
    await expect(reading).rejects.toThrow(ReadError);
    await expect(reading).rejects.toThrow(message);
  });

  it('names the file and the reason on the error', async () => {
    const error = await readMinutes(file('minutes.pdf', 'x')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'ReadError', file: 'minutes.pdf', reason: 'not a PDF (no %PDF header)' });
  });
});
