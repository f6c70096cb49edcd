import type { Block } from '../../read/types';
import { foldWhitespace } from '../text/words';
import { lookUpListLabel } from './headingLexicon';

/**
 * An attendance table whose columns are kinds of attendee, as Word and HTML minutes lay it out:
 *
 *     | Committee members          | Staff                      | Guests              |
 *     | Dana Whitcombe (Chair)     | Tomasz Brodeur, Registrar  | Marcus Thiessen, …  |
 *     | Priya Venkataraman         | Aisha Okonkwo, …           |                     |
 *
 * Every cell of the first row is a people label, so each column is read as that label heading one
 * paragraph per line of its cells (cells of several lines keep them as tab-separated source lines).
 * Other blocks pass through unchanged.
 */
export function splitCategoryHeaderTables(blocks: Block[], source: string[]): Block[] {
  const out: Block[] = [];
  let level = 0;
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    if (block.kind === 'heading') level = block.level;
    const labels = block.kind === 'tableRow' ? categoryLabels(block.cells) : null;
    if (!labels) {
      out.push(block);
      continue;
    }
    const rows: Block[] = [];
    while (blocks[index + 1]?.kind === 'tableRow' && !categoryLabels((blocks[index + 1] as { cells: string[] }).cells)) rows.push(blocks[++index]!);
    if (rows.length === 0) {
      out.push(block);
      continue;
    }
    labels.forEach((label, column) => {
      const line = block.lines[0];
      out.push({ kind: 'heading', level: level + 1, text: `${label}:`, lines: [line, line] });
      for (const row of rows) {
        for (let number = row.lines[0]; number <= row.lines[1]; number += 1) {
          const text = foldWhitespace((source[number - 1] ?? '').split('\t')[column] ?? '');
          if (text !== '') out.push({ kind: 'paragraph', text, lines: [number, number] });
        }
      }
    });
  }
  return out;
}

/** The row's labels when it has at least two cells and each is a people label ("Staff", "Regrets"), else null. */
function categoryLabels(cells: string[]): string[] | null {
  const labels = cells.map((cell) => foldWhitespace(cell).replace(/\s*:$/u, ''));
  if (labels.length < 2) return null;
  const people = labels.every((label) => {
    const meaning = label === '' ? null : lookUpListLabel(`${label}:`);
    return meaning !== null && (meaning.kind === 'attendance' || meaning.kind === 'regrets');
  });
  return people ? labels : null;
}
