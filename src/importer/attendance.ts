import { ITEM_HEADING, type SourceLine } from './SourceLayout';
import { foldKey, slugify } from './text';
import type { DraftAttendance, DraftPerson, ImportContext } from './types';

type Role = DraftAttendance['role'];

/** List headings in French and English, checked on the folded text. `null` lists people who did not attend. */
const ROLE_HEADINGS: Array<[RegExp, Role | null]> = [
  [/^(co-?president|co-?chair|cochair|president|chair)/, 'CO_CHAIR'],
  [/^(membres?|members?)\b/, 'MEMBER'],
  [/^(observat|observers?)/, 'OBSERVER'],
  [/^(secretariat)/, 'SECRETARIAT'],
  [/^(presentat|presenters?|conferenci|speakers?)/, 'PRESENTER'],
  [/^(panel|panelist|groupe d'experts)/, 'PANELIST'],
  [/^(invite|guests?)/, 'GUEST'],
  [/^(regrets|absents?|excuses?)/, null],
];
const ATTENDANCE_START = /^(presence|presences|attendance|participants|present|presents)\s*:?$/;
const TABLE_HEADER = /^(point|item)\s+(sujet|subject)/;

export interface AttendanceResult { start: number; end: number }

/**
 * Reads the attendance lists ("Présence" / "Attendance"): each heading sets the role, each line is
 * "First Last Affiliation". The name is the first two (or three) words, chosen so that the rest
 * resolves to a reference id; when it does not, the list heading's organization
 * ("Secrétariat de l’ISAC") is used, and failing that the entry is flagged.
 */
export function parseAttendance(ctx: ImportContext): AttendanceResult {
  const { lines } = ctx;
  const startLine = lines.find((l) => ATTENDANCE_START.test(foldKey(l.text)));
  if (!startLine) return { start: 0, end: 0 };
  let role: Role | null | undefined;
  let sectionDefault: string | undefined;
  let end = startLine.n;
  for (const line of lines.slice(startLine.n)) {
    const t = line.text.trim();
    const key = foldKey(t);
    if (TABLE_HEADER.test(key) || ITEM_HEADING.exec(t)?.[1] === '1') break;
    end = line.n;
    if (t === '') continue;
    const heading = roleHeading(key);
    if (heading) {
      role = heading[1];
      const named = ctx.resolver.mentions(t).find((m) => m.entry.kind !== 'Body');
      sectionDefault = named?.entry.id;
      continue;
    }
    if (role === null) continue;
    addEntry(ctx, line, role, sectionDefault);
  }
  completeNames(ctx, end);
  return { start: startLine.n, end };
}

/** A list heading names its role in its first words: "Membres du CPSSP", "PSCIOC Members", "ICCS Secretariat". */
function roleHeading(key: string): [RegExp, Role | null] | undefined {
  const words = key.split(' ');
  if (words.length > 6) return undefined;
  for (let i = 0; i < Math.min(3, words.length); i++) {
    const rest = words.slice(i).join(' ');
    const found = ROLE_HEADINGS.find(([pattern]) => pattern.test(rest));
    if (found) return found;
  }
  return undefined;
}

function addEntry(ctx: ImportContext, line: SourceLine, role: Role | undefined, sectionDefault: string | undefined): void {
  const t = line.text.trim();
  const tokens = t.split(/\s+/);
  const review: string[] = [];
  let nameLength = 0;
  let affiliation: string | undefined;
  for (const k of [2, 3]) {
    if (tokens.length <= k || !tokens.slice(0, k).every((w) => /^\p{Lu}/u.test(w))) continue;
    const strict = ctx.resolver.resolve(tokens.slice(k).join(' '), ctx.frequency, true);
    if (strict) { nameLength = k; affiliation = strict.id; break; }
  }
  if (nameLength === 0) {
    nameLength = Math.min(2, tokens.length - 1);
    const rest = tokens.slice(nameLength).join(' ');
    const resolution = rest ? ctx.resolver.resolve(rest, ctx.frequency) : undefined;
    affiliation = resolution?.id ?? sectionDefault;
    if (resolution && resolution.alternatives.length > 0) review.push(`affiliation "${rest}" also names ${resolution.alternatives.join(', ')}`);
    else if (!resolution && sectionDefault) review.push(`affiliation taken from the list heading (${sectionDefault}); "${rest}" names no known organization`);
    else if (!resolution) review.push(`affiliation "${rest}" not found in the reference data`);
    if (tokens.length < 3) review.push('no affiliation on this line; the split between name and affiliation is a guess');
  }
  if (role === undefined) { role = 'MEMBER'; review.push('entry precedes any list heading; role MEMBER is a guess'); }
  const name = tokens.slice(0, nameLength).join(' ');
  const person = ensurePerson(ctx, name, true);
  const rest = tokens.slice(nameLength).join(' ');
  ctx.attendance.push({
    person: person.id, role, onBehalfOf: affiliation, listed: true, attributionText: rest || undefined,
    evidence: { quote: t, lines: [line.n, line.n] }, review,
  });
}

/** The person with this name, registering them when new. */
export function ensurePerson(ctx: ImportContext, name: string, listed: boolean): DraftPerson {
  const id = `person-${slugify(name)}`;
  const existing = ctx.people.get(id) ?? [...ctx.people.values()].find((p) => p.aliases.some((a) => foldKey(a) === foldKey(name)));
  if (existing) return existing;
  const person: DraftPerson = { id, name, aliases: [], listed, review: [] };
  ctx.people.set(id, person);
  return person;
}

/**
 * A list may give a shorter name than the body text ("Maria Luisa" / "Maria Luisa Willan"): when
 * the listed name is followed by one more capitalised word elsewhere, the fuller form becomes the
 * name and the listed one an alias.
 */
function completeNames(ctx: ImportContext, attendanceEnd: number): void {
  const body = ctx.lines.filter((l) => l.n > attendanceEnd).map((l) => l.text.trim()).join(' ');
  for (const person of [...ctx.people.values()]) {
    const match = new RegExp(`(?<![\\p{L}])${person.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\p{Lu}[\\p{Ll}'’-]+)(?![\\p{L}])`, 'u').exec(body);
    const surname = match?.[1];
    if (!surname || ctx.resolver.lookup(surname) || [...ctx.people.values()].some((p) => p.name.split(' ')[0] === surname)) continue;
    const full = `${person.name} ${surname}`;
    const id = `person-${slugify(full)}`;
    ctx.people.delete(person.id);
    const completed: DraftPerson = { ...person, id, name: full, aliases: [person.name, ...person.aliases], review: [...person.review, `listed as "${person.name}"; the fuller name "${full}" appears in the text`] };
    ctx.people.set(id, completed);
    for (const entry of ctx.attendance) if (entry.person === person.id) entry.person = id;
  }
}
