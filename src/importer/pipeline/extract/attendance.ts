import type { ExtractedAttendee, ExtractedRole, Section } from '../types';
import { listEntries, listOptions } from '../patterns/peopleList';
import { OTHER_ORGANIZATION, withEnglishInitial } from '../text/personNames';
import { foldKey } from '../text/words';
import { isPlaceName } from '../text/placeNames';
import { blockText } from '../text/sourceLines';


const TICKED = /^\[[xX✓✔]\]$/u;
// The meeting's chair by office ("Council Chair", "président d'assemblée") and an organisation's president.
const CHAIR_WORD = /\bchair(?:person|man|woman)?\b|\bprésidente?s?\s+(?:d['’]assemblée|de (?:la )?séance|du conseil)\b|\bspeaker\b/iu;
const PRESIDENT_WORD = /\bpresident\b|\bprésidente?\b/iu;

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
    const rows = listEntries(section.blocks, options);
    // "- [x] A" / "- [ ] B": on an attendance checklist an unticked box is an absence.
    const checklist = section.blocks.some((block) => block.kind === 'listItem' && TICKED.test(block.marker ?? ''));
    const headingText = headingOf(section);
    // "Canada (co-chair)" over "The Honourable A, Minister of …" and "Accompanied by: B, …": a government
    // heading its people — their affiliation unless they state one; its role is its first person's.
    // "### Ontario" over its people: the government is the affiliation of those who state none.
    let group: { place: string; role?: ExtractedRole } | null = isPlaceName(headingText) ? { place: headingText } : null;
    for (const [index, { block, entries }] of rows.entries()) {
      const only = entries.length === 1 ? entries[0] : undefined;
      // ("Saskatchewan : Isabelle Fortier-Dyck" below names its own government: "Île-du-Prince-Édouard" heads no one.)
      const next = rows[index + 1];
      const headsPeople = (next?.entries ?? []).some((entry) => entry.name !== null) && !(next && blockText(next.block).includes(':'));
      // ("| Saskatchewan | Regrets |": a table row states its own government, and an absent one heads no one.)
      if (only && only.name === null && only.affiliation && isPlaceName(only.affiliation) && headsPeople && !blockText(block).includes(':') && block.kind !== 'tableRow' && only.role !== 'REGRETS') {
        group = only.role ? { place: only.affiliation, role: only.role } : { place: only.affiliation };
        continue;
      }
      for (const written of entries) {
        const grouped = group && written.name !== null;
        const entry = grouped && group ? { ...written, affiliation: written.affiliation ?? group.place, ...(written.role === undefined && group.role ? { role: group.role } : {}) } : written;
        if (grouped && group) group = { place: group.place };
        const key = entry.name === null ? null : foldKey(entry.name);
        if (key !== null && seen.has(key)) {
          // ("Co-chairs: A (Canada), B (Manitoba)" under the roll that listed them: the chair's role is theirs, at their first line.)
          const chairing = entry.role ?? listRole;
          const first = chairing === 'CHAIR' || chairing === 'CO_CHAIR' ? attendees.find((attendee) => attendee.name !== null && foldKey(attendee.name) === key && attendee.role === 'MEMBER') : undefined;
          if (first) first.role = chairing;
          continue;
        }
        if (key !== null) seen.add(key);
        // A guest who is "President, Westmark Association" presides over that association, not over this meeting.
        const visiting = listRole === 'GUEST' || listRole === 'OBSERVER' || listRole === 'PRESENTER' || listRole === 'SECRETARIAT';
        // On a staff or guest list "Vice-President, Finance" is a job, not a seat of this meeting.
        const ownRole = visiting && (entry.role === 'CHAIR' || entry.role === 'CO_CHAIR' || entry.role === 'MEMBER') ? undefined : entry.role;
        const unticked = checklist && block.kind === 'listItem' && block.marker === '[ ]';
        // ("Also in attendance: B. Lalonde, Chief Executive Officer": a guest of the list, whatever their office.)
        const role = listRole === 'REGRETS' || unticked ? 'REGRETS' : (ownRole ?? listRole);
        const name = language === 'en' && entry.name !== null ? withEnglishInitial(entry.name, entry.text) : entry.name;
        // "D. Haldane, Director, Watershed Services" on the staff list: a division of the body, not another organisation.
        const portfolio = listRole === 'SECRETARIAT' && entry.afterTitle === true && !OTHER_ORGANIZATION.test(entry.affiliation ?? '');
        attendees.push({ name, role, affiliation: portfolio ? null : entry.affiliation, lines: block.lines, quote: entry.text });
      }
    }
  }
  // "Mme A, CAE, présidente", "M. B, CAE", "Mme C, CAE": capitals after many names, a title after them — a professional designation.
  for (const token of new Set(attendees.map((a) => a.affiliation).filter((a): a is string => a !== null && /^\p{Lu}{2,5}$/u.test(a)))) {
    const holders = attendees.filter((a) => a.affiliation === token);
    if (holders.length >= 3 && holders.some((a) => a.quote.includes(`, ${token}, `) && /^\p{Ll}/u.test(a.quote.split(`, ${token}, `)[1] ?? ''))) holders.forEach((a) => { a.affiliation = null; });
  }
  // "President Adaeze Nwosu" beside "Council Chair Priscilla Dunmore": the organisation's president sits as a member
  // when someone else is named to chair the meeting.
  const chairs = attendees.filter((a) => a.role === 'CHAIR');
  const namedChair = chairs.some((a) => CHAIR_WORD.test(a.quote));
  for (const president of chairs) if (namedChair && !CHAIR_WORD.test(president.quote) && PRESIDENT_WORD.test(president.quote)) president.role = 'MEMBER';
  // "with Chairperson Okafor presiding" over a roll that lists Amara Okafor: one person, named in full there.
  const named = attendees.filter((a) => a.name?.includes(' '));
  for (const [index, surnamed] of [...attendees.entries()].reverse()) {
    // ("Martin (SSC)" beside "Philippe Martin (Cloudera)": a first name of someone else.)
    if (!surnamed.name || surnamed.name.includes(' ') || surnamed.affiliation !== null) continue;
    const full = named.filter((a) => foldKey(a.name ?? '').endsWith(` ${foldKey(surnamed.name ?? '')}`));
    if (full.length !== 1 || !full[0]) continue;
    if (surnamed.role === 'CHAIR' && full[0].role === 'MEMBER') full[0].role = 'CHAIR';
    attendees.splice(index, 1);
  }
  // "Co-chairs: Canada and Manitoba" above the people who sat for them: the governments are not attendees of their own.
  const represented = new Set([...attendees.filter((a) => a.name !== null && a.affiliation).map((a) => foldKey(a.affiliation ?? '')),
    ...lists.map(headingOf).filter((heading) => isPlaceName(heading)).map(foldKey)]);
  return attendees.filter((a) => a.name !== null || a.role === 'REGRETS' || !isPlaceName(a.affiliation ?? '') || !represented.has(foldKey(a.affiliation ?? '')));
}

function headingOf(section: Section): string {
  return section.heading && 'text' in section.heading ? section.heading.text.trim() : '';
}
