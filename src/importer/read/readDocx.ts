import mammoth from 'mammoth';
import { readHtmlDocument } from './readHtml';
import { ReadError, describeCause } from './ReadError';
import { sourceFromLines } from './sourceText';
import type { MinutesFile, ReadDocument } from './types';

/**
 * A Word document converted by mammoth to HTML (headings from the Heading styles, lists from Word
 * numbering, tables, bold), then read as HTML: its extracted text is the source.
 */
export async function readDocx(file: MinutesFile): Promise<ReadDocument> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: file.bytes })).value;
  } catch (error) {
    throw new ReadError(file.name, `Word document could not be read (${describeCause(error)})`, { cause: error });
  }
  const { lines, blocks } = readHtmlDocument(html);
  return { source: sourceFromLines('docx', lines), blocks };
}
