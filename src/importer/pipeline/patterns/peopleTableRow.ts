import type { ExtractedRole } from '../types';
import { FUNCTION_WORD, ORGANIZATION_WORD, OTHER_ORGANIZATION, isPersonName, stripHonorifics } from '../text/personNames';
import { isPlaceName } from '../text/placeNames';
import { wordCount } from '../text/words';
import { type AttendeeEntry, namesOrganization, parseAttendeeEntry } from './attendeeEntry';
import { roleOfCell } from './entryParts';
import { type PeopleColumn, affiliationColumns, peopleColumns } from '../structure/tableColumns';

/**
 * One row of a people table as attendee entries, read by its header's columns or by its content: one
 * entry per person its name cell lists ("Priya Dhaliwal; Gordon Ash"); null when the row is no people entry.
 */
export function tableRowEntries(cells: string[], columns?: string[]): AttendeeEntry[] | null {
  const kinds = columns ? peopleColumns(columns) : null;
  if (!kinds) {
    const entry = entryByContent(cells);
    return entry ? [entry] : null;
  }
  const nameColumn = kinds.indexOf('name');
  const people = nameColumn >= 0 ? (cells[nameColumn] ?? '').split(/\s*;\s*/u) : [];
  const rows = people.length >= 2 && people.every((person) => isPersonName(stripHonorifics(withoutRoleNote(person).text)))
    ? people.map((person) => cells.map((cell, index) => (index === nameColumn ? person : cell))) : [];
  const organisation = affiliationColumns(columns ?? []);
  const entries = rows.map((row) => entryByColumns(row, kinds, organisation));
  if (rows.length > 0 && entries.every((entry) => entry !== null)) return entries as AttendeeEntry[];
  const entry = entryByColumns(cells, kinds, organisation);
  return entry ? [entry] : null;
}

/** A table's header row ("Name | Organization | Role"): it names no one. */
export function isColumnHeader(cells: string[]): boolean {
  return peopleColumns(cells) !== null;
}

const EMPTY = /^(?:[\d#.]+|[—–-]+|n\/a|s\.o\.)?$/iu;

/** "Laura Whitcombe (Co-Chair)", "Quebec (observer)": the role a cell gives in parentheses, apart from its words. */
function withoutRoleNote(cell: string): { text: string; role?: ExtractedRole } {
  const match = /^(.*\S)\s*\(([^()]*)\)$/u.exec(cell.trim());
  const role = match ? roleOfCell(match[2] ?? '') : undefined;
  return match && role ? { text: match[1] ?? '', role } : { text: cell.trim() };
}

/**
 * A role column's cell: its own words decide ("Member (staff)" is a member; "Staff support",
 * "Recorder", "Observer" are what they say); a cell with no role word leaves the list's role.
 */
function roleInColumn(cell: string): ExtractedRole | undefined {
  const words = cell.replace(/\([^)]*\)/gu, '').trim();
  // A presence column ("Present: Yes / Virtual / No"): "No" is an absence.
  if (/^(?:no|non|n|✗|✘)$/iu.test(words)) return 'REGRETS';
  // An attendance code ("P = Present  R = Regrets  A = Absent  G = Guest"), as a legend above such a table spells it.
  if (/^[RA]$/u.test(words)) return 'REGRETS';
  if (words === 'G') return 'GUEST';
  // "Member (staff)": a seat of the body, whatever the note; "Executive Director (staff)": a job, the note says how they attend.
  return roleOfCell(words) ?? (SEAT_WORD.test(words) ? undefined : roleOfCell(cell));
}

// "Nunavut (Day 1 only)", "British Columbia (by video)", "(Item 6 only)": how they attended is no part of the organisation.
const ATTENDANCE_NOTE = /\s*\((?:\p{Ll}|Day\b|Item\b|Jour\b|Point\b)[^()]*\)$/u;

const SEAT_WORD = /^(?:(?:voting|non-voting|ex officio|public|elected|appointed|alternate|associate|substitute)\s+)?(?:members?|membres?|directors?|trustees?|councill?ors?|administrat(?:eur|rice)s?|conseill(?:er|ère)s?)$/iu;

/** A title cell's role, unless it presides over another body ("President, Medical Staff Association"). */
function presidesHere(cell: string): ExtractedRole | undefined {
  const [office = '', ...of] = cell.split(',');
  const head = roleOfCell(office);
  const otherBody = (head === 'CHAIR' || head === 'CO_CHAIR') && /^\s*\p{Lu}/u.test(of[0] ?? '') && OTHER_ORGANIZATION.test(of.join(','));
  return otherBody ? undefined : roleOfCell(cell);
}

/** A row read by its header: the name column names the person, the affiliation column their organisation. */
function entryByColumns(cells: string[], kinds: (PeopleColumn | null)[], organisationColumns: number[]): AttendeeEntry | null {
  const of = (kind: PeopleColumn) => cells.filter((cell, index) => kinds[index] === kind && !EMPTY.test(cell.trim())).map((cell) => cell.trim());
  const text = cells.map((cell) => cell.trim()).filter((cell) => !EMPTY.test(cell)).join(', ');
  if (text === '') return null;
  const written = of('name')[0];
  const named = written === undefined ? undefined : withoutRoleNote(written);
  // "Board of Directors (liaison, non-voting)": a note in lower case is no part of the organisation.
  const read = (cell: string) => { const noted = withoutRoleNote(cell); return { ...noted, text: noted.text.replace(/\s*\(\p{Ll}[^)]*\)$/u, '') }; };
  const filled = (indices: number[]) => indices.map((index) => (cells[index] ?? '').trim()).filter((cell) => !EMPTY.test(cell)).map(read);
  const affiliationIndices = kinds.flatMap((kind, index) => (kind === 'affiliation' ? [index] : []));
  // Beside an organisation column, a jurisdiction cell gives the affiliation no more, only a role ("Secretariat").
  const besidePlaces = organisationColumns.length < affiliationIndices.length;
  const affiliationCell = besidePlaces
    ? filled(organisationColumns)[0] ?? filled(affiliationIndices).find((cell) => wordCount(cell.text) <= 2 && roleOfCell(cell.text) !== undefined)
    : filled(affiliationIndices)[0];
  // "Observer", "Secretariat" in the jurisdiction column: a role, and no organisation.
  const roleOnly = affiliationCell !== undefined && wordCount(affiliationCell.text) <= 2 && roleOfCell(affiliationCell.text) !== undefined;
  // "Citoyenne", "Community member at large" in that column: a seat, no organisation.
  const organization = roleOnly || (affiliationCell && !namesOrganization(affiliationCell.text)) ? undefined : affiliationCell;
  const roleCells = of('role');
  // A title of the body's own officers ("présidente", "observatrice"); a bare "secrétaire" is the board's officer, a member.
  // ("President, Medical Staff Association": the office of another body; its "(Chair)" note would still count.)
  const titleRole = of('title').filter((cell) => !/^(?:secretary|secrétaire|secretary-treasurer|secrétaire-trésorière?)$/iu.test(cell.trim()))
    .map((cell) => withoutRoleNote(cell).role ?? presidesHere(cell)).find((role) => role !== undefined);
  const role = (roleCells.length > 0 ? roleCells.map(roleInColumn).find((r) => r !== undefined) ?? titleRole : titleRole)
    ?? named?.role ?? affiliationCell?.role ?? (roleOnly ? roleOfCell(affiliationCell.text) : undefined);
  // Without an organisation column, the title may end with one ("Policy Director, Canadian Association of …").
  const title = of('title')[0];
  const parsed = named ? parseAttendeeEntry(organization || !title ? named.text : `${named.text}, ${title}`) : null;
  // From the title ("Director, Quebec", "Director, Governance and Member Services"): a region or a portfolio is a seat,
  // an organisation of its own ("Policy Director, Canadian Association of …") is the affiliation.
  const fromTitle = organization || !title ? parsed?.affiliation : (parsed?.affiliation && OTHER_ORGANIZATION.test(parsed.affiliation) && !isPlaceName(parsed.affiliation) ? parsed.affiliation : null);
  // "Nova Scotia" | "Dermot Falconbridge, Deputy Minister, Department of Communities …": the entry names the organisation
  // the jurisdiction only places.
  const ownOrganisation = organization && isPlaceName(organization.text) && parsed?.affiliation && OTHER_ORGANIZATION.test(parsed.affiliation) && !isPlaceName(parsed.affiliation) ? parsed.affiliation : null;
  const affiliation = ownOrganisation ?? organization?.text ?? fromTitle ?? null;
  // "| Nunavut | *officials* |", "| – | – | Prairie Regional Water Services Commission | Observer |": an organisation's row.
  if (parsed === null || parsed.name === null) {
    // "| Bibliothèque municipale | — |": a name column left empty — nobody came for that organisation.
    const nobody = cells.some((cell, index) => kinds[index] === 'name' && /^[—–-]+$/u.test(cell.trim())) && role === undefined;
    // "| Nunavut | Regrets |": the name column says how the organisation attended.
    const stated = named && wordCount(named.text) <= 2 ? roleOfCell(named.text) : undefined;
    return affiliation ? { name: null, affiliation, text, ...(nobody ? { role: 'REGRETS' as const } : (role ?? stated) ? { role: role ?? stated } : {}) } : null;
  }
  // With a title column its cell gave the role (titleRole); read with the name, it would give it again.
  const ownRole = role ?? (title === undefined ? parsed.role : undefined);
  const { role: _read, ...person } = parsed;
  return { ...person, affiliation, text, ...(ownRole ? { role: ownRole } : {}) };
}

/**
 * A row of a people table without a header, whatever its column order: "Canada | Mireille
 * Fontaine | Senior Policy Analyst, …". The one cell that is a full name is the name, a role cell
 * ("Co-chair") its role, and the first other cell that is no job title its affiliation. Null
 * unless exactly one cell is a full name.
 */
function entryByContent(cells: string[]): AttendeeEntry | null {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => !EMPTY.test(cell)).map((cell) => ({ cell, ...withoutRoleNote(cell) }));
  const people = filled.filter(({ text }) => stripHonorifics(text).includes(' ') && isPersonName(stripHonorifics(text)));
  if (people.length > 1 || filled.length < (people.length === 1 ? 2 : 1)) return null;
  const person = people[0];
  const others = filled.filter((cell) => cell !== person);
  const roleCell = others.find(({ cell, role }) => role === undefined && roleOfCell(cell) !== undefined && wordCount(cell.replace(/\([^)]*\)/gu, '')) <= 4);
  const noted = person?.role ?? others.find(({ role }) => role !== undefined)?.role;
  const role = (roleCell ? roleOfCell(roleCell.cell) : undefined) ?? noted;
  const text = filled.map(({ cell }) => cell).join(', ');
  // "| | Table de concertation des aînés | membre |": an organisation's row, nobody named.
  if (person === undefined) {
    const organization = others.find((cell) => cell !== roleCell && (ORGANIZATION_WORD.test(cell.text) || isPlaceName(cell.text)));
    const rest = others.filter((cell) => cell !== organization && cell !== roleCell);
    return organization && rest.every(({ cell }) => roleOfCell(cell) !== undefined || (!namesOrganization(cell) && wordCount(cell) <= 4) || /^(?:membre|member)s?$/iu.test(cell))
      ? { name: null, affiliation: organization.text, text, ...(role ? { role } : {}) } : null;
  }
  // ("Member", "Alternate Member" in a column of their own: the seat, not the organisation.)
  const affiliation = others.find((cell) => cell !== roleCell && !FUNCTION_WORD.test(cell.text) && !SEAT_WORD.test(cell.text) && namesOrganization(cell.text))?.text
    .replace(ATTENDANCE_NOTE, '') ?? null;
  const parsed = parseAttendeeEntry(person.text);
  if (!parsed) return null;
  // "| Martin Choquette | Partner, Brisebois Lachance LLP |": a title, then an organisation of its own, in one cell.
  const titled = affiliation ?? others.filter((cell) => cell !== roleCell && cell.text.includes(','))
    .map((cell) => parseAttendeeEntry(`${person.text}, ${cell.text.replace(ATTENDANCE_NOTE, '')}`)?.affiliation ?? null)
    .find((organisation) => organisation !== null && OTHER_ORGANIZATION.test(organisation) && !isPlaceName(organisation)) ?? null;
  return { ...parsed, affiliation: titled, text, ...(role ? { role } : {}) };
}
