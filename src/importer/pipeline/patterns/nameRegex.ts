import { HONORIFIC } from '../text/personNames';
import { hideParenthesised } from '../text/parentheses';
import { hideJoinedPlaceNames } from '../text/placeNames';

/**
 * Regular-expression sources for names as they occur inside sentences. A name word is
 * capitalised (Jean-François, O'Connor, Séguin) or an acronym; particles (de, van) may sit
 * between words. Used by the speaker, owner and motion patterns.
 */
// An initial counts as a word before a surname ("T. Leclair", "J.-P. Roy").
// ("[GTL]": initials in brackets, as some minutes write their members, are a name too.)
const WORD = String.raw`(?:\p{Lu}(?:\.-?\p{Lu})?\.(?=\s+\p{Lu})|\p{Lu}[\p{L}'’\-]*|\[\p{Lu}{2,5}\])`;
// Particles inside names, and the "of" of organisations ("Canadian School of Public Service").
const PARTICLE = String.raw`(?:de|du|des|da|di|van|von|der|la|le|of|of the|for)`;

/** One to four name words, optionally after honorifics ("M. Jean-François Roy", "Constable Delaney"). */
export const NAME = String.raw`(?:${HONORIFIC}\s+)*${WORD}(?:\s+(?:${PARTICLE}\s+)?${WORD}){0,3}(?:\s+\p{Lu}\.(?!\p{L}))?`;

/** Several names or groups joined by commas, "and", "&", "et", "+" ("Janique, Stacey and Guillaume", "GC & Jim", "ON + Secretariat"). */
export const NAMES = String.raw`${NAME}(?:\s*,\s*(?:and\s+|et\s+)?${NAME}|\s+(?:and|et|&|\+)\s+(?:the\s+)?${NAME})*`;

/** Splits "Janique, Stacey and Guillaume" / "Mme Lavoie et M. Roy" into the names as written. */
export function splitNames(text: string): string[] {
  // ("Agency (Science and Monitoring Sector)": what the parentheses hold is one name's part.)
  // ("Newfoundland and Labrador": one province, whatever "and" does elsewhere.)
  return hideJoinedPlaceNames(hideParenthesised(text))
    // ("Service de l'urbanisme et de l'environnement": "et de …" goes on with the same name.)
    .split(/\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et|&)\s+(?!(?:de|du|des|d['’]|of)\s)|\s+[/+]\s+/u)
    .map((part) => part.replace(/\u0000/gu, ',').replace(/\u0001/gu, ' ').trim())
    .filter((part) => part !== '');
}
