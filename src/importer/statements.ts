import { ensurePerson } from './attendance';
import { isCapitalsTitle, itemAt } from './agenda';
import { BULLET, DISCUSSION_HEADING, ITEM_HEADING, type SourceLine } from './SourceLayout';
import { type Opening, personNamed, readOpening } from './speakers';
import { foldKey, foldSpace } from './text';
import type { DraftItem, DraftStatement, ImportContext } from './types';

/** Record notes about the meeting itself end a speaker's passage: next meeting, adjournment. */
const PROCEDURAL = /\b(prochaine reunion|next meeting|la seance|the meeting (?:is |was )?adjourned|adjourn|est levee|reunions? [^.]{0,40}(?:inscrites?|prevues?|aura lieu)|meetings? [^.]{0,40}(?:scheduled|will be held))/;

interface OpenStatement { opening: Opening; lines: Array<{ n: number; text: string }>; item: DraftItem; membersDiscussion: boolean }

/**
 * Statements: paragraphs and bullets that open with a speaker (see readOpening). A statement runs
 * over the following paragraphs that open with no speaker, and ends at the next speaker, heading,
 * right-hand column entry or record note (next meeting, adjournment). Bullets that introduce
 * someone ("• Name, title") stay in the passage and register the person as a panelist.
 */
export function parseStatements(ctx: ImportContext, items: DraftItem[], bodyStart: number): void {
  let open: OpenStatement | undefined;
  let paragraphStart = true;
  let membersDiscussion = false;
  const headings = new Set(items.map((i) => i.start));
  const close = () => { if (open) finish(ctx, open, items); open = undefined; };

  for (const line of ctx.lines) {
    if (line.n < bodyStart) continue;
    if (line.kind === 'column') { close(); paragraphStart = true; continue; }
    if (line.kind === 'blank') { paragraphStart = true; continue; }
    let text = line.text.trim();
    const startsParagraph = paragraphStart;
    paragraphStart = false;
    if (headings.has(line.n)) {
      close();
      membersDiscussion = false;
      const numbered = ITEM_HEADING.exec(text);
      if (!numbered) { paragraphStart = true; continue; }
      text = numbered[2] as string;
    } else if (DISCUSSION_HEADING.test(text)) {
      close(); membersDiscussion = true; paragraphStart = true; continue;
    } else if (isCapitalsTitle(text)) {
      close(); paragraphStart = true; continue;
    }
    const bullet = BULLET.exec(text);
    const content = bullet ? text.slice(bullet[0].length) : text;
    if (startsParagraph || bullet || headings.has(line.n)) {
      const opening = readOpening(firstSentenceFrom(ctx.lines, line, content), [...ctx.people.values()]);
      if (opening && !opening.introduction) {
        close();
        const item = itemAt(items, line.n);
        if (item) open = { opening, lines: [{ n: line.n, text: content }], item, membersDiscussion };
        continue;
      }
      if (opening?.introduction && open) {
        introduce(ctx, opening, line, open.item);
        open.lines.push({ n: line.n, text });
        continue;
      }
      if (startsParagraph && !bullet && PROCEDURAL.test(foldKey(content))) { close(); continue; }
    }
    if (open) open.lines.push({ n: line.n, text });
  }
  close();
}

/** The line with the ones that follow it in the same paragraph, enough to read the opening sentence. */
function firstSentenceFrom(lines: SourceLine[], line: SourceLine, content: string): string {
  const parts = [content];
  for (const next of lines.slice(line.n, line.n + 6)) {
    if (next.kind !== 'body') break;
    parts.push(next.text.trim());
  }
  return foldSpace(parts.join(' '));
}

function finish(ctx: ImportContext, open: OpenStatement, items: DraftItem[]): void {
  const { opening, item } = open;
  const first = open.lines[0] as { n: number; text: string };
  const last = open.lines[open.lines.length - 1] as { n: number; text: string };
  const quote = open.lines.map((l) => l.text).join(' ');
  const passage = foldSpace(quote);
  const hasQuestion = passage.includes('?');
  for (const name of opening.names) {
    const review: string[] = [];
    let person = personNamed(name, [...ctx.people.values()]);
    if (!person) {
      person = ensurePerson(ctx, name, false);
      addUnlisted(ctx, person.id, opening, first.n, item, open.membersDiscussion, review);
    }
    if (!name.includes(' ')) review.push(`speaker named by first name only ("${name}")`);
    const onBehalfOf = affiliationFor(ctx, person.id, opening, review);
    let type = opening.type === 'REMARK' && hasQuestion ? 'QUESTION' : opening.type;
    const earlierInItem = item.statements.filter((s) => s.speaker === person?.id);
    // Someone brought in to present (a panelist, a presenter) opens with a presentation.
    const presenterFirst = ctx.attendance.some((a) => a.person === person?.id && !a.listed && (a.role === 'PANELIST' || a.role === 'PRESENTER')) && earlierInItem.length === 0
      && !item.statements.some((s) => s.type === 'QUESTION');
    if (type === 'REMARK' && (presenterFirst || (item.hasTab && item.statements.length === 0))) type = 'PRESENTATION';
    if (type === 'REMARK' && item.statements.some((s) => s.type === 'QUESTION' && s.speaker !== person?.id) && !isListed(ctx, person.id)) type = 'ANSWER';
    const statement: DraftStatement = {
      id: `${ctx.meetingId}-statement-${String(items.reduce((n, i) => n + i.statements.length, 0) + 1).padStart(2, '0')}`,
      speaker: person.id, onBehalfOf, attributionText: opening.attribution, type,
      summary: ctx.language === 'en' ? { en: summaryOf(passage) } : { en: `[fr] ${summaryOf(passage)}`, fr: summaryOf(passage) },
      themes: ctx.tagger.tag(passage), evidence: { quote, lines: [first.n, last.n] }, line: first.n, review,
    };
    item.statements.push(statement);
    if (type === 'PRESENTATION' && isListed(ctx, person.id)) addPresenter(ctx, person.id, opening, first.n, item, onBehalfOf);
  }
}

function isListed(ctx: ImportContext, personId: string): boolean {
  return ctx.attendance.some((a) => a.person === personId && a.listed);
}

function affiliationFor(ctx: ImportContext, personId: string, opening: Opening, review: string[]): string | undefined {
  const resolved = opening.qualifier ? ctx.resolver.resolve(opening.qualifier, ctx.frequency) : undefined;
  if (resolved) {
    if (resolved.alternatives.length > 0) review.push(`"${opening.qualifier}" also names ${resolved.alternatives.join(', ')}`);
    return resolved.id;
  }
  const listed = ctx.attendance.find((a) => a.person === personId && a.onBehalfOf);
  if (!listed) review.push('no affiliation found for the speaker');
  return listed?.onBehalfOf;
}

/** Someone introduced in a bullet ("• Name, title of Organization") is a panelist of the item. */
function introduce(ctx: ImportContext, opening: Opening, line: SourceLine, item: DraftItem): void {
  const name = opening.names[0] as string;
  if (personNamed(name, [...ctx.people.values()])) return;
  const person = ensurePerson(ctx, name, false);
  const resolution = ctx.resolver.resolve(opening.qualifier, ctx.frequency);
  const review = ['not on any attendance list; introduced in a bullet, role PANELIST assumed'];
  if (resolution && resolution.alternatives.length > 0) review.push(`the introduction also names ${resolution.alternatives.join(', ')}`);
  if (!resolution) review.push('no affiliation found in the introduction');
  ctx.attendance.push({
    person: person.id, role: 'PANELIST', onBehalfOf: resolution?.id, listed: false, attributionText: opening.qualifier || undefined,
    agendaItem: item.id, evidence: evidenceFor(ctx, opening.attribution, line.n), review,
  });
}

function addUnlisted(ctx: ImportContext, personId: string, opening: Opening, line: number, item: DraftItem, membersDiscussion: boolean, review: string[]): void {
  // A list role (MEMBER) is never given to someone on no list, even in the members' discussion.
  const role = opening.type === 'PRESENTATION' ? 'PRESENTER' : 'SPEAKER';
  const resolution = opening.qualifier ? ctx.resolver.resolve(opening.qualifier, ctx.frequency) : undefined;
  ctx.attendance.push({
    person: personId, role, onBehalfOf: resolution?.id, listed: false, attributionText: opening.qualifier || undefined, agendaItem: item.id,
    evidence: evidenceFor(ctx, opening.attribution, line),
    review: [`speaks but is on no attendance list; role ${role} (${opening.type === 'PRESENTATION' ? 'presents' : membersDiscussion ? 'speaks in the members’ discussion' : 'no other clue'})`],
  });
  review.push('speaker is on no attendance list');
}

function addPresenter(ctx: ImportContext, personId: string, opening: Opening, line: number, item: DraftItem, onBehalfOf: string | undefined): void {
  if (ctx.attendance.some((a) => a.person === personId && a.role === 'PRESENTER')) return;
  ctx.attendance.push({
    person: personId, role: 'PRESENTER', onBehalfOf, listed: true, attributionText: opening.qualifier || undefined, agendaItem: item.id,
    evidence: evidenceFor(ctx, opening.attribution, line),
    review: [item.hasTab ? `opens item ${item.number}, which has a briefing tab: PRESENTER inferred` : `presents in item ${item.number}: PRESENTER inferred`],
  });
}

/** Evidence for words that start at `line` and may run over the next lines. */
function evidenceFor(ctx: ImportContext, quote: string, line: number): { quote: string; lines: [number, number] } {
  const target = foldSpace(quote);
  let joined = '';
  for (const l of ctx.lines.slice(line - 1)) {
    joined = foldSpace(`${joined} ${l.text}`);
    if (joined.includes(target)) return { quote: target, lines: [line, l.n] };
  }
  return { quote: target, lines: [line, line] };
}

function summaryOf(passage: string): string {
  const sentence = passage.split(/(?<=[.?!])\s+/)[0] ?? passage;
  return sentence.length > 240 ? `${sentence.slice(0, 237)}…` : sentence;
}
