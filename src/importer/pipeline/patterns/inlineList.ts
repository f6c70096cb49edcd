import { FUNCTION_WORD, ORGANIZATION_WORD, isPersonName, opensWithCivility, stripHonorifics } from '../text/personNames';
import { hideJoinedPlaceNames, isPlaceName } from '../text/placeNames';
import { hideParenthesised } from '../text/parentheses';
import { wordCount } from '../text/words';
import { namesOrganization, titleThenName } from './attendeeEntry';
import { isCount } from './headCounts';

/**
 * The entries of an inline list: "A, B and C", "A, B, et C", "A; B, Org". Commas separate people
 * only when every piece is a name; otherwise they belong to one entry ("Name, Title, Org"). Where
 * each item or line is one entry (`commaSeparatesPeople` false), "Will Stevens, Cloud Ops" is a
 * name and an organisation: only a conjunction or three names make it a list.
 */
// (A group's title, not a sentence: "CAO Brenda Olafson was present" after a full stop is a sentence of its own.)
const TITLE_AFTER_STOP = /(?<=\p{Ll}{2})\.\s+(?=(?:Sis|Sisters|Bros?|Brothers|Drs|Professors|Cllrs|Messrs|Mmes|MM|Mesdames|Messieurs)\.?\s+\p{Lu})/gu;

export function splitInlineList(entries: string, commaSeparatesPeople = true, nameThenOrganization = false): string[] {
  // ("Ms. Halloran-Ruud ........ (Norway)": a row of leader dots joins a name to its country, as a comma would not.)
  // ("Bros. T Hargreaves, W Ashcroft. Sis. J Okafor-Reece, L Brannan": a full stop before a title goes on with the list.)
  const written = entries.replace(/\s*\.{4,}\s*/gu, ' ').replace(TITLE_AFTER_STOP, ', ');
  // "A (Org), B — chargée de projet, 2 membres": a head count closing the list names no one.
  const counted = /(?:[,;]|\s(?:and|et))\s*(?:(?:and|et)\s+)?([^,;()]+(?:\([^()]*\))?)$/u.exec(written);
  // ("…, Dr. Suresh Venkataraman.": the sentence's full stop is no part of the last name.)
  // ("… and Oyelaran (5).": the count of those listed, in brackets, closes a parliamentary roll.)
  const text = (counted && isCount(counted[1]?.trim() ?? '') ? written.slice(0, counted.index) : written).replace(/(?<=\p{Ll}{2})\.\s*$/u, '').replace(/\s*\(\d{1,2}\)\.?$/u, '');
  if (text.includes(';')) {
    // "A (Org); B" lists people; "Anjali Menon, Public Member; Chair, Finance and Audit Committee" is one entry.
    const parts = text.split(';').map((part) => part.trim()).filter((part) => part !== '');
    const headed = (part: string) => { const head = stripHonorifics(part).split(/\s*[,(–—]|\s+(?:and|et|&)\s+/u)[0]?.trim() ?? ''; return isPersonName(head) || isPlaceName(head) || ORGANIZATION_WORD.test(head); };
    // "A (Co-Chair) and B (Co-Chair); C, D, E": a part may list people of its own.
    if (commaSeparatesPeople || parts.every((part) => headed(part) && !FUNCTION_WORD.test(stripHonorifics(part.split(/[,(]/u)[0] ?? '')))) return parts.flatMap(peopleOfPart);
    return [text];
  }
  // "Lena Morrow – President and CEO, Dev Ramaswamy – Vice-President, Finance": each name opens its entry before a dash.
  const dashed = text.split(/,\s+(?=(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}[–—]\s)/u);
  if (dashed.length >= 2 && dashed.every((piece) => /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}[–—]\s/u.test(piece) && isPersonName(piece.split(/\s+[–—]\s/u)[0] ?? ''))) return dashed;
  // "Julien Martel (Ville, coordonnateur), Camille Dufresne": a comma in parentheses separates no one.
  const pieces = hideJoinedPlaceNames(hideParenthesised(text))
    .split(/\s*,\s*|\s+(?:and|et|&)\s+/u)
    .map((piece) => piece.replace(/^(?:and|et)\s+/u, '')
    .replace(/\u0000/gu, ',').replace(/\u0001/gu, ' ').trim())
    .filter((piece) => piece !== '');
  // "Mme RIOU (…), M. LAUNAY (enseignant), Mme QUÉRÉ et M. FLOCH": a civility opens each person's entry, and pieces
  // between them ("Mme A, présidente, M. B") are the details of the one before.
  if (pieces.filter((piece) => opensWithCivility(piece)).length >= 2 && opensWithCivility(pieces[0] ?? '')) {
    // ("Dr. A, Prof. B": a piece opening with a capital is an entry of its own all the same.)
    const detail = (piece: string) => !opensWithCivility(piece) && !/^\p{Lu}/u.test(piece);
    return pieces.reduce<string[]>((entries, piece) => (!detail(piece) || entries.length === 0 ? [...entries, piece] : [...entries.slice(0, -1), `${entries[entries.length - 1]}, ${piece}`]), []);
  }
  const bare = pieces.map(bareName);
  // "A (Org), B (Org), Auberge du cœur Le Tournant": people with their organisations make it a list,
  // whatever its organisation-only entries look like.
  const withOrganization = pieces.filter((piece, index) => /\(/u.test(piece) && isPersonName(bare[index] ?? '') && (bare[index] ?? '').includes(' '));
  if (pieces.length >= 3 && withOrganization.length >= 2 && pieces.every((piece) => /^\p{Lu}/u.test(stripHonorifics(piece)))) return pieces;
  // "Regrets: Saskatchewan, Newfoundland and Labrador": governments listed like people.
  if (pieces.length >= 2 && bare.every((piece) => isPlaceName(piece)) ) return pieces;
  // "Bérénice Lavoie et Tomasz Wójcik, Secrétariat des conseils conjoints": people joined by a conjunction, then the
  // organisation they share.
  const shared = pieces[pieces.length - 1] ?? '';
  if (pieces.length >= 3 && /\s(?:and|et|&)\s+[^,]+,\s*[^,]+$/u.test(text) && ORGANIZATION_WORD.test(shared) && !isPersonName(bare[bare.length - 1] ?? '')
    && bare.slice(0, -1).every((piece) => isPersonName(piece) && piece.includes(' '))) return pieces.slice(0, -1).map((person) => `${person}, ${shared}`);
  // "Councillor Joanne Vickery Township of Elsdale (Chair), Hollis Brandvold RNREDB, Nadia Froese": each piece a full name
  // and, without punctuation, its organisation (listOptions then reads the name as the first two words).
  // (Four pieces at least, or two once the document's lists are known to be written so: "Hydrology Research Lead" and
  // "Cedar Falls Detachment" also open like names.)
  const opensWithName = (piece: string) => isPersonName(stripHonorifics(piece).split(/\s+/u).slice(0, 2).join(' ')) && /^\p{Lu}\S*\s+\p{Lu}/u.test(stripHonorifics(piece)) && !/\s[-–—]\s/u.test(piece);
  const unpunctuated = bare.filter((piece) => !isPersonName(piece)).length;
  const lastIsName = isPersonName(bare[bare.length - 1] ?? '') && (bare[bare.length - 1] ?? '').includes(' ');
  if ((pieces.length >= 4 || (nameThenOrganization && lastIsName && pieces.length >= 2)) && pieces.every(opensWithName) && unpunctuated >= 1 && unpunctuated * 2 >= pieces.length) return pieces;
  if (pieces.length < 2 || !bare.every((piece) => isPersonName(piece) || isPlaceName(piece))) return peopleWithDetails(text) ?? [text];
  // "Caster, Github" is a name and an organisation; "Tom Brennan, Aisha Karim" and "A, B and C" are people.
  const conjunction = /\s(?:and|et|&)\s/u.test(text);
  // "K. Brandt, B. Nakamura-Sloane": an initial and a surname is a person, never an organisation.
  const initialled = bare.every((piece) => /^\p{Lu}\.(?:-?\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+$/u.test(piece));
  // (On a line of its own, "Governance and Elections Coordinator Paul Santangelo" is one entry: a conjunction joins full names.)
  const joinsNames = conjunction && (commaSeparatesPeople || bare.every((piece) => wordCount(piece) >= 2));
  return joinsNames || initialled || pieces.length >= 3 || (commaSeparatesPeople && bare.every((piece) => wordCount(piece) >= 2)) ? pieces : [text];
}

/**
 * "A (Org), B, vérificatrice (Org), Me C, notaire (Org), Caisse populaire de X": people written with
 * their details between commas. Each full name opens an entry and the pieces after it (a function in
 * lower case, its organisation in parentheses) are its details; an organisation after an entry that
 * has one is an entry of its own.
 */
function peopleWithDetails(text: string): string[] | null {
  // Commas separate the details ("Director of Parks and Special Places" is one title); ", and B" opens an entry.
  const raw = hideParenthesised(text).split(/\s*,\s*/u).map((piece) => piece.replace(/\u0000/gu, ',').trim()).filter((piece) => piece !== '');
  const pieces = raw.map((piece) => piece.replace(/^(?:and|et)\s+/u, ''));
  const bare = pieces.map(bareName);
  const titled = (index: number) => index >= 0 && /^\p{Lu}/u.test(pieces[index] ?? '') && isFunction(pieces[index] ?? '');
  // ("coprésidente (ministère X), B (Org)": a title that gave its organisation in parentheses is done.)
  const lowerTitle = (index: number) => index >= 0 && /^\p{Ll}/u.test(pieces[index] ?? '') && !(pieces[index] ?? '').includes('(');
  // After a capitalised title, capitalised words are its unit ("Director, Accessibility Programs"), after a title in
  // lower case its organisation ("conseiller en emploi, Emploi Carrefour Prairies"), unless it ends a longer list
  // ("…, conseillère, Paul Petit") or
  // "and" opens them or a title of their own follows ("A, Chair, B, Vice-Chair").
  const opensEntry = (index: number) => isPersonName(bare[index] ?? '') && (bare[index] ?? '').includes(' ')
    && (!(titled(index - 1) || lowerTitle(index - 1)) || /^(?:and|et)\s/u.test(raw[index] ?? '') || isFunction(pieces[index + 1] ?? '') || index === pieces.length - 1 && pieces.length > 3);
  if (pieces.length < 3 || !opensEntry(0) || pieces.filter((_, index) => opensEntry(index)).length < 2) return null;
  const entries: { text: string; organized: boolean }[] = [];
  for (const [index, piece] of pieces.entries()) {
    const open = entries[entries.length - 1];
    if (!open || opensEntry(index) || (open.organized && namesOrganization(piece))) {
      entries.push({ text: piece, organized: /\(/u.test(piece) });
      continue;
    }
    // Only a function is a detail, and what follows a function: "Sarah Mitchell, Parks Planning, City of …" may be a
    // name or a unit. ("conseiller municipal, Municipalité de …", "Executive Director, National Trail Stewards Network".)
    // ("Office of Councilmember X, District 6": a numbered district or ward goes with the office.)
    // (A credential after the name is a detail too: "Lydia Brandt, CPO, Chair".)
    const seatOrCredential = /^(?:district|ward|area|zone|division|quartier|secteur|circonscription)\s+\d+$/iu.test(piece)
      || /^\p{Lu}{2,5}(?:\([a-z]\))?$/u.test(piece);
    // ("Marcus Oyelaran – Field Deputy, Office of …": after a title given with a dash, the organisation.)
    const afterTitle = (isFunction(pieces[index - 1] ?? '') && (titled(index - 1) || ORGANIZATION_WORD.test(piece))) || /\s[–—]\s+\p{Lu}/u.test(pieces[index - 1] ?? '');
    if (!isFunction(piece) && !seatOrCredential && !afterTitle) return null;
    entries[entries.length - 1] = { text: `${open.text}, ${piece}`, organized: open.organized || /\(/u.test(piece) || (/^\p{Lu}/u.test(piece) && !isFunction(piece)) };
  }
  return entries.map((entry) => entry.text);
}

/** "vérificatrice", "Executive Director", "Director of Parks": a function, in lower case or opened by a job title. */
function isFunction(text: string): boolean {
  const opening = text.split(/\s+/u).slice(0, 2).join(' ');
  const name = bareName(text);
  return /^\p{Ll}/u.test(text) || (FUNCTION_WORD.test(opening) && !(name.includes(' ') && isPersonName(name)));
}

/** "Mia Chen (Parks) from the Parks Department" → "Mia Chen": the words that must look like a name. */
// ("Gordon Achterberg for Peter Lindqvist": a substitute, then the member they sit for.)
function bareName(piece: string): string {
  const bare = piece.replace(/\s+(?:for|pour)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u, '').replace(/\s*\([^)]*\)\s*/gu, ' ').replace(/\s+[–—]\s.*$/u, '').replace(/\s+-\s*$/u, '').replace(/\s+(?:from|of|de)\s+(?:the\s+|la\s+|le\s+|l['’])?\p{Lu}.*$/u, '').trim();
  // ("General Counsel Benedict Ayles", "President Gunnar Ellefsen (Chair)": a title before the name.)
  const titled = titleThenName(piece.replace(/\s*\([^)]*\)\s*/gu, ' ').replace(/^(?:and|et)\s+/u, ''));
  return titled ? titled[2] ?? '' : bare;
}

/** One part of a list cut at semicolons: several people when its pieces are all full names, else one entry. */
function peopleOfPart(part: string): string[] {
  const pieces = splitInlineList(part);
  const listed = pieces.length >= 3 || /\s(?:and|et|&)\s/u.test(hideParenthesised(part));
  return listed && pieces.length >= 2 && pieces.every((piece) => { const name = stripHonorifics(bareName(piece)); return name.includes(' ') && isPersonName(name); }) ? pieces : [part];
}
