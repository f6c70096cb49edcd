import type { Block } from '../../read/types';
import { foldWhitespace } from '../text/words';
import { lookUpHeading } from './headingLexicon';

/**
 * A people table laid out as text (a PDF or Word table): people labels without colons in the left
 * column, one entry a line in the right one. A label set in a merged cell sits in the middle of its
 * rows, as PDF tables centre it:
 *
 *                              Margaret Osei, Chair
 *     Board Members Present    Hugh Castellanos
 *                              Ingrid Vollmer
 *     Regrets                  Robert Quinlan-Hayes
 *
 * When the first entry comes before the first label, each label heads the rows it is centred on
 * (each group ends as far below its label as it starts above it); otherwise each label heads its
 * own row and the rows below it. Null unless every left-column text is a people label.
 */
export function splitLabelTable(block: Block, source: string[], level: number): Block[] | null {
  if (block.kind !== 'paragraph' || block.lines[0] === block.lines[1]) return null;
  const [first, last] = block.lines;
  const rows: TableRow[] = [];
  for (let number = first; number <= last; number += 1) {
    const line = source[number - 1] ?? '';
    if (line.trim() === '') continue;
    if (/^\s{4,}\S/u.test(line)) {
      rows.push({ number, label: null, value: foldWhitespace(line) });
      continue;
    }
    const labelled = labelAndValue(line.trim()) ?? fieldAndValue(line.trim());
    if (!labelled) return null;
    rows.push({ ...labelled, number });
  }
  if (!rows.some((row) => row.label !== null && !row.field)) return null;
  // "Attendance" over the table: a title row, not a label of the rows below.
  const title = rows[0]?.label !== null && rows[0]?.value === '' && rows[1]?.label === null ? rows.shift() : undefined;
  const labels = rows.filter((row) => row.label !== null);
  if (labels.length < 2 || rows.length === labels.length) return null;
  const centred = centredGroups(rows);
  // "Regular Council Meeting Minutes" over "Date:", "Location:" and the attendance set in the middle of their cells: a title above the table.
  const below = !centred && rows[0]?.label === null ? centredGroups(rows.slice(1)) : null;
  const groups = (rows[0]?.label === null || centred?.some(isCentred) ? centred : null) ?? (below?.some(isCentred) ? below : null) ?? topAlignedGroups(rows);
  const heading = title ? [{ kind: 'heading' as const, level, text: title.label ?? '', lines: [title.number, title.number] as [number, number] }] : [];
  const above = groups === below && rows[0] ? [{ kind: 'paragraph' as const, text: rows[0].value, lines: [rows[0].number, rows[0].number] as [number, number] }] : [];
  return [...heading, ...above, ...groups.flatMap(({ label, members }): Block[] => label.field ? [fieldParagraph(label, members)] : [
    { kind: 'heading' as const, level, text: label.label ?? '', lines: [label.number, label.number] as [number, number] },
    ...members.filter((row) => row.value !== '').map((row) => ({ kind: 'paragraph' as const, text: row.value, lines: [row.number, row.number] as [number, number] })),
  ])];
}

/** "Location:" centred on "Council Chambers, …" over "and Electronic Participation": one paragraph, the label first. */
function fieldParagraph(label: TableRow, members: TableRow[]): Block {
  const text = foldWhitespace(`${label.label ?? ''} ${members.map((row) => row.value).join(' ')}`);
  return { kind: 'paragraph', text, lines: [members[0]?.number ?? label.number, members[members.length - 1]?.number ?? label.number] };
}

/** A label alone on its line between rows of its own, above and below it: set in the middle of a merged cell. */
function isCentred({ label, members }: LabelGroup): boolean {
  return label.value === '' && members[0] !== label && members[members.length - 1] !== label;
}

// "Date:      Tuesday, October 14, 2025", "Location:": a field of the meeting's header, set in the same table.
function fieldAndValue(line: string): TableRow | null {
  const field = /^(\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,2}\s?:)\s*(.*)$/u.exec(line);
  return field ? { number: 0, label: field[1] ?? '', value: foldWhitespace(field[2] ?? ''), field: true } : null;
}

/**
 * A left-column people label and the entry beside it ("Regrets                 Robert Quinlan-Hayes",
 * "Board Members Present Hugh Castellanos" where the text layout kept one space), or null.
 */
function labelAndValue(line: string): { label: string; value: string } | null {
  const isLabel = (text: string) => {
    const meaning = lookUpHeading(`${text}:`, true);
    return meaning !== null && (meaning.kind === 'attendance' || meaning.kind === 'regrets');
  };
  const gap = /^(\S.*?)\s{2,}(\S.*)$/u.exec(line);
  if (gap && isLabel(gap[1] ?? '')) return { label: gap[1] ?? '', value: foldWhitespace(gap[2] ?? '') };
  const words = line.split(/\s+/u);
  for (let count = Math.min(words.length, 5); count >= 1; count -= 1) {
    const label = words.slice(0, count).join(' ');
    if (isLabel(label)) return { label, value: words.slice(count).join(' ') };
  }
  return null;
}

type TableRow = { number: number; label: string | null; value: string; field?: boolean };
type LabelGroup = { label: TableRow; members: TableRow[] };

function topAlignedGroups(rows: TableRow[]): LabelGroup[] {
  const groups: LabelGroup[] = [];
  for (const row of rows) {
    if (row.label !== null) groups.push({ label: row, members: [row] });
    else groups[groups.length - 1]?.members.push(row);
  }
  return groups;
}

/** Groups whose label is on their middle row; null when the rows do not fit that layout. */
function centredGroups(rows: TableRow[]): LabelGroup[] | null {
  const groups: LabelGroup[] = [];
  let start = 0;
  while (start < rows.length) {
    const labelIndex = rows.findIndex((row, index) => index >= start && row.label !== null);
    if (labelIndex < 0) {
      // Rows after the last group: under a label centred on fewer rows than it heads, they are its.
      groups[groups.length - 1]?.members.push(...rows.slice(start));
      break;
    }
    const end = Math.min(rows.length - 1, 2 * labelIndex - start);
    const nextLabel = rows.findIndex((row, index) => index > labelIndex && row.label !== null);
    if (nextLabel >= 0 && end >= nextLabel) return null;
    // A label alone on its line heads rows: centred on none, it is no centred layout.
    if (rows[labelIndex]?.value === '' && end === labelIndex) return null;
    groups.push({ label: rows[labelIndex] as TableRow, members: rows.slice(start, end + 1) });
    start = end + 1;
  }
  return groups;
}

