import type { Block } from '../../read/types';
import { foldKey, foldWhitespace, plainLine } from './words';

/** Text of a block for the rules (a table row as its cells). */
export function blockText(block: Block): string {
  return block.kind === 'tableRow' ? block.cells.join(', ') : block.text;
}

/**
 * The source line where a sentence of the block starts: the first line of the block whose text
 * holds the sentence's opening words (inline markup and list markers ignored); else the block's first.
 */
export function lineOfSentence(block: Block, sentence: string, source: string[]): number {
  const opening = foldKey(sentence).slice(0, 24);
  for (let line = block.lines[0]; line <= block.lines[1]; line += 1) {
    if (foldKey(plainLine(source[line - 1] ?? '')).includes(opening)) return line;
  }
  const words = foldKey(sentence).split(' ').slice(0, 3).join(' ');
  for (let line = block.lines[0]; line <= block.lines[1]; line += 1) {
    if (foldKey(plainLine(source[line - 1] ?? '')).includes(words)) return line;
  }
  return block.lines[0];
}

/** Blocks' text joined as one quote. */
export function joinedText(blocks: Block[]): string {
  return foldWhitespace(blocks.map(blockText).join(' '));
}
