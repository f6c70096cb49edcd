import type { ExtractedRole } from '../types';
import { FUNCTION_WORD, ORGANIZATION_WORD, isOrganizationToken, isPersonName, nameInCapitals, stripHonorifics } from '../text/personNames';
import { isLocalityName, isPlaceName } from '../text/placeNames';
import { foldWhitespace, wordCount, wordRegExp } from '../text/words';
import { hideParenthesised } from '../text/parentheses';
import { withoutHandles } from './handles';
import { surnameFirstEntry } from './invertedNames';
import { isCount } from './headCounts';
import { CONSTITUENCY_ONLY, SEAT, isFunction, roleOf } from './entryParts';

/** One person (or organisation) read from an attendance entry. */
export interface AttendeeEntry {
  /** Null when the entry names only an organisation. */
  name: string | null;
  affiliation: string | null;
  /** A role the entry itself states ("(Chair)", "présidente", "Recording Secretary"). */
  role?: ExtractedRole;
  /** The entry's words as written. */
  text: string;
  /** The affiliation follows a job title ("Director, Watershed Services"): on a staff list, a portfolio of the body. */
  afterTitle?: boolean;
}

export interface EntryOptions {
  /** In a list that gives affiliations, a lone capitalised word ("Intel") is an organisation, not a first name. */
  loneWordIsOrganization?: boolean;
  /** A list of "First Last Organisation" entries with no punctuation (a table flattened to text): the name is two words. */
  nameThenOrganization?: boolean;
  /** A roll written "Surname, Given": see invertedNames.ts. */
  surnameFirst?: boolean;
}

const MAX_ENTRY_WORDS = 14; // the longest entry that is still a name with its affiliation and title; longer is a sentence
// "Claire Dubuc, agente de planification, Direction de santé publique, CISSS …": a name, then its titles and organisation.
const MAX_NAMED_ENTRY_WORDS = 24;

/**
 * Reads one attendance entry in the common forms: "Name", "Name, Org", "Name (Org)", "Name – Title,
 * Org", "Name - Org", "Name Org" (an organisation word in capitals or camel case), "(Chair)" or a
 * function as annotation, and an organisation alone. Null when the entry is not a name entry
 * (a sentence, a count of residents): the caller ends the list there.
 */
// "Groupe Arpents inc.", "Palisade Data Inc.": the period of a company's legal form is part of its name; any other final one goes.
const COMPANY_SUFFIX_OR_PERIOD = /(\b(?:inc|ltd|ltée|corp|co|enr|s\.e\.n\.c\.r\.l|l\.l\.p)\.)$|\.+$/iu;

export function parseAttendeeEntry(written: string, options: EntryOptions = {}): AttendeeEntry | null {
  // "KAREN LINDQVIST, Board Chair": a name in capitals is read in the case it would be written in,
  // and given back as written.
  const head = /^[^,(–—]+/u.exec(written)?.[0]?.trim() ?? '';
  const titled = nameInCapitals(head);
  const inverted = options.surnameFirst ? surnameFirstEntry(written, (text) => parseWrittenEntry(text, options)) : null;
  if (inverted || titled === null) return inverted ?? parseWrittenEntry(written, options);
  const entry = parseWrittenEntry(written.replace(head, titled), options);
  if (!entry?.name) return entry;
  const at = titled.toLowerCase().indexOf(entry.name.toLowerCase());
  return at < 0 ? entry : { ...entry, name: head.slice(at, at + entry.name.length), text: entry.text.replace(titled, head) };
}

// "Representative of The Coulee Courier", "Deux représentants de la Ville": an organisation attends, no one is named.
const UNNAMED_REPRESENTATIVE = /^(?:(?:an?|one|two|deux|une?)\s+)?(?:representatives?|représentant(?:e|s|es)?|delegates?|délégué(?:e|s|es)?)\s+(?:of|from|de|du|des|d['’])\s+(\p{Lu}.*|(?:la|le|les|l['’])\s*\p{Lu}.*)$/iu;

function parseWrittenEntry(entry: string, options: EntryOptions): AttendeeEntry | null {
  const written = withoutOwnInitials(entry);
  const unnamed = UNNAMED_REPRESENTATIVE.exec(foldWhitespace(written));
  if (unnamed && wordCount(unnamed[1] ?? '') <= 8) return { name: null, affiliation: (unnamed[1] ?? '').replace(/[.;,]+$/u, ''), text: foldWhitespace(written) };
  // "la Corporation de développement …", "the Parks Department": the article is no part of the name.
  // "Ana Ribeiro @aribeiro (Larkspur Cloud)", "@Wren Okafor": see withoutHandles.
  // "M. Castellanos*": a footnote mark ("* attended virtually") is no part of the name.
  // "Represented by Colette Ashworth, …", "Accompanied by: Darren Kuzyk, …": who attends for the government above.
  // "Robert Ahenakew- Lyons": a double name broken at its hyphen where the line wrapped.
  // "Mike Nguyen- GitHub", "Sang Trinh - ": a dash that separates (no space before it, or nothing after it) is no part of the name.
  const text = foldWhitespace(withoutHandles(written).replace(/(?<=\p{L})-\s+(?=\p{Lu}\p{Ll}+(?![\p{L}]))/gu, '-').replace(/(?<=\p{L})[-–—]\s+/gu, ' - ').replace(/^(?:Represented by|Accompanied by|Représentée? par|Accompagnée?s? (?:de|par))\s*:?\s*/iu, '').replace(/\s*\[\p{Lu}{2,5}\]/gu, '').replace(/(?<=\p{L})[*†‡]+(?=\s|,|\(|$)/gu, '')).replace(/[\s,;]+$/u, '').replace(COMPANY_SUFFIX_OR_PERIOD, '$1').replace(/[\s,;]+$/u, '').replace(/\s+[-–—]$/u, '').replace(/^(?:la|le|les|l['’]|the)\s*(?=\p{Lu})/u, '');
  // ("mbeaulieu", "priya_r": a chat handle in lower case names no one these rules can read, and no organisation.)
  if (/^\p{Ll}[\p{L}\d_.-]*$/u.test(text)) return null;
  // "The committee resumed its study.", "Le comité reprend son étude": a sentence, no entry.
  if (/^(?:[Tt]he|[Tt]his|[Tt]hese|[Ii]t|[Ww]e|[Tt]hey|[Ll]e|[Ll]a|[Ll]es|[Cc]e|[Cc]ette|[Ii]ls?|[Ee]lle|[Oo]n|[Nn]ous)\s+\p{Ll}+(?:\s+\p{Ll}[\p{L}'’]*){2,}/u.test(written.trim())) return null;
  // "… Tom Becker. Regrets were received from …": a second sentence, no entry.
  if (/(?:\p{Ll}{2}|\))\.\s+\p{Lu}\p{Ll}+\s+\p{Ll}+/u.test(text)) return null;
  // "Dix-huit (18) personnes assistent à la séance", "Two members of the public": a count, no one named.
  // ("Download PDF (212 KB) | Back to all meetings", "Privacy · Accessibility": a web page's links, no entry.)
  if (isCount(text) || /https?:\/\/|www\.|\s[|·]\s/u.test(text)) return null;
  // "Olusegun Adebayo-Marsh / Northfold Cloud / Kestrel": a name, then its organisations, slash-separated.
  // ("Jonas Weide / TU Carrow / @jweide (facilitating)": the handle gone, its slash goes too; the note stays.)
  const slashes = text.replace(/\s*\/\s*(?=\/|\(|[—–]|$)/gu, ' ').replace(/\s+/gu, ' ').trim();
  const slashed = /^([^/,()]+?)\s+\/\s+([^/()]+?)(?:\s+\/\s+[^()]*?)?\s*(\([^()]*\))?$/u.exec(slashes);
  if (slashed && isPersonName(stripHonorifics(slashed[1] ?? '')) && (slashed[1] ?? '').includes(' ')) return parseAttendeeEntry(`${slashed[1]}, ${slashed[2]}${slashed[3] ? ` ${slashed[3]}` : ''}`, options);
  if (slashes !== text && !slashes.includes('/')) return parseAttendeeEntry(slashes, options);
  // "Gordon Achterberg for Peter Lindqvist", "Frédérique Hallé pour Keith Darnell": a substitute sits, the member does not.
  const substitute = /^(.+?)\s+(?:for|pour|replacing|remplaçant|en remplacement de)\s+(.+)$/u.exec(text);
  if (substitute && [substitute[1], substitute[2]].every((name) => isPersonName(stripHonorifics(name ?? '')))) return parseAttendeeEntry(substitute[1] ?? '', options);
  const named = isPersonName(stripHonorifics(text).split(/\s*[,(]/u)[0] ?? '');
  if (text === '' || wordCount(text) > (named ? MAX_NAMED_ENTRY_WORDS : MAX_ENTRY_WORDS)) return null;
  const bare = stripHonorifics(text);
  const head = /^[^,;()–—]*?(?=\s*(?:[,;(]|\s[-–—]\s|$))/u.exec(bare)?.[0]?.trim() ?? '';
  // "Mia Chen from the Parks Department", "Luc Roy de la Ville de Gatineau": the organisation after "from".
  const from = /^(.+?)\s+(?:from|de)\s+((?:the\s+|la\s+|le\s+|l['’])?\p{Lu}.*)$/u.exec(head);
  if (from && isPersonName(from[1] ?? '') && (from[1] ?? '').includes(' ')) return withDetails(from[1] ?? '', joinAffiliation((from[2] ?? '').replace(/^the\s+/u, ''), bare.slice(head.length).trim()), text);
  const rest = bare.slice(head.length).trim().replace(/^[-–—]\s+/u, ', ');
  if (rest === '' && !head.includes(' ') && options.loneWordIsOrganization && bare === text) return { name: null, affiliation: head, text };
  // "CAO Gina Hall", "Clerk Henry Ito", "Director of Finance Iris Kay": a title written before the name.
  const titled = titleThenName(head);
  if (titled) {
    const entry = withDetails(titled[2] ?? '', rest, text);
    const role = roleOf(titled[1] ?? '');
    return role && entry.role === undefined ? { ...entry, role } : entry;
  }
  // ("Mme Le Gall-Moreau": after a civility, a capitalised particle opens the surname.)
  if (bare !== text && /^(?:Le|La|De|Du|Des|Van|Von|Di|Da)\s+\p{Lu}[\p{L}'’-]+$/u.test(head)) return withDetails(head, rest, text);
  const split = options.nameThenOrganization ? firstTwoWords(head) ?? splitNameWords(head) : splitNameWords(head);
  if (split) return withDetails(split.name, joinAffiliation(split.affiliation, rest), text);
  // "SCIC – Mélanie Aubut-Forrester, agente principale": the organisation first, then its person.
  const [, person, details] = /^[-–—]\s+([^,;()]+?)\s*(?:[,;(]\s*(.*))?$/u.exec(bare.slice(head.length).trim()) ?? [];
  if (person && person.includes(' ') && isPersonName(person) && isOrganizationEntry(head, options)) return withDetails(person, joinAffiliation(head, details ?? ''), text);
  // "Finance Officer - Priya Oommen, CPA", "Recording Secretary - Mandy King": the function first, then who holds it.
  if (person && person.includes(' ') && isPersonName(person) && isFunction(head)) { const entry = withDetails(person, details ?? '', text); const role = roleOf(head); return role && entry.role === undefined ? { ...entry, role } : entry; }
  if (isOrganizationEntry(head, options)) {
    // "Ministry of Indigenous Affairs (observer)": the role it attends in is no part of its name.
    const role = /^\(([^)]*)\)$/u.exec(rest)?.[1];
    if (role && roleOf(role) !== undefined && isFunction(role)) return { name: null, affiliation: head, text, role: roleOf(role) as ExtractedRole };
    // "Nunavut (materials requested)": a note in lower case is no part of the organisation's name.
    const organization = rest === '' || /^\(\p{Ll}[^()]*\)$/u.test(rest) ? head : `${head} ${rest}`;
    return { name: null, affiliation: organization, text };
  }
  return null;
}

/** The name words of the head, and organisation words written after them without punctuation. */
function splitNameWords(head: string): { name: string; affiliation: string } | null {
  if (isPersonName(head)) return { name: head, affiliation: '' };
  const words = head.split(' ');
  const firstOrg = words.findIndex((word, index) => index > 0 && isOrganizationToken(word));
  if (firstOrg <= 0) return null;
  const name = words.slice(0, firstOrg).join(' ');
  return isPersonName(name) ? { name, affiliation: words.slice(firstOrg).join(' ') } : null;
}

function firstTwoWords(head: string): { name: string; affiliation: string } | null { // ("Mark Burns Yukon"; "Point Sujet ou discussion" is no entry.)
  const words = head.split(' ');
  if (words.length < 3 || !words.slice(0, 3).every((word) => /^\p{Lu}[\p{L}'’\-]*$/u.test(word))) return null;
  return { name: words.slice(0, 2).join(' '), affiliation: words.slice(2).join(' ') };
}

/** "Municipal Service Delivery Officials" + "(MSDO) (Région de Waterloo)" stay one affiliation. */
function joinAffiliation(words: string, rest: string): string {
  if (words === '' || rest === '') return words || rest;
  return rest.startsWith('(') ? `${words} ${rest}` : `${words}, ${rest}`;
}

function isOrganizationEntry(head: string, options: EntryOptions): boolean {
  if (isPlaceName(head)) return true;
  const words = head.split(' ').filter((word) => word !== '');
  if (words.length === 0 || !/^\p{Lu}/u.test(head)) return false;
  if (words.length === 1) return isOrganizationToken(head) || (options.loneWordIsOrganization === true && isPersonName(head));
  return ORGANIZATION_WORD.test(head) || words.some(isOrganizationToken);
}

/** Sorts what follows the name into role annotations, functions and the affiliation. */
// "Chair, Finance and Audit Committee": a committee named after a role is the role's scope — another body.
const SUB_BODY = wordRegExp(String.raw`\b(?:Committee|Subcommittee|Sub-committee|Task Force|Working Group|Comité|Sous-comité|Groupe de travail)\b`, 'u');
// "President, Medical Staff Association": the office of a body of its own, which is the affiliation.
const OWN_BODY = wordRegExp(String.raw`\b(?:Association|Society|Union|Federation|Syndicat|Fédération|Chamber|Chambre)\b`, 'u');

const OFFICER = /^(?:secretary|secrétaire|secretary-treasurer|secrétaire-trésorière?)$/iu;
// So is the secretary of the board itself, "directrice générale et secrétaire du conseil" (the minute-taker is "de séance").
const BODY_OFFICER = /^(?:secretary|secrétaire)\s+(?:of the|du|de la)\s+(?:board|council|corporation|society|conseil|société)$/iu;

function withDetails(name: string, rest: string, text: string): AttendeeEntry {
  let role: ExtractedRole | undefined;
  const affiliation: string[] = [];
  let previous: 'function' | 'role' | 'affiliation' | null = null;
  let afterTitle = false;
  let lastPart = '';
  for (const part of detailParts(rest).flatMap(servingParts).flatMap(trailingFunction).flatMap(representing)) {
    // A bare "Secretary", "Secrétaire" is the body's officer, a seat like "Treasurer": the list gives the role.
    const partRole = OFFICER.test(part.trim()) || BODY_OFFICER.test(part.split(/\s+(?:et|and)\s+/u).pop()?.trim() ?? '') ? undefined : roleOf(part);
    if (previous === 'role' && SUB_BODY.test(part)) {
      role = undefined; // the chair of a committee of the body, not of this meeting
      previous = 'function';
      continue;
    }
    // (In English: "présidente (Association des aînés …)" chairs the meeting and stands for the association.)
    if (previous === 'role' && role === 'CHAIR' && OWN_BODY.test(part) && /^President$/u.test(lastPart)) role = undefined; // its president, not this meeting's chair
    // "Manager, Finance and Administration": a title's portfolio ("X and Y") is no organisation.
    if (previous === 'function' && affiliation.length === 0 && /^\p{Lu}\p{Ll}+\s+(?:and|et|&)\s+\p{Lu}\p{Ll}+$/u.test(part) && !ORGANIZATION_WORD.test(part)) continue;
    lastPart = part.trim();
    if (isFunction(part)) {
      role = role ?? partRole;
      previous = partRole !== undefined ? 'role' : 'function';
      continue;
    }
    if (affiliation.length === 0 && (previous === 'function' || previous === 'role')) afterTitle = true;
    affiliation.push(part);
    previous = 'affiliation';
  }
  const organization = parentOrganization(affiliation);
  const entry: AttendeeEntry = { name, affiliation: organization, text, ...(afterTitle ? { afterTitle } : {}) };
  return role === undefined ? entry : { ...entry, role };
}

// A department, ministry, secretariat, federal body ("… Canada") or university that the parts before it belong to.
const PARENT = /^(?:(?:the\s+)?(?:Department|Ministry|Minist[eè]re|Secretariat|Secr[eé]tariat)\b|Treasury Board\b)|\b(?:Canada|University|Université)$/iu;

/**
 * "Service Transformation Branch, Department of Citizen Service Operations", "Nonprofit Workforce
 * Observatory, Tidewater University": a unit, then the organisation it is part of — the organisation
 * is the affiliation. So is one whose name the unit repeats ("Service New Brunswick Operations, Service
 * New Brunswick"). Otherwise the parts stay together ("Digital Transformation Office, Manitoba Finance").
 * The organisation is what a reference resolves (a unit has no node of its own).
 */
function parentOrganization(parts: string[]): string | null {
  if (parts.length === 0) return null;
  const last = parts[parts.length - 1] as string;
  const units = parts.slice(0, -1);
  // ("Immigration, Réfugiés et Citoyenneté Canada" is one name with a comma: a unit has more than one word.)
  if (units.length > 0 && units.every((unit) => unit.includes(' ')) && (PARENT.test(last) || units.every((unit) => unit.startsWith(`${last} `))) && !units.some((unit) => PARENT.test(unit) && !/\b(?:University|Université)$/iu.test(last))) return last;
  return parts.join(', ');
}

// "délégué de la Municipalité de Lac-Boisclair", "de la firme Groupe Arpents inc.", "representative of the Town of Elm":
// a function in lower case (or none) and the organisation it is of, after the preposition.
const SERVING = /^(?:(\p{Ll}[\p{L}'’\- ]*?)\s+)?(?:de la|de l['’]|du|des|de|d['’]|of the|of|from the|from|for the|for|representing(?: the)?|auprès de la|auprès du|auprès de)\s*(?:(?:firme|entreprise|société|cabinet|organisme|firm|company|agency)\s+)?(\p{Lu}.*)$/u;

/** "Driftwood Project Representative": the organisation a representative stands for, then the function. */
function representing(part: string): string[] {
  const match = /^(\p{Lu}.*?)\s+(Representative|Rep\.?|Delegate)$/u.exec(part.trim());
  const organization = match?.[1] ?? '';
  // ("Council Representative": the body's own seat; "TBS Representative", "Driftwood Project Representative": an organisation.)
  const named = organization.includes(' ') || isOrganizationToken(organization);
  if (!match || !named || CONSTITUENCY_ONLY.test(organization) || roleOf(organization) !== undefined || FUNCTION_WORD.test(organization)) return [part];
  return [match[1] ?? '', match[2] ?? ''];
}

/** "Municipalité de Saint-Aubin et préfet suppléant": an organisation, then a function joined by "et"/"and". */
function trailingFunction(part: string): string[] {
  const joined = /^(.*\S)\s+(?:et|and)\s+(\p{Ll}.*)$/u.exec(part);
  const after = joined?.[2] ?? '';
  return joined && /\p{Lu}/u.test(joined[1] ?? '') && (FUNCTION_WORD.test(after.split(/\s+/u)[0] ?? '') || roleOf(after) !== undefined) ? [joined[1] ?? '', after] : [part];
}

function servingParts(part: string): string[] {
  const match = SERVING.exec(part);
  if (!match || (match[1] !== undefined && !FUNCTION_WORD.test(match[1]) && roleOf(match[1]) === undefined)) return [part];
  // "representing Dugald Topshee": standing in for a person, no organisation.
  if (isPersonName(match[2] ?? '') && !ORGANIZATION_WORD.test(match[2] ?? '') && !isPlaceName(match[2] ?? '') && !isLocalityName(match[2] ?? '')) return [part];
  return match[1] === undefined ? [match[2] ?? ''] : [match[1], match[2] ?? ''];
}

/** "Recording Secretary (City of Port Alder)" → function, then the organisation in parentheses. */
function detailParts(rest: string): string[] {
  const parts: string[] = [];
  for (const raw of hideParenthesised(rest).split(/\s*(?:[,;]|\s[-–—]\s)\s*/u)) {
    const part = raw.replace(/\u0000/gu, ',').replace(/\u0001/gu, ' ').trim();
    // "(Ville, coordonnateur)": an organisation and a function in one parenthesis.
    const listed = /^\(([^()]*,[^()]*)\)$/u.exec(part);
    // ("(Innovation, Science and Economic Development Canada)" is one name with commas: split only beside a function.)
    if (listed && (listed[1] ?? '').split(',').some((piece) => isFunction(piece.trim()))) {
      parts.push(...(listed[1] ?? '').split(',').map((piece) => piece.trim()));
      continue;
    }
    if (part === '') continue;
    const inParentheses = /^(.*?)\s*\(([^)]*)\)$/u.exec(part);
    // "Town of Carrick Falls (Co-Chair)": an organisation with a role in parentheses is two parts too.
    // "… de Rivière-aux-Ormes (absence motivée)": a note in lower case is a part of its own too.
    const note = /^\p{Ll}/u.test(inParentheses?.[2] ?? '') && !ORGANIZATION_WORD.test(inParentheses?.[2] ?? '');
    if (inParentheses && (inParentheses[1] === '' || note || isFunction(inParentheses[1] ?? '') || roleOf(inParentheses[2] ?? '') !== undefined || SEAT.test(inParentheses[2] ?? ''))) {
      if (inParentheses[1]) parts.push(inParentheses[1]);
      // "Associate Deputy Minister (Seniors)": the portfolio of a function, not an organisation.
      // ("mairesse (Port-Sainte-Anne)" names the town she represents: a title in lower case keeps it.)
      const portfolio = /^\p{Lu}/u.test(inParentheses[1] ?? '') && isFunction(inParentheses[1] ?? '') && !ORGANIZATION_WORD.test(inParentheses[2] ?? '') && !isPlaceName(inParentheses[2] ?? '') && roleOf(inParentheses[2] ?? '') === undefined;
      if (!portfolio) parts.push(inParentheses[2] ?? '');
    } else parts.push(part);
  }
  // ("Tamsworth District Health Unit – for item 6.1": the item they came for is no part of the organisation.)
  return parts.map((part) => part.replace(/\s+[–—-]\s+(?:for\s+|pour\s+(?:le\s+)?)?(?:items?|points?)\s+[\d.]+(?:\s+only|\s+seulement)?$/iu, '')).filter((part) => part !== '');
}

/** "General Counsel Benedict Ayles" → its title and the name after it; null when the text is no such pair. */
export function titleThenName(text: string): RegExpExecArray | null {
  // ("KLPS Solicitor B. Yee": the name may be an initial and a surname.)
  const titled = /^(.+?)\s+((?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)\s*\p{Lu}[\p{L}'’-]+)$/u.exec(text.trim());
  return titled && isPersonName(titled[2] ?? '') && isFunction(titled[1] ?? '') && !isPersonName(text) ? titled : null;
}

/** Whether a cell or part can name an organisation: not a function, a seat or a credential, not a dash. */
export function namesOrganization(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && !/^[—–-]+$/u.test(trimmed) && !isFunction(trimmed);
}

/** "Hugo Tremblay-Nakogee (HTN), Première Nation …", "Mme Karine Poitras, présidente (KP)": the person's own initials in brackets, as minutes then refer to them, go. */
function withoutOwnInitials(written: string): string {
  const name = /^[^,(–—]+/u.exec(written.trim())?.[0] ?? '';
  const words = stripHonorifics(name).split(/\s+/u).filter((word) => word !== '');
  if (words.length < 2) return written;
  const byWord = words.map((word) => word.charAt(0)).join('').toUpperCase();
  const byPart = words.flatMap((word) => word.split('-')).map((part) => part.charAt(0)).join('').toUpperCase();
  const own = /\s*\((\p{Lu}{2,5})\)/gu;
  const kept = written.replace(own, (bracket, initials: string) => (initials === byWord || initials === byPart ? '' : bracket));
  return kept === written ? written : foldWhitespace(kept).replace(/\s+,/u, ',');
}
