import { ORGANIZATION_WORD, FUNCTION_WORD, isPersonName, stripHonorifics } from '../text/personNames';
import { isPlaceName } from '../text/placeNames';
import { hideParenthesised } from '../text/parentheses';
import { wordCount } from '../text/words';
import { namesOrganization } from './attendeeEntry';

/**
 * The entries of an inline list: "A, B and C", "A, B, et C", "A; B, Org". Commas separate people
 * only when every piece is a name; otherwise they belong to one entry ("Name, Title, Org"). Where
 * each item or line is one entry (`commaSeparatesPeople` false), "Will Stevens, Cloud Ops" is a
 * name and an organisation: only a conjunction or three names make it a list.
 */
export function splitInlineList(text: string, commaSeparatesPeople = true): string[] {
  if (text.includes(';')) {
    // "A (Org); B" lists people; "Anjali Menon, Public Member; Chair, Finance and Audit Committee" is one entry.
    const parts = text.split(';').map((part) => part.trim()).filter((part) => part !== '');
    const headed = (part: string) => { const head = stripHonorifics(part).split(/\s*[,(–—]/u)[0]?.trim() ?? ''; return isPersonName(head) || isPlaceName(head) || ORGANIZATION_WORD.test(head); };
    if (commaSeparatesPeople || parts.every((part) => headed(part) && !FUNCTION_WORD.test(part.split(/[,(]/u)[0] ?? ''))) return parts;
    return [text];
  }
  // "Lena Morrow – President and CEO, Dev Ramaswamy – Vice-President, Finance": each name opens its entry before a dash.
  const dashed = text.split(/,\s+(?=(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}[–—]\s)/u);
  if (dashed.length >= 2 && dashed.every((piece) => /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}[–—]\s/u.test(piece) && isPersonName(piece.split(/\s+[–—]\s/u)[0] ?? ''))) return dashed;
  // "Julien Martel (Ville, coordonnateur), Camille Dufresne": a comma in parentheses separates no one.
  const pieces = hideParenthesised(text).replace(/Newfoundland and Labrador/gu, 'Newfoundland\u0001and\u0001Labrador')
    .split(/\s*,\s*|\s+(?:and|et|&)\s+/u)
    .map((piece) => piece.replace(/^(?:and|et)\s+/u, '')
    .replace(/\u0000/gu, ',').replace(/\u0001/gu, ' ').trim())
    .filter((piece) => piece !== '');
  // "Mia Chen from the Parks Department": the name before "from" is what must look like one.
  const bare = pieces.map((piece) => piece.replace(/\s*\([^)]*\)\s*/gu, ' ').replace(/\s+(?:from|of|de)\s+(?:the\s+|la\s+|le\s+|l['’])?\p{Lu}.*$/u, '').trim());
  // "A (Org), B (Org), Auberge du cœur Le Tournant": people with their organisations make it a list,
  // whatever its organisation-only entries look like.
  const withOrganization = pieces.filter((piece, index) => /\(/u.test(piece) && isPersonName(bare[index] ?? '') && (bare[index] ?? '').includes(' '));
  if (pieces.length >= 3 && withOrganization.length >= 2 && pieces.every((piece) => /^\p{Lu}/u.test(stripHonorifics(piece)))) return pieces;
  // "Regrets: Saskatchewan, Newfoundland and Labrador": governments listed like people.
  if (pieces.length >= 2 && bare.every((piece) => isPlaceName(piece)) ) return pieces;
  if (pieces.length < 2 || !bare.every((piece) => isPersonName(piece) || isPlaceName(piece))) return peopleWithDetails(pieces, bare) ?? [text];
  // "Caster, Github" is a name and an organisation; "Tom Brennan, Aisha Karim" and "A, B and C" are people.
  const conjunction = /\s(?:and|et|&)\s/u.test(text);
  return conjunction || pieces.length >= 3 || (commaSeparatesPeople && bare.every((piece) => wordCount(piece) >= 2)) ? pieces : [text];
}

/**
 * "A (Org), B, vérificatrice (Org), Me C, notaire (Org), Caisse populaire de X": people written with
 * their details between commas. Each full name opens an entry and the pieces after it (a function in
 * lower case, its organisation in parentheses) are its details; an organisation after an entry that
 * has one is an entry of its own.
 */
function peopleWithDetails(pieces: string[], bare: string[]): string[] | null {
  const isFullName = (index: number) => isPersonName(bare[index] ?? '') && (bare[index] ?? '').includes(' ');
  if (pieces.length < 3 || !isFullName(0) || pieces.filter((_, index) => isFullName(index)).length < 2) return null;
  const entries: { text: string; organized: boolean }[] = [];
  for (const [index, piece] of pieces.entries()) {
    const open = entries[entries.length - 1];
    if (!open || isFullName(index) || (open.organized && namesOrganization(piece))) {
      entries.push({ text: piece, organized: /\(/u.test(piece) });
      continue;
    }
    // Only a function in lower case is a detail: "Sarah Mitchell, Parks Planning, City of …" may be a name or a unit.
    // ("conseiller municipal, Municipalité de …": after a function, its organisation.)
    if (!/^\p{Ll}/u.test(piece) && !(/^\p{Ll}/u.test(pieces[index - 1] ?? '') && ORGANIZATION_WORD.test(piece))) return null;
    entries[entries.length - 1] = { text: `${open.text}, ${piece}`, organized: open.organized || /\(|^\p{Lu}/u.test(piece) };
  }
  return entries.map((entry) => entry.text);
}
