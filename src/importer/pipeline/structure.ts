import type { ReadDocument } from '../read/types';
import { classifySections } from './structure/classifySections';
import { detectLanguage } from './structure/detectLanguage';
import { normalizeBlocks } from './structure/normalizeBlocks';
import { readNotesTables } from './structure/notesTables';
import { splitSections } from './structure/splitSections';
import type { StructuredDocument } from './types';

/**
 * STRUCTURE and CLASSIFY: the READ blocks cut into sections at headings (markdown headings,
 * bold-only lines, `Label:` lines, numbered agenda headings, people labels with their list on the
 * same line) and each section given a kind by its heading (bilingual lexicon) or, without a known
 * heading, by its content. The language is detected from function words when not given. Sections
 * are in reading order and cover every block once.
 */
export function structure(read: ReadDocument, language?: 'en' | 'fr'): StructuredDocument {
  const lang = language ?? detectLanguage(read.source.text);
  const blocks = normalizeBlocks(read);
  const sections = classifySections(splitSections(blocks), lang, read.source.lines)
    .map((section) => (section.kind === 'discussion' || section.kind === 'decisions' ? { ...section, blocks: readNotesTables(section.blocks) } : section));
  return { read, language: lang, sections };
}
