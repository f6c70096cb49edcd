import type { Block } from '../../read/types';
import { ORGANIZATION_WORD, isPersonName, startsWithHonorific, stripHonorifics } from '../text/personNames';
import { isPlaceName } from '../text/placeNames';
import { wordCount } from '../text/words';
import { type AttendeeEntry, type EntryOptions, parseAttendeeEntry, titleThenName } from './attendeeEntry';
import { roleOfCell } from './entryParts';
import { isSurnameFirst } from './invertedNames';
import { opensMotion, resultOfLine } from './motions';
import { splitInlineList } from './inlineList';
import { isColumnHeader, tableRowEntries } from './peopleTableRow';
import { type PeopleSentence, peopleSentences } from './peopleSentences';
import { afterLabel, peopleLabel } from '../structure/splitSections';

// "TBS: Heather Laird, Stacey Williams and Melanie Robert" — an organisation heading its people.
const ORGANIZATION_LIST = /^([^:]{2,60}?)\s?:\s+(\S.*)$/u;

/**
 * The attendees one block of a people list states: one per list item or line, several in an
 * inline list ("A, B and C", "A; B"), each with the organisation of an "Org: A, B" line. Null when
 * the block is not a people entry — the list ends there.
 */
const PLURAL_TITLE = /^(?:the\s+)?(?:honou?rable\s+)?(?:senators|councill?ors|trustees|commissioners|directors|aldermen|messieurs|mesdames|mm\.|mmes|les (?:honorables )?(?:sénat(?:eurs|rices)|conseill(?:ers|ères)))\s+\p{Lu}/iu;

export function entriesOfBlock(block: Block, options: EntryOptions = {}): AttendeeEntry[] | null {
  // "-----", "* * *": a rule between parts ends the list; so does a resolution number alone ("2025-10-241").
  if (block.kind === 'heading' || !/\p{L}/u.test(block.kind === 'tableRow' ? block.cells.join('') : block.text)) return null;
  if (block.kind === 'tableRow') {
    if (block.header || isColumnHeader(block.cells)) return []; // a table's header row names no one, and does not end the list
    const entries = tableRowEntries(block.cells, block.columns);
    if (entries) return entries;
    const entry = parseAttendeeEntry(block.cells.filter((cell) => cell.trim() !== '').join(', '), options);
    return entry ? [entry] : null;
  }
  const pair = numberedPair(block);
  if (pair) {
    const [left, right] = pair.map((text) => entriesOfBlock({ kind: 'paragraph', text, lines: block.lines }, options));
    if (left && right) return [...left, ...right];
  }
  // "MOVED by Chairperson L Fa'asalele, seconded by …", "That the Local Board:", "CARRIED": a motion under an Apologies item ends the list.
  if (block.kind !== 'listItem' && (opensMotion(block.text) || resultOfLine(block.text) !== null || /^(?:That|THAT|Que|QUE|(?:BE IT\s+)?RESOLVED|Resolved)\s/u.test(block.text))) return null;
  // "Membres de la communauté" alone between rows of names: a kind of members over the rows below, no one.
  if (block.kind === 'paragraph' && isCategory(block.text.replace(/\s*:$/u, ''))) return [];
  const label = peopleLabel(block);
  // "…, à laquelle sont présents :", "The following directors were present:": a label over the entries below.
  if (label && (block.kind === 'paragraph' || block.kind === 'listItem') && /:\s*$/u.test(block.text)) {
    // "…, outre son honneur le maire, monsieur Réjean Thibodeau, les conseillers suivants :": the chair named in the label.
    const besides = BESIDES_CHAIR.exec(block.text);
    const chair = besides ? parseAttendeeEntry(besides[1] ?? '', options) : null;
    return chair?.name ? [{ ...chair, role: 'CHAIR' }] : [];
  }
  const text = label ? afterLabel(block.text) : block.text;
  // ("The Honourable Senators A, B (Nova Scotia), C": surnames after a plural title, never organisations.)
  if (PLURAL_TITLE.test(text) && options.loneWordIsOrganization) return entriesOfBlock(block, { ...options, loneWordIsOrganization: false });
  // "A et B, C et D, formant quorum sous la présidence de monsieur le maire E.": the chair closes the list.
  const chaired = /^(.+?),?\s+(?:formant (?:le )?quorum\s+)?sous la présidence de\s+(\S.*?)\.?$/iu.exec(text);
  if (chaired && block.kind === 'paragraph') {
    const members = entriesOf(chaired[1] ?? '', options, true);
    const chair = parseAttendeeEntry(chaired[2] ?? '', options);
    // ("Le Comité se réunit à 16 h 34, …, sous la présidence de E": the sentence before names no one; peopleSentences reads it.)
    if (members && chair?.name && members.every((member) => member.name !== null)) return [...members, { ...chair, role: 'CHAIR' }];
  }
  const grouped = ORGANIZATION_LIST.exec(text) ?? placeHeaded(text);
  if (grouped && (!isPersonName(grouped[1] ?? '') || isPlaceName((grouped[1] ?? '').trim()) || isCategory(grouped[1] ?? '') || listsFullNames(grouped[2] ?? '', options))) {
    const people = entriesOf(grouped[2] ?? '', options, true);
    // "Parents : A, B", "Public members: C, D": a category of members, not their organisation.
    if (isCategory(grouped[1] ?? '')) return people;
    const heading = (grouped[1] ?? '').trim();
    // "As an individual: Dr. A, Professor, B University": a witness for no organisation; their own words may name one.
    if (INDIVIDUAL.test(heading)) return people;
    const role = /\(([^)]*)\)$/u.exec(heading)?.[1];
    const groupRole = role ? roleOfCell(role) : undefined;
    const organization = role && groupRole ? heading.replace(/\s*\([^)]*\)$/u, '') : heading;
    // "Department of Transport: A, Director General, Marine Safety": under an organisation, an entry's own words are its title and unit.
    const heads = !isPlaceName(organization) && (ORGANIZATION_WORD.test(organization) || organization.split(/\s+/u).every((word) => /^(?:\p{Lu}|(?:of|the|and|for|de|du|des|la|le|et|d['’]|l['’])$|[dl]['’]\p{Lu})/u.test(word)));
    return people?.map((entry) => {
      const withRole = groupRole && entry.role === undefined ? { ...entry, role: groupRole } : entry;
      return (withRole.affiliation === null || heads) && withRole.name !== null ? { ...withRole, affiliation: organization } : withRole;
    }) ?? null;
  }
  const labelled = label !== null;
  // Attendance written as sentences: "Also in attendance were A (CEO) and B. C attended as the Ministry's observer."
  const sentences = block.kind === 'paragraph' ? peopleSentences(block.text) : [];
  if (sentences[0]?.start === 0 && !/^[^:]{1,40}:/u.test(block.text)) return sentenceEntries(sentences, options);
  // "Observers: Nunavut was represented by A. B and C attended as observers.": a label over sentences.
  const labelledSentences = labelled && block.kind === 'paragraph' ? peopleSentences(text) : [];
  if (labelledSentences[0]?.start === 0) return sentenceEntries(labelledSentences, options);
  const entries = entriesOf(text, options, labelled);
  // "…: A, B and C. Regrets were received from D.": the list is the first sentence; the others are read as sentences.
  const firstSentence = labelled && entries === null ? /^(.+?[^A-Z])\.\s+\p{Lu}/u.exec(text)?.[1] : undefined;
  if (!firstSentence) return entries;
  const first = entriesOf(firstSentence, options, true);
  return first ? [...first, ...(sentenceEntries(sentences.filter((sentence) => sentence.start > 0), options) ?? [])] : null;
}

/** "1. Rachelle Arsenault 2. Benoît Cormier": a numbered list set two entries a line; the two entries, or null. */
function numberedPair(block: Block): [string, string] | null {
  if (block.kind !== 'listItem' || !block.ordered) return null;
  const number = Number.parseInt(block.marker ?? '', 10);
  const match = /^(.*\S)\s+(\d{1,3})[.)]\s+(\p{Lu}.*)$/u.exec(block.text);
  return match && Number(match[2]) === number + 1 ? [match[1] ?? '', match[3] ?? ''] : null;
}

const BESIDES_CHAIR = /\boutre\s+(?:son\s+honneur\s+)?(?:le\s+maire|la\s+mairesse|le\s+préfet|la\s+préfète|le\s+président|la\s+présidente)\s*,?\s+((?:monsieur|madame|M\.|Mme)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/u;
const INDIVIDUAL = /^(?:as an individual|as individuals|à titre (?:personnel|individuel))$/iu;

/** The people each sentence lists, with its role unless the entry states one; "A and B of Org" share Org. */
function sentenceEntries(sentences: PeopleSentence[], options: EntryOptions): AttendeeEntry[] | null {
  const entries = sentences.flatMap((sentence) => {
    // ("…, and Manager of Member Relations Kofi Asante-Reid": a title's "of", then a name, shares nothing.)
    const lastPiece = sentence.list.split(/\s*,\s*|\s+(?:and|et)\s+/u).pop() ?? '';
    const shared = titleThenName(lastPiece) ? null : /^((?:[^,()]+?,\s+)*[^,()]+?\s+(?:and|et)\s+[^,()]+?)\s+(?:of|from|de|du|de la)\s+(\p{Lu}[^,]*)$/u.exec(sentence.list);
    const read = entriesOf(shared ? shared[1] ?? '' : sentence.list, options, true) ?? [];
    return read.map((entry) => {
      const organization = shared?.[2] ?? sentence.represented ?? null;
      const withOrganization = organization && entry.affiliation === null ? { ...entry, affiliation: organization } : entry;
      const role = sentence.role === 'REGRETS' ? 'REGRETS' : (withOrganization.role ?? sentence.role);
      return { ...withOrganization, ...(role ? { role } : {}) };
    });
  });
  return entries.length > 0 ? entries : null;
}

/** "Parents", "Communauté (sans droit de vote)", "Conseil d'administration": a category of the members present. */
function isCategory(label: string): boolean {
  return CATEGORY.test(label.replace(/\s*\([^)]*\)\s*$/u, '').trim());
}

const CATEGORY = /^(?:parents?|communaut[eé]|conseil d['’]administration|board(?: of directors)?|executive committee|comit[eé] ex[eé]cutif|personnel(?:\s+[\p{L}'’]+){0,3}|élèves|étudiante?s|(?:étudiantes?|étudiants?)\s+et\s+(?:étudiantes?|étudiants?)|corps professoral|professeure?s|chargée?s de cours|faculty(?: members)?|enseignante?s|membres?(?:\s+[\p{L}'’]+){0,4}|représentante?s?(?:\s+[\p{L}'’]+){0,4}|students?|teachers?|staff(?:\s+\p{L}+)?|(?:public|elected|appointed|voting|non-voting|ex officio|community)\s+members?|members?(?:\s+\p{L}+){0,3}|directors?|trustees?|councill?ors?|conseill(?:ers|ères)|commissaires|administrat(?:eurs|rices)|citoyens?|citizens?|residents?|résidente?s|youth|jeunes|elders?|aînée?s|community representatives?)$/iu;

// "Ontario — Jennifer Kowal (Ministry of Housing)": a jurisdiction or organisation, a dash, its people.
const ORGANIZATION_DASH = /^([^–—]{2,60}?)\s+[–—-]\s+(\S.*)$/u;

function placeHeaded(text: string): RegExpExecArray | null {
  const match = ORGANIZATION_DASH.exec(text);
  // The people follow the dash: "Ministry of Health – Coastal Region" is one organisation.
  const firstPerson = (match?.[2] ?? '').split(/\s*[,(;]/u)[0] ?? '';
  // "Canada (co-chair) – …", "Quebec (observer) – …": the government's role is its people's.
  const place = (match?.[1] ?? '').replace(/\s*\([^)]*\)\s*$/u, '');
  // ("Kilry Landward - Mrs H. Findlater, Mr T. Oyelaran": an area or ward heads people its dash sets apart by their titles.)
  const titledPeople = /^(?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u.test(place) && !startsWithHonorific(place) && startsWithHonorific(firstPerson);
  return match && (isPlaceName(place) || ORGANIZATION_WORD.test(place) || titledPeople) && isPersonName(stripHonorifics(firstPerson)) ? match : null;
}

/**
 * "Nova Scotia: Ian MacLeod", "Alberta: Brent Sawchuk": a place or organisation shaped like a name
 * heads people when what follows is only full names (a person's "Name: …" line is no such list).
 */
function listsFullNames(text: string, options: EntryOptions): boolean {
  const entries = entriesOf(text, options, true);
  // ("Canadian Coast Guard: A, Assistant Commissioner; B, Superintendent": people with their titles, set apart by semicolons.)
  const titled = text.includes(';');
  return entries !== null && entries.every((entry) => entry.name !== null && (entry.affiliation === null || titled) && entry.name.includes(' '));
}

/** `inline`: a labelled line ("Regrets: Tom Brennan, Aisha Karim") lists people; an item or line is one entry. */
function entriesOf(text: string, options: EntryOptions, inline = true): AttendeeEntry[] | null {
  const pieces = splitInlineList(text, inline, options.nameThenOrganization);
  const entries = pieces.map((piece) => parseAttendeeEntry(piece, options));
  // In a list of several people, an entry of capitalised words that is no name is an organisation
  // present ("Auberge du cœur Le Tournant", "Table de concertation des aînés").
  const people = entries.filter((entry) => entry?.name).length;
  const read = entries.map((entry, index) => entry ?? (pieces.length >= 2 && people >= 1 ? organizationOnly(pieces[index] ?? '') : null));
  return read.length > 0 && read.every((entry) => entry !== null) ? (read as AttendeeEntry[]).flatMap(peopleInParentheses) : null;
}

/** "BC (Harjit Sandhu)", "ON (Rebecca Tan, Mark Oduya)": a government or organisation, its people in parentheses. */
function peopleInParentheses(entry: AttendeeEntry): AttendeeEntry[] {
  const match = entry.name === null ? /^([^()]+?)\s*\(([^()]+)\)$/u.exec(entry.affiliation ?? '') : null;
  if (!match) return [entry];
  const names = (match[2] ?? '').split(/\s*,\s*|\s+(?:and|et|&)\s+/u).map((name) => stripHonorifics(name.trim()));
  if (!names.every((name) => isPersonName(name) && name.includes(' '))) return [entry];
  return names.map((name) => ({ ...entry, name, affiliation: (match[1] ?? '').trim() }));
}

function organizationOnly(piece: string): AttendeeEntry | null {
  const text = piece.trim();
  return /^\p{Lu}/u.test(text) && wordCount(text) <= 8 && !/[.!?:]$/u.test(text) ? { name: null, affiliation: text, text } : null;
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
  const inverted = entries.filter((entry) => isSurnameFirst(stripHonorifics(entry.text))).length;
  return {
    loneWordIsOrganization: entries.length > 0 && entries.filter((entry) => entry.affiliation !== null).length * 2 >= entries.length,
    nameThenOrganization: entries.length >= 3 && unpunctuated * 2 >= entries.length,
    surnameFirst: inverted >= 3 && inverted * 3 >= entries.length * 2,
  };
}

/** The entries of a people list, each read the way the document writes its lists. */
export function listEntries(blocks: Block[], options: EntryOptions = listOptions(blocks)): { block: Block; entries: AttendeeEntry[] }[] {
  return blocks.map((block) => ({ block, entries: entriesOfBlock(block, options) ?? [] }));
}
