/**
 * Separates the two columns of a record of decisions laid out as a table ("Point / Sujet ou
 * discussion / Décision ou suivi") and flattened by PDF-to-text: right-hand column entries
 * (decisions, follow-up actions, completion notes) come out as runs of short lines interleaved
 * with the long lines of the body. A column run starts at a marker line and continues through
 * short lines; it ends at the first long line, bullet or agenda heading.
 */
export type LineKind = 'blank' | 'body' | 'column';

export interface SourceLine {
  /** 1-based line number in the source file. */
  n: number;
  text: string;
  kind: LineKind;
  /** A column line the layout separated from its entry (pushed below body text). */
  orphan: boolean;
}

export const DECISION_MARKER = /^(?:Décision|Decision)\s*(?:n\s?[o°º]\.?|#|No\.?)?\s*(\d+[A-Z]?)\s*:?\s*(.*)$/iu;
export const ACTION_MARKER = /^(?:Mesures? de suivi|Action items?|Follow-up action)\s*(?:n\s?[o°º]\.?|#|No\.?)?\s*(\d+[A-Z]?)\s*:?\s*(.*)$/iu;
export const SUBACTION_MARKER = /^#\s?(\d+[A-Z])\s*:?\s*(.*)$/u;
export const COMPLETION_MARKER = /^\(\s*(?:Mesure de suivi terminée|Action item completed|Action completed|Completed)\s*:?\s*(.*)$/iu;
export const BULLET = /^[•·▪◦*]\s*|^-\s+/u;
/** "2. Title", "3 TITLE IN CAPITALS" — agenda headings; sequence is checked by the agenda parser. */
export const ITEM_HEADING = /^(\d{1,2})(?:\.\s+|\s+(?=\p{Lu}{2,}))(\S.*)$/u;
export const SUBITEM_HEADING = /^([A-Z])\)\s+(\S.*)$/u;

/** "Discussion des membres :", "Members' discussion:" — a heading inside an item, after which members speak. */
export const DISCUSSION_HEADING = /^(discussion des membres|discussion|members['’]? discussion|discussion among members|questions et réponses|questions and answers|q&a)\s*:?$/iu;

/** Column lines are short: the right-hand column holds about 25-30 characters per line. */
const SHORT_LINE = 34;

export function isColumnMarker(text: string): boolean {
  return DECISION_MARKER.test(text) || ACTION_MARKER.test(text) || SUBACTION_MARKER.test(text) || COMPLETION_MARKER.test(text);
}

function isStructural(text: string): boolean {
  return BULLET.test(text) || ITEM_HEADING.test(text) || SUBITEM_HEADING.test(text) || DISCUSSION_HEADING.test(text);
}

function isShortText(text: string): boolean {
  return text.length <= SHORT_LINE && !isStructural(text);
}

/** Classifies every line of the source as blank, body or right-hand column. */
export function layoutLines(text: string): SourceLine[] {
  const lines: SourceLine[] = text.split(/\r?\n/).map((raw, index) => ({ n: index + 1, text: raw, kind: 'body' as LineKind, orphan: false }));
  let inColumn = false;
  for (const line of lines) {
    const t = line.text.trim();
    if (t === '') line.kind = 'blank';
    else if (isColumnMarker(t)) { line.kind = 'column'; inColumn = true; }
    else if (inColumn && isShortText(t)) line.kind = 'column';
    else { line.kind = 'body'; inColumn = false; }
  }
  markOrphans(lines);
  return lines;
}

/**
 * Short lowercase lines between body text and the next column marker, while the previous column
 * entry is unfinished (no final punctuation), are the tail of that entry pushed down by the layout.
 */
function markOrphans(lines: SourceLine[]): void {
  let lastColumn: SourceLine | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (line.kind === 'column') { lastColumn = line; continue; }
    if (line.kind !== 'body' || !lastColumn || /[.!?)]\s*$/.test(lastColumn.text)) continue;
    const t = line.text.trim();
    if (!isShortText(t) || !/^\p{Ll}/u.test(t)) continue;
    const run: SourceLine[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const next = lines[j] as SourceLine;
      if (next.kind === 'blank') continue;
      if (next.kind === 'body' && isShortText(next.text.trim())) run.push(next);
      else break;
    }
    const after = lines[j];
    if (after && after.kind === 'column' && isColumnMarker(after.text.trim())) {
      for (const orphan of run) { orphan.kind = 'column'; orphan.orphan = true; }
      lastColumn = run[run.length - 1] ?? lastColumn;
      i = j - 1;
    }
  }
}

/** The exact quote for lines first..last, as the evidence check folds it. */
export function quoteOf(lines: SourceLine[], first: number, last: number, only?: (line: SourceLine) => boolean): string {
  return lines
    .filter((l) => l.n >= first && l.n <= last && l.kind !== 'blank' && (!only || only(l)))
    .map((l) => l.text.trim())
    .join(' ');
}
