import type { Block } from '../../read/types';
import type { ExtractedAction } from '../types';
import { ownersOf } from '../patterns/assignments';
import { type TaskColumns, readTaskFields, rowFields, taskColumns } from '../patterns/taskFields';
import { blockText } from '../text/sourceLines';
import { foldWhitespace, wordRegExp } from '../text/words';

export { type TaskColumns, taskColumns };

/**
 * Action items written as fields or groups rather than sentences: "Who: / What: / When:" lines
 * (one block each, or one block), "Responsable : X — Échéance : date" with the task below, rows of
 * a Who | What | When table, and a parent entry naming the owners of its sub-entries ("Working
 * group members to:"). Also what an action list holds that is no task (a ticked checkbox, "Next
 * meeting: …").
 */

const FIELD_LINE = /^\p{L}[\p{L}'’]*(?:\s\p{L}[\p{L}'’]*){0,2}\s?:/u;

/** The task whose fields open at `index` and run over the following labelled blocks, or null. */
export function fieldedTask(blocks: Block[], index: number): { action: ExtractedAction; last: number } | null {
  const first = blocks[index] as Block;
  if (first.kind !== 'paragraph' && first.kind !== 'listItem') return null;
  if (!readTaskFields(blockText(first))) return null;
  let last = index;
  // "What:" and "When:" cut into blocks of their own by the label rule, and a task line under the fields.
  while (last + 1 < blocks.length && isFieldContinuation(blocks, index, last + 1)) last += 1;
  const parts = blocks.slice(index, last + 1);
  const text = foldWhitespace(parts.map(blockText).join(' '));
  const fields = readTaskFields(fieldText(parts));
  if (!fields || (fields.task === null && fields.owners.length === 0)) return null;
  const lines: [number, number] = [first.lines[0], (blocks[last] as Block).lines[1]];
  return { action: { text: fields.task ?? text, owners: fields.owners, due: fields.due, lines, quote: text }, last };
}

function isFieldContinuation(blocks: Block[], start: number, index: number): boolean {
  const block = blocks[index] as Block;
  if (block.kind !== 'paragraph' || block.lines[0] !== (blocks[index - 1] as Block).lines[1] + 1) return false;
  const before = readTaskFields(fieldText(blocks.slice(start, index)));
  if (!FIELD_LINE.test(blockText(block))) return before?.task === null;
  const fields = readTaskFields(fieldText(blocks.slice(start, index + 1)));
  // A field line belongs to the task when it adds a field the lines above did not give.
  return fields !== null && (fields.task !== before?.task || fields.due !== before?.due);
}

/** Blocks of fields read as one text, each block a field ("Who: Leon — What: …"). */
function fieldText(blocks: Block[]): string {
  return blocks.map((block) => foldWhitespace(blockText(block))).join(' — ');
}

/** A row of a follow-up table read by its Who / What / When columns. */
export function tableRowAction(block: Extract<Block, { kind: 'tableRow' }>, columns: TaskColumns): ExtractedAction {
  const fields = rowFields(block.cells, columns);
  const text = block.cells.join(', ');
  return { text: fields.task ?? text, owners: fields.owners, due: fields.due, lines: block.lines, quote: text };
}

// "Working group members to:", "Co-chairs will:", "Les membres doivent :" — owners of the entries below.
const GROUP_HEAD = wordRegExp(String.raw`^(\p{Lu}[^:]{0,60}?)\s+(?:to|will|should|must|are to|doivent|devront|vont)\s*:$`, 'u');

export function groupOwnersOf(text: string): string[] | null {
  const actor = GROUP_HEAD.exec(text.trim())?.[1];
  const owners = actor ? ownersOf(actor) : [];
  return owners.length > 0 ? owners : null;
}

const TICKED = /^\s*(?:[-*+]\s+)?\[[xX✓]\]\s+/u;
const NEXT_MEETING = wordRegExp(String.raw`^(?:Next meeting|Prochaine (?:rencontre|réunion|séance|assemblée))\b`, 'iu');

/** A done checkbox ("- [x] …") or the next meeting's date: listed among follow-ups, not a task. */
export function isNotATask(block: Block, source: string[]): boolean {
  if (block.kind === 'tableRow') return false;
  return TICKED.test(source[block.lines[0] - 1] ?? '') || NEXT_MEETING.test(blockText(block)) || isDone(blockText(block));
}

// "Saskatchewan to share its report – Done", "… — Terminé": a follow-up reported done is no open task.
const DONE = /\s[-–—:|(]\s*(?:done|completed?|closed|terminée?|réalisée?|complétée?|fait)\b[^–—-]{0,40}\)?\.?$/iu;

/** A task line whose status says it is done. */
export function isDone(text: string): boolean {
  return DONE.test(text);
}
