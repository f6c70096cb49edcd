import type { AttendeeEntry } from './attendeeEntry';

/**
 * "Aubin-Kaya, Mélodie (doyenne, présidente)", "Van Houtte, Annelies": a roll that writes surname
 * first, then the given name after a comma — as university and registry lists do. Read only when
 * most of a document's entries have that shape (`surnameFirst`), since "Caster, Github" alone is a
 * name and an organisation.
 */
// ("TREMBLAY-HOVINGTON, Maude", "BERGERON, Éloïse – AGR-MAPAQ": the surname may be in capitals, a dash may give the unit.)
const SURNAME = String.raw`(?:(?:Van|Von|Le|La|De|Du|Da|Di|Del|Mc|Mac)\s)?(?:\p{Lu}[\p{L}'’.-]*\p{Ll}[\p{L}'’-]*|\p{Lu}[\p{Lu}'’-]+)`;
const GIVEN = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const INVERTED = new RegExp(String.raw`^(${SURNAME}),\s+(${GIVEN})(\s*\([^()]*\)|\s+[–—-]\s+\S.*)?\s*$`, 'u');

/** True when the entry is written "Surname, Given" (with a note in brackets, perhaps). */
export function isSurnameFirst(text: string): boolean {
  return INVERTED.test(text.trim());
}

/** The entry read as "Given Surname …" for its role and affiliation, with its name as written. */
export function surnameFirstEntry(written: string, parse: (text: string) => AttendeeEntry | null): AttendeeEntry | null {
  const match = INVERTED.exec(written.trim());
  if (!match) return null;
  const [, surname = '', given = '', note = ''] = match;
  const entry = parse(`${given} ${surname}${note}`);
  return entry?.name ? { ...entry, name: `${surname}, ${given}`, text: written.trim() } : null;
}
