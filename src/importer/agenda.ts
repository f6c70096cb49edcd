import { ITEM_HEADING, SUBITEM_HEADING, type SourceLine } from './SourceLayout';
import { foldSpace } from './text';
import { type DraftItem, type ImportContext, localized } from './types';

const TAB_REFERENCE = /\s*\((?:voir\s+l['’]\s*)?(?:onglet|tab|see\s+tab)\s*\d+\)\s*/iu;

/**
 * Agenda items: numbered headings ("2. Title", "3 TITLE") in sequence, and lettered sub-items
 * ("A) Title") numbered `1.A`. When a numbered line opens with a sentence rather than a title
 * (`1. X and Y welcome the participants.`), the next line in capitals is taken as the title.
 */
export function parseAgenda(ctx: ImportContext, bodyStart: number, opensStatement: (text: string) => boolean): DraftItem[] {
  const items: DraftItem[] = [];
  let expected = 1;
  let letter = 'A';
  let pendingTitle: DraftItem | undefined;
  for (const line of ctx.lines) {
    if (line.n < bodyStart || line.kind !== 'body') continue;
    const t = line.text.trim();
    const item = ITEM_HEADING.exec(t);
    if (item && Number(item[1]) === expected) {
      const rest = item[2] as string;
      const draft = newItem(ctx, String(expected), `${ctx.meetingId}-item-${expected}`, rest, line);
      if (opensStatement(rest)) {
        draft.title = localized(ctx.language, rest);
        draft.review.push('the numbered line opens with a statement; title taken from the next line in capitals');
        pendingTitle = draft;
      }
      items.push(draft);
      expected += 1;
      letter = 'A';
      continue;
    }
    const sub = SUBITEM_HEADING.exec(t);
    const parent = items[items.length - 1];
    if (sub && parent && sub[1] === letter) {
      const top = parent.number.split('.')[0] as string;
      pendingTitle = undefined;
      items.push(newItem(ctx, `${top}.${letter}`, `${ctx.meetingId}-item-${top}${letter.toLowerCase()}`, sub[2] as string, line));
      letter = String.fromCharCode(letter.charCodeAt(0) + 1);
      continue;
    }
    if (pendingTitle && isCapitalsTitle(t)) {
      pendingTitle.title = localized(ctx.language, cleanTitle(t));
      pendingTitle.themes = ctx.tagger.tag(t);
      pendingTitle = undefined;
    }
  }
  const lastLine = ctx.lines.length;
  items.forEach((item, index) => { item.end = (items[index + 1]?.start ?? lastLine + 1) - 1; });
  return items;
}

/** A heading line in capitals ("QUESTIONS ADMINISTRATIVES"). */
export function isCapitalsTitle(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && !/[.;]$/.test(text);
}

function newItem(ctx: ImportContext, number: string, id: string, heading: string, line: SourceLine): DraftItem {
  const title = cleanTitle(heading);
  return {
    id, number, title: localized(ctx.language, title), themes: ctx.tagger.tag(title), start: line.n, end: line.n,
    hasTab: TAB_REFERENCE.test(heading), decisions: [], actionItems: [], statements: [], review: [],
  };
}

function cleanTitle(text: string): string {
  return foldSpace(text.replace(TAB_REFERENCE, ' ')).replace(/[.:]$/, '').trim();
}

/** The innermost item whose range holds the line. */
export function itemAt(items: DraftItem[], line: number): DraftItem | undefined {
  let found: DraftItem | undefined;
  for (const item of items) if (item.start <= line) found = item;
  return found;
}
