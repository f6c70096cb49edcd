import { FUNCTION_WORD, ORGANIZATION_WORD } from '../text/personNames';
import { isPlaceName } from '../text/placeNames';
import { wordRegExp } from '../text/words';

// "President and CEO", "Vice-President Finance and Operations": one office and its second title or portfolio.
const OFFICE_AND = /^((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*)\s+(?:and|&)\s+(\p{Lu}[\p{L}-]*)$/u;

/** An office written with "and" that names one owner, not two. */
export function isOneOffice(written: string): boolean {
  const [, office = '', second = ''] = OFFICE_AND.exec(written) ?? [];
  if (!office || !FUNCTION_WORD.test(office) || isPlaceName(second) || ORGANIZATION_WORD.test(second)) return false;
  return /^\p{Lu}{2,4}$/u.test(second) ? FUNCTION_WORD.test(second) : !FUNCTION_WORD.test(second) && office.includes(' ');
}

// "That the General Manager, Community and Protective Services include …", "That Parks staff review …": an office
// (with its portfolio) or a body's staff, the subject of a resolution's clause.
const TITLED_OFFICE = wordRegExp(String.raw`\b[Tt]hat\s+(?:the\s+)?((?:General Manager|Director|Manager|Commissioner|City Clerk|Town Clerk|City Solicitor|Treasurer|Chief [A-Z][a-z]+ Officer)(?:,\s+\p{Lu}[\p{L}-]*(?:\s+(?:and|&|of|\p{Lu}[\p{L}-]*))*)?|\p{Lu}[\p{L}-]*(?:\s+(?:and|&|of|\p{Lu}[\p{L}-]*)){0,4}\s+staff)\s+(?!be\b|is\b|are\b|was\b|were\b|has\b|have\b)\p{Ll}+\b`, 'u');

/** The office a resolution's "That the … <verb>" clause gives a task, or undefined. */
export function titledOffice(sentence: string): string | undefined {
  return TITLED_OFFICE.exec(sentence)?.[1];
}
