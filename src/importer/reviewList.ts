import type { Draft, Reviewable } from './types';

/** Every review note of a draft, one line each, with the entry it concerns. */
export function reviewList(draft: Draft): string[] {
  const lines: string[] = draft.notes.map((n) => `(draft): ${n}`);
  const add = (label: string, item: Reviewable) => { for (const note of item.review) lines.push(`${label}: ${note}`); };
  add(draft.meeting.id, draft.meeting);
  for (const p of draft.people) add(p.id, p);
  for (const a of draft.attendance) add(`attendance ${a.person} ${a.role} (line ${a.evidence.lines[0]})`, a);
  for (const item of draft.items) {
    add(item.id, item);
    for (const d of item.decisions) add(`${d.id} (line ${d.evidence.lines[0]})`, d);
    for (const a of item.actionItems) add(`${a.id} (line ${a.evidence.lines[0]})`, a);
    for (const s of item.statements) add(`${s.id} (line ${s.evidence.lines[0]})`, s);
  }
  return lines;
}
