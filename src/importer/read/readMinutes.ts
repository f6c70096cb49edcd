import { detectFormat } from './detectFormat';
import { readDocx } from './readDocx';
import { readHtmlDocument } from './readHtml';
import { readMarkdownBlocks } from './readMarkdown';
import { readPdf } from './readPdf';
import { readPlainTextBlocks } from './readPlainText';
import { ReadError, describeCause } from './ReadError';
import { decodeUtf8, sourceFromLines, sourceFromText } from './sourceText';
import type { MinutesFile, ReadDocument, SourceFormat } from './types';

/**
 * READ stage: a minutes file (text, markdown, HTML, PDF, Word .docx) as blocks over one source
 * text. For text and markdown the source is the file itself; for the other formats it is the
 * extracted plain text, which the importer writes beside the draft. Rejects only with a ReadError
 * naming the file and what could not be read.
 */
export async function readMinutes(file: MinutesFile): Promise<ReadDocument> {
  const format = detectFormat(file);
  try {
    return await readAs(format, file);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(file.name, `${format} could not be read (${describeCause(error)})`, { cause: error });
  }
}

async function readAs(format: SourceFormat, file: MinutesFile): Promise<ReadDocument> {
  switch (format) {
    case 'pdf':
      return readPdf(file);
    case 'docx':
      return readDocx(file);
    case 'html': {
      const { lines, blocks } = readHtmlDocument(decodeText(file));
      return { source: sourceFromLines('html', lines), blocks };
    }
    case 'markdown': {
      const source = sourceFromText('markdown', decodeText(file));
      return { source, blocks: readMarkdownBlocks(source.lines) };
    }
    case 'text': {
      const source = sourceFromText('text', decodeText(file));
      return { source, blocks: readPlainTextBlocks(source.lines) };
    }
  }
}

function decodeText(file: MinutesFile): string {
  const text = decodeUtf8(file.bytes);
  if (text === null) throw new ReadError(file.name, 'not UTF-8 text (convert it to UTF-8 first)');
  if (text.includes('\u0000')) throw new ReadError(file.name, 'binary content (NUL bytes) where text was expected');
  return text;
}
