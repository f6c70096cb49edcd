import { extname } from 'node:path';
import { ReadError } from './ReadError';
import type { MinutesFile, SourceFormat } from './types';

const BY_EXTENSION: Record<string, SourceFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.pdf': 'pdf', '.docx': 'docx',
};

/**
 * The format of a minutes file. Binary signatures win over the extension (a PDF named `.txt` is a
 * PDF); a `.pdf` or `.docx` without its signature is an error rather than a guess. Otherwise the
 * extension decides, and for an unknown one the content: HTML if it opens like a page, markdown if
 * it has `#` headings or list markers, else plain text.
 */
export function detectFormat(file: MinutesFile): SourceFormat {
  const extension = extname(file.name).toLowerCase();
  const claimed = BY_EXTENSION[extension];
  const head = file.bytes.subarray(0, 1024).toString('latin1');
  if (file.bytes.length === 0) throw new ReadError(file.name, 'empty file');
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) {
    if (file.bytes.includes('word/document.xml')) return 'docx';
    throw new ReadError(file.name, 'not a Word document (a zip archive without word/document.xml)');
  }
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0')) {
    throw new ReadError(file.name, 'legacy Word .doc (or another OLE file) is not supported; save it as .docx or PDF');
  }
  if (claimed === 'pdf') throw new ReadError(file.name, 'not a PDF (no %PDF header)');
  if (claimed === 'docx') throw new ReadError(file.name, 'not a Word document (not a zip archive)');
  if (claimed) return claimed;
  const text = file.bytes.subarray(0, 4096).toString('utf8');
  if (/^\s*(<!doctype html|<html[\s>])/i.test(text.replace(/^\uFEFF/, ''))) return 'html';
  if (/^#{1,6}\s+\S/m.test(text) || /^ {0,3}[*+-]\s+\S/m.test(text)) return 'markdown';
  return 'text';
}
