import type { Block } from '../../read/types';
import { isPersonName, stripHonorifics } from '../text/personNames';
import { type AttendeeEntry, type EntryOptions, parseAttendeeEntry, splitInlineList } from './attendeeEntry';
import { afterLabel, peopleLabel } from '../structure/splitSections';

// "TBS: Heather Laird, Stacey Williams and Melanie Robert" — an organisation heading its people.
const ORGANIZATION_LIST = /^([^:]{2,60}?)\s?:\s+(\S.*)$/u;

/**
 * The attendees one block of a people list states: one per list item or line, several in an
 * inline list ("A, B and C", "A; B"), each with the organisation of an "Org: A, B" line. Null when
 * the block is not a people entry — the list ends there.
 */
export function entriesOfBlock(block: Block, options: EntryOptions = {}): AttendeeEntry[] | null {
  if (block.kind === 'heading') return null;
  if (block.kind === 'tableRow') {
    if (block.header) return []; // a table's header row names no one, and does not end the list
    const entry = parseAttendeeEntry(block.cells.filter((cell) => cell.trim() !== '').join(', '), options);
    return entry ? [entry] : null;
  }
  const text = peopleLabel(block) ? afterLabel(block.text) : block.text;
  const grouped = ORGANIZATION_LIST.exec(text);
  if (grouped && (!isPersonName(grouped[1] ?? '') || listsFullNames(grouped[2] ?? '', options))) {
    const people = entriesOf(grouped[2] ?? '', options, true);
    const organization = grouped[1] ?? '';
    return people?.map((entry) => (entry.affiliation === null && entry.name !== null ? { ...entry, affiliation: organization } : entry)) ?? null;
  }
  return entriesOf(text, options, peopleLabel(block) !== null);
}

/**
 * "Nova Scotia: Ian MacLeod", "Alberta: Brent Sawchuk": a place or organisation shaped like a name
 * heads people when what follows is only full names (a person's "Name: …" line is no such list).
 */
function listsFullNames(text: string, options: EntryOptions): boolean {
  const entries = entriesOf(text, options, true);
  return entries !== null && entries.every((entry) => entry.name !== null && entry.affiliation === null && entry.name.includes(' '));
}

/** `inline`: a labelled line ("Regrets: Tom Brennan, Aisha Karim") lists people; an item or line is one entry. */
function entriesOf(text: string, options: EntryOptions, inline = true): AttendeeEntry[] | null {
  const entries: AttendeeEntry[] = [];
  for (const piece of splitInlineList(text, inline)) {
    const entry = parseAttendeeEntry(piece, options);
    if (!entry) return null;
    entries.push(entry);
  }
  return entries.length > 0 ? entries : null;
}

/**
 * How a list writes its entries, read from the whole list: whether most give an affiliation (then
 * a lone word is an organisation) and whether most are "First Last Organisation" without
 * punctuation (then the name is the first two words).
 */
export function listOptions(blocks: Block[]): EntryOptions {
  const entries = blocks.flatMap((block) => entriesOfBlock(block) ?? []);
  const heads = entries.map((entry) => /^[^,;(–—]*/u.exec(stripHonorifics(entry.text))?.[0]?.trim() ?? '');
  const unpunctuated = heads.filter((head) => head.split(' ').length >= 3).length;
  return {
    loneWordIsOrganization: entries.length > 0 && entries.filter((entry) => entry.affiliation !== null).length * 2 >= entries.length,
    nameThenOrganization: entries.length >= 3 && unpunctuated * 2 >= entries.length,
  };
}

/** The entries of a people list, each read the way the document writes its lists. */
export function listEntries(blocks: Block[], options: EntryOptions = listOptions(blocks)): { block: Block; entries: AttendeeEntry[] }[] {
  return blocks.map((block) => ({ block, entries: entriesOfBlock(block, options) ?? [] }));
}
