import { FUNCTION_WORD, isPersonName, opensWithFullName, stripHonorifics } from '../text/personNames';
import { isPlaceName } from '../text/placeNames';
import type { Block } from '../../read/types';
import { isSurnameFirst } from '../patterns/invertedNames';
import { opensMotion } from '../patterns/motions';
import { isNumberedHeading } from './headingLexicon';

// The unbulleted lines of a list, as plain text writes them: one entry or one task a line.

/**
 * Under an action heading, unbulleted lines that are each a task: every line written as fields
 * ("T. Leclair — confirm … — March 29"), or every line a capitalised start after a line that
 * does not run on (no closing comma, conjunction or preposition).
 */
export function areTaskLines(lines: string[]): boolean {
  const written = lines.filter((line) => line !== '');
  if (written.length < 2) return false;
  if (written.every((line) => /\s[-–—|]\s/u.test(line))) return true;
  return written.every((line, index) => /^\p{Lu}/u.test(line) && (index === 0 || !RUNS_ON.test(written[index - 1] ?? '')));
}

export const RUNS_ON = /(?:[,;:]|\s(?:and|or|et|ou|the|a|an|of|to|for|with|le|la|les|de|du|des|à|au|pour|avec|by|d['’]|l['’]))$/iu;

/** One entry of an unbulleted list: a name, maybe followed by its organisation ("Mark Burns Yukon", "Joel (OpenPlus)"). */
export function isEntryLine(written: string): boolean {
  // ("Mme Ginette Lafrenière<TAB>présidente, …": the name ends at the tab; the honorific is no part of it.)
  const line = stripHonorifics(written.split('\t')[0] ?? '');
  // ("BÉLANGER, Olivier – ING-MTMD": a roll written surname first.)
  if (isSurnameFirst(line)) return true;
  const words = line.replace(/\s*\([^)]*\)\s*/gu, ' ').trim().split(' ');
  if (words.length > 12 || /[.:;!?]$/.test(line)) return false;
  const [first = '', second = ''] = words;
  // "CJ Ritchie Colombie-Britannique": initials are a first name here, so shape only for the second word.
  // "Ontario — Jennifer Kowal (Ministry …)": a government heading its people.
  if (isPlaceName(first) || isPlaceName(`${first} ${second}`)) return /\s[–—-]\s|:/u.test(line);
  return isPersonName(first) || (/^\p{Lu}{1,3}$/u.test(first) && isPersonName(second));
}

/**
 * "Co-Chairs:⇥A (Community Co-Chair)" over "Dr. B, Medical Director, Zone (Zone Co-Chair)": below a
 * people label's own line, up to the next label, each line that opens with a full name is the next
 * entry — when every such line does, and the line above does not run on (a wrapped inline list).
 */
export function peopleLinesAfterLabels(lines: string[], isPeopleLabel: (line: string) => boolean, isLabel: (line: string) => boolean): boolean[] {
  const starts = lines.map(() => false);
  lines.forEach((line, index) => {
    if (!isPeopleLabel(line)) return;
    let end = index + 1;
    while (end < lines.length && (lines[end] ?? '') !== '' && !isLabel(lines[end] ?? '')) end += 1;
    const below = lines.slice(index + 1, end);
    // ("Directors Present: A (Chair), B, Dr. C, Harold" over "Two Rivers, D": an inline list wrapped, no entry a line.)
    // ("Personnes-ressources : M. A, directeur, Service …; Mme" over "B, inspectrice": a list cut at its semicolons.)
    if ([line, ...below].some((written) => written.includes(';') || namesInLine(written) >= 2)) return;
    const eachAnEntry = below.every((entry, offset) => namesFirst(entry) && !/,$/u.test(entry.trim()) && !RUNS_ON.test((offset === 0 ? line : below[offset - 1] ?? '').trim()));
    if (below.length > 0 && eachAnEntry) below.forEach((_, offset) => { starts[index + 1 + offset] = true; });
  });
  return starts;
}

/** A line (after its label, if it has one) that opens with a full name. */
function namesFirst(line: string): boolean {
  return opensWithFullName(line.trim().replace(/^[^:]{1,40}:\s*/u, ''));
}

/** The comma-separated parts of a line that open with a full name ("Manager, Primary Health Care": a portfolio, no name). */
function namesInLine(line: string): number {
  const parts = line.split(',').map((part) => part.replace(/\([^()]*\)/gu, '').trim());
  return parts.filter((part, index) => namesFirst(part) && !(index > 0 && FUNCTION_WORD.test(parts[index - 1] ?? ''))).length;
}

/** "2.1 Hamlet of Ridgeley Water Meter Replacement" over its minute: a sub-item's title run on into its text ("25.14 Moved by …" numbers a motion). */
export function isSubItem(part: Block): boolean {
  return part.kind === 'paragraph' && part.lines[0] < part.lines[1] && isNumberedHeading(part.text) && !opensMotion(part.text.replace(/^[\d.\s]+/u, ''));
}
