import { FUNCTION_WORD, ORGANIZATION_WORD } from '../text/personNames';
import { isPlaceName } from '../text/placeNames';

// "President and CEO", "Vice-President Finance and Operations": one office and its second title or portfolio.
const OFFICE_AND = /^((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*)\s+(?:and|&)\s+(\p{Lu}[\p{L}-]*)$/u;

/** An office written with "and" that names one owner, not two. */
export function isOneOffice(written: string): boolean {
  const [, office = '', second = ''] = OFFICE_AND.exec(written) ?? [];
  if (!office || !FUNCTION_WORD.test(office) || isPlaceName(second) || ORGANIZATION_WORD.test(second)) return false;
  return /^\p{Lu}{2,4}$/u.test(second) ? FUNCTION_WORD.test(second) : !FUNCTION_WORD.test(second) && office.includes(' ');
}

