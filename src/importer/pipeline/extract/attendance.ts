import type { ExtractedAttendee, ExtractedRole, Section } from '../types';
import { listEntries, listOptions } from '../patterns/peopleList';
import { withEnglishInitial } from '../text/personNames';
import { foldKey, wordRegExp } from '../text/words';

// Words that name an organisation of its own rather than a unit of the body ("Services", "Operations" do not).
const OTHER_ORGANIZATION = wordRegExp(String.raw`\b(?:Inc|Ltd|LLP|LLC|Corp|Corporation|Company|Agency|Association|Ministry|Minist[eè]re|Department|City|Ville|Town|Township|Municipality|Municipalit[eé]|County|Government|Gouvernement|Canada|Universit[yé]|College|Coll[eè]ge|Library|Foundation|Fondation|Institute|Institut|Hospital|H[oô]pital|Nation|Nations|Federation|F[eé]d[eé]ration|Commission|Society|Soci[eé]t[eé])\b|\b\p{Lu}{2,}\b`, 'u');

/**
 * Every entry of the attendance and regrets sections, in document order: the section's role (a
 * plain list is MEMBER, a regrets list REGRETS) unless the entry states its own ("(Chair)",
 * "présidente", "Co-chair", "Recording Secretary"). A person listed twice under the same name is
 * recorded once, at the first line; different people who share a first name are never merged,
 * and organisation-only entries are all kept (two entries may be two people of one organisation).
 */
export function extractAttendance(sections: Section[], language: 'en' | 'fr' = 'en'): ExtractedAttendee[] {
  const attendees: ExtractedAttendee[] = [];
  const seen = new Set<string>();
  const lists = sections.filter((section) => section.kind === 'attendance' || section.kind === 'regrets');
  const options = listOptions(lists.flatMap((section) => section.blocks));
  for (const section of lists) {
    const listRole: ExtractedRole = section.role ?? (section.kind === 'regrets' ? 'REGRETS' : 'MEMBER');
    for (const { block, entries } of listEntries(section.blocks, options)) {
      for (const entry of entries) {
        const key = entry.name === null ? null : foldKey(entry.name);
        if (key !== null && seen.has(key)) continue;
        if (key !== null) seen.add(key);
        // A guest who is "President, Westmark Association" presides over that association, not over this meeting.
        const visiting = listRole === 'GUEST' || listRole === 'OBSERVER' || listRole === 'PRESENTER' || listRole === 'SECRETARIAT';
        // On a staff or guest list "Vice-President, Finance" is a job, not a seat of this meeting.
        const ownRole = visiting && (entry.role === 'CHAIR' || entry.role === 'CO_CHAIR' || entry.role === 'MEMBER') ? undefined : entry.role;
        const role = listRole === 'REGRETS' ? 'REGRETS' : (ownRole ?? listRole);
        const name = language === 'en' && entry.name !== null ? withEnglishInitial(entry.name, entry.text) : entry.name;
        // "D. Haldane, Director, Watershed Services" on the staff list: a division of the body, not another organisation.
        const portfolio = listRole === 'SECRETARIAT' && entry.afterTitle === true && !OTHER_ORGANIZATION.test(entry.affiliation ?? '');
        attendees.push({ name, role, affiliation: portfolio ? null : entry.affiliation, lines: block.lines, quote: entry.text });
      }
    }
  }
  return attendees;
}
