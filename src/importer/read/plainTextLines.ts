/**
 * How a single line of plain text (a .txt file, or the lines extracted from a PDF) looks: a list
 * item, a heading, or neither. Rules are generic typography, not tuned to one record.
 */

export interface ListMarker {
  /** Columns before the marker (a tab counts 4). */
  indent: number;
  marker: string;
  ordered: boolean;
  text: string;
}

// Bullets as typed or as PDF-to-text renders them (U+F0B7 and U+F0A7 are Word's Symbol-font bullets).
// "o" is the bullet Word's lists leave in pasted text ("  o Alberta and Saskatchewan …"): a lone o before a capital.
// ("[ ] @marek – add the signing step", "[x] …", "→ Sophie Landry : confirmer …": a checkbox or an arrow opens an item as a bullet does.)
const BULLET = /^(\s*)([•◦▪▫‣∙·●○■□►▶➢✓*+\-–—→\uF0B7\uF0A7]|\[[ xX✓]?\]|o(?=\s+\p{Lu}))\s+(\S.*)$/u;
// `1.`, `12)`, `a)`, `a.`, `A)`, `(a)`, `(iv)`, `ii.` — but not `A.` (an initial: "J. Smith").
const ORDERED = /^(\s*)(\d{1,3}[.)]|[a-z][.)]|[A-Z]\)|\((?:\d{1,3}|[a-zA-Z]|[ivx]{1,4})\)|[ivx]{1,4}[.)])\s+(\S.*)$/u;
// `1. QUESTIONS ADMINISTRATIVES`, `2.1 BUDGET`: a section number then capitals (a bare `3 ISAC` is not one).
const NUMBERED_HEADING = /^\s*(\d{1,3}\.(?:\d{1,3}\.?)*)\s+(\S.*)$/u;

const DATE_ONLY = /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+(?:\d{1,2}(?:er)?,?\s+)?\d{4}|\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+\d{4}|\d{4}-\d{2}-\d{2})\.?$/iu;

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

export function indentOf(line: string): number {
  const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
  return [...lead].reduce((columns, c) => columns + (c === '\t' ? 4 : 1), 0);
}

export function matchListMarker(line: string): ListMarker | null {
  const bullet = BULLET.exec(line);
  // "  → Responsable : Nadia" under a task: an arrow indented, or before a field, points to the task's details.
  if (bullet && bullet[2] === '→' && ((bullet[1] ?? '') !== '' || /^(?:responsables?|échéance|echeance|owners?|due|who|when|leads?|porteur|porteuse|deadline|date|statut|status)\s?:/iu.test(bullet[3] ?? ''))) return null;
  // "   – November 21, 2025" under a wrapped task: the rest of its line (a due date), not an item of its own.
  if (bullet && /^[–—-]$/u.test(bullet[2] ?? '') && DATE_ONLY.test(bullet[3] ?? '')) return null;
  if (bullet) return { indent: indentOf(line), marker: bullet[2] ?? '', ordered: false, text: bullet[3] ?? '' };
  const ordered = ORDERED.exec(line);
  if (ordered) return { indent: indentOf(line), marker: ordered[2] ?? '', ordered: true, text: ordered[3] ?? '' };
  return null;
}

/** Level of a numbered capitals heading (`1.` → 1, `2.1` → 2), or null. Recognised anywhere. */
export function numberedHeadingLevel(line: string): number | null {
  const match = NUMBERED_HEADING.exec(line);
  if (!match || !isCapitals(match[2] ?? '')) return null;
  return (match[1] ?? '').split('.').filter((part) => part !== '').length;
}

/**
 * Level 1 for a line in capitals (`QUESTIONS ADMINISTRATIVES`), 2 for a label of at most four
 * words ending with a colon (`Present:`, `Membres présents :`), else null. Only trusted where a
 * block starts: inside a paragraph, a wrapped line can end with a colon or hold only an acronym.
 */
export function standaloneHeadingLevel(line: string): number | null {
  const text = line.trim();
  if (text.length > 80) return null;
  // ("RESOLVED THAT THE APOLOGIES BE RECEIVED": a resolution typed in capitals is no heading.)
  if (isCapitals(text)) return MOTION_IN_CAPITALS.test(text) ? null : 1;
  return isLabel(text) ? 2 : null;
}

const MOTION_IN_CAPITALS = /^(?:(?:NOW,?\s+)?(?:THEREFORE,?\s+)?BE IT\s+)?RESOLVED\s+THAT\b|^IT WAS (?:RESOLVED|MOVED|AGREED)\b|^THAT\s+THE\b|^IL EST (?:RÉSOLU|PROPOSÉ)\b/u;

export function isCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 3 && !/\p{Ll}/u.test(text) && !/[.;,]$/.test(text.trim());
}

function isLabel(text: string): boolean {
  if (!/^\p{Lu}/u.test(text) || !/\s?:$/.test(text)) return false;
  return text.split(/\s+/).filter((word) => word !== ':').length <= 4;
}

/** A line holding an item's identifier ("MOTION C-2024-21", "RÉSOLUTION 2025-03-045", "BCR #2025-031"). */
export function hasItemNumber(line: string): boolean {
  return /(?:^|\s)#?\p{L}{0,4}-?\d{1,4}[-/.]\d{1,4}\b/u.test(line);
}
