import { layoutPdfLines } from './pdfLines';
import { extractPdfTextItems, PdfExtractionError } from './pdfTextItems';
import { readPlainTextBlocks } from './readPlainText';
import { ReadError } from './ReadError';
import { sourceFromLines } from './sourceText';
import type { MinutesFile, ReadDocument } from './types';

/**
 * A PDF read as its laid-out text (see layoutPdfLines), then as plain text. A PDF without any text
 * (a scan) is an error: it needs OCR first, and empty minutes would only mislead later stages.
 */
export async function readPdf(file: MinutesFile): Promise<ReadDocument> {
  let lines: string[];
  try {
    lines = layoutPdfLines(await extractPdfTextItems(file.bytes));
  } catch (error) {
    if (error instanceof PdfExtractionError) throw new ReadError(file.name, pdfReason(error), { cause: error });
    throw error;
  }
  if (lines.every((line) => line.trim() === '')) throw new ReadError(file.name, 'PDF has no text layer (a scan? run OCR first)');
  const source = sourceFromLines('pdf', lines);
  return { source, blocks: readPlainTextBlocks(source.lines) };
}

function pdfReason(error: PdfExtractionError): string {
  if (error.kind === 'PasswordException') return 'PDF is password-protected';
  if (error.kind === 'Timeout') return `PDF could not be read in time (${error.message})`;
  return `PDF could not be read (${error.message})`;
}
