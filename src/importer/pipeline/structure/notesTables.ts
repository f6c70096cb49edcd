import type { Block } from '../../read/types';
import { isTaskHeaderRow } from '../patterns/taskFields';
import { wordCount } from '../text/words';

/**
 * "| Discussion Point | Notes | Actions |": a table that records the meeting item by item. Its rows
 * are read as the text they hold — the notes as a paragraph, an action cell as an action line, a
 * decision cell as a decision line — so the rules for running minutes read them; the topic cell only
 * names the item. A follow-up register ("Action | Owner | Due") is no such table.
 */
type NotesColumn = 'topic' | 'notes' | 'action' | 'decision';

const COLUMNS: [NotesColumn, RegExp][] = [
  ['topic', /^(?:discussion points?|(?:agenda )?items?|topics?|subjects?|sujets?|points?|point de l['’]ordre du jour|objet|thèmes?)$/iu],
  ['action', /^(?:actions?|action items?|next steps|follow-?ups?|suivis?|mesures de suivi|à faire|prochaines étapes)\b/iu],
  ['decision', /^(?:decisions?|outcomes?|résolutions?|décisions?|résultats?)\b/iu],
  ['notes', /^(?:notes?|discussion|minutes|summary|comments?|compte rendu|échanges|discussions?|résumé|commentaires?)\b/iu],
];

function columnOf(cell: string): NotesColumn | null {
  return COLUMNS.find(([, pattern]) => pattern.test(cell.trim().replace(/[\s:*]+$/u, '')))?.[0] ?? null;
}

function notesColumns(row: Block): (NotesColumn | null)[] | null {
  if (row.kind !== 'tableRow' || isTaskHeaderRow(row.cells)) return null;
  const columns = row.cells.map(columnOf);
  return columns.includes('notes') && columns.every((column) => column !== null) ? columns : null;
}

const LABELS: Record<'action' | 'decision', RegExp> = { action: /^(?:actions?|action items?)\s*:/iu, decision: /^(?:decisions?|décisions?)\s*:/iu };

function rowBlocks(row: Extract<Block, { kind: 'tableRow' }>, columns: (NotesColumn | null)[]): Block[] {
  return row.cells.flatMap((cell, index): Block[] => {
    const text = cell.trim();
    const column = columns[index];
    if (text === '' || column === 'topic' || column === null || column === undefined) return [];
    if (column === 'notes') return [{ kind: 'paragraph', text, lines: row.lines }];
    // ("Ruth to draft …" in the Actions column: an action line, as "Action: Ruth to draft …" would be.)
    const labelled = LABELS[column].test(text) ? text : `${column === 'action' ? 'Action' : 'Decision'}: ${text}`;
    return [{ kind: 'paragraph', text: labelled, lines: row.lines }];
  });
}

/** The blocks with every notes table's rows read as paragraphs (other blocks as they are). */
export function readNotesTables(blocks: Block[]): Block[] {
  let columns: (NotesColumn | null)[] | null = null;
  const rows = blocks.map((block, index) => {
    if (block.kind !== 'tableRow') {
      columns = null;
      return [block];
    }
    if (blocks[index - 1]?.kind !== 'tableRow') columns = notesColumns(block);
    if (!columns) return [block];
    return block.header || blocks[index - 1]?.kind !== 'tableRow' ? [] : rowBlocks(block, columns);
  });
  // Only a table whose notes run to sentences records the meeting; a short "Notes" column stays a table.
  const sentences = blocks.some((block, index) => block.kind === 'tableRow' && rows[index]?.some((read) => read.kind === 'paragraph' && wordCount(read.text) >= 12));
  return sentences ? rows.flat() : blocks;
}

/** Whether the blocks hold a table that records the meeting item by item (one `readNotesTables` would read). */
export function holdsNotesTable(blocks: Block[]): boolean {
  return readNotesTables(blocks) !== blocks;
}
