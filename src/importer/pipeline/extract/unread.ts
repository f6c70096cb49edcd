import type { LineRange } from '../../read/types';
import type { Extraction, Section, SectionKind, StructuredDocument, Unread } from '../types';

const REASON: Record<SectionKind, string> = {
  header: 'header line that is neither the title nor the date (place, time, links)',
  attendance: 'in an attendance list but not a name entry',
  regrets: 'in a regrets list but not a name entry',
  agenda: 'agenda topic: the agenda itself records no fact',
  decisions: 'in a decisions section but read as no decision',
  actions: 'in an action list but read as no action item',
  discussion: 'discussion text: no decision, action item or statement was read in it',
  other: 'section no rule fits (unknown heading, no readable content)',
};

/**
 * Every non-blank source line that no extracted item covers and that is not a heading, the title
 * or the date, grouped into ranges of consecutive lines with one reason (blank lines do not break
 * a range). Lines outside every block (markup only, such as table rules) are ignored.
 */
export function findUnread(doc: StructuredDocument, extraction: Omit<Extraction, 'unread'>, read: { headerLines: number[]; defeated: LineRange[] }): Unread[] {
  const source = doc.read.source.lines;
  const covered = new Set<number>(read.headerLines);
  const cover = ([first, last]: LineRange) => {
    for (let line = first; line <= last; line += 1) covered.add(line);
  };
  [...extraction.attendance, ...extraction.decisions, ...extraction.actionItems, ...extraction.statements].forEach((item) => cover(item.lines));
  const reasons = new Map<number, string>();
  for (const section of doc.sections) {
    if (section.heading) cover(section.heading.lines);
    for (const block of section.blocks) {
      for (let line = block.lines[0]; line <= block.lines[1]; line += 1) reasons.set(line, reasonFor(section, block.kind));
    }
  }
  read.defeated.forEach(([first, last]) => {
    for (let line = first; line <= last; line += 1) reasons.set(line, 'motion defeated or withdrawn: read, and not a decision');
  });
  return group(source, covered, reasons);
}

function reasonFor(section: Section, blockKind: string): string {
  if (blockKind === 'heading') return 'sub-heading';
  const heading = section.kind !== 'header' && section.heading && 'text' in section.heading ? ` (under "${section.heading.text}")` : '';
  return `${REASON[section.kind]}${heading}`;
}

function group(source: string[], covered: Set<number>, reasons: Map<number, string>): Unread[] {
  const unread: Unread[] = [];
  let open: Unread | null = null;
  source.forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    const reason = covered.has(line) ? undefined : reasons.get(line);
    if (reason === undefined) {
      open = null;
      return;
    }
    if (open && open.reason === reason) open.lines = [open.lines[0], line];
    else unread.push((open = { lines: [line, line], reason }));
  });
  return unread;
}
