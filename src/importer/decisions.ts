import { itemAt } from './agenda';
import { ACTION_MARKER, COMPLETION_MARKER, DECISION_MARKER, SUBACTION_MARKER, type SourceLine } from './SourceLayout';
import { contentWords, findDate, foldKey, joinLines } from './text';
import { type DraftAction, type DraftDecision, type DraftItem, type ImportContext, localized } from './types';

interface ColumnEntry {
  kind: 'DECISION' | 'ACTION';
  number: string;
  /** Lines of the entry as laid out (marker first), for the evidence. */
  lines: SourceLine[];
  /** Text parts: the header of a series ("Prochaines étapes…:") and the entry's own text. */
  header: string[];
  text: string[];
  completion: string[];
  orphans: SourceLine[];
}

/**
 * Decisions ("Décision no N", "Decision #N") and follow-up actions ("Mesure de suivi no N",
 * "Action item #N", sub-actions "#2A", completion notes "(Mesure de suivi terminée : …)") from
 * the right-hand column, each attached to the agenda item whose text it matches best.
 */
export function parseDecisionsAndActions(ctx: ImportContext, items: DraftItem[]): void {
  for (const entry of readEntries(ctx.lines)) {
    const first = entry.lines[0] as SourceLine;
    const last = entry.lines[entry.lines.length - 1] as SourceLine;
    const quote = entry.lines.map((l) => l.text.trim()).join(' ');
    const evidence = { quote, lines: [first.n, last.n] as [number, number] };
    const text = joinLines([...(entry.text.length > 0 ? entry.text : entry.header), ...entry.orphans.map((l) => l.text)]);
    const review: string[] = [];
    if (entry.orphans.length > 0) review.push(`text continues at lines ${entry.orphans[0]?.n}-${entry.orphans[entry.orphans.length - 1]?.n}, separated by the layout; the quote covers the contiguous part`);
    if (entry.text.length > 0 && entry.header.length > 0) review.push(`introduced by "${joinLines(entry.header)}"`);
    const item = chooseItem(ctx, items, first.n, text, review);
    if (!item) continue;
    const slug = entry.number.toLowerCase();
    if (entry.kind === 'DECISION') {
      const decision: DraftDecision = { id: `${ctx.meetingId}-decision-${slug}`, number: entry.number, text: localized(ctx.language, text), themes: ctx.tagger.tag(text), evidence, line: first.n, review };
      item.decisions.push(decision);
    } else {
      item.actionItems.push(buildAction(ctx, entry, slug, text, evidence, review));
    }
  }
}

function readEntries(lines: SourceLine[]): ColumnEntry[] {
  const entries: ColumnEntry[] = [];
  let current: ColumnEntry | undefined;
  let inCompletion = false;
  for (const line of lines) {
    if (line.kind !== 'column') continue;
    const t = line.text.trim();
    if (line.orphan && current) { current.orphans.push(line); continue; }
    const decision = DECISION_MARKER.exec(t);
    const action = ACTION_MARKER.exec(t);
    const sub = SUBACTION_MARKER.exec(t);
    const completion = COMPLETION_MARKER.exec(t);
    if (decision || action) {
      const m = (decision ?? action) as RegExpExecArray;
      current = { kind: decision ? 'DECISION' : 'ACTION', number: (m[1] as string).toUpperCase(), lines: [line], header: [], text: [], completion: [], orphans: [] };
      if (m[2]) current.header.push(m[2]);
      entries.push(current);
      inCompletion = false;
    } else if (sub) {
      const number = (sub[1] as string).toUpperCase();
      if (current && current.kind === 'ACTION' && current.number === number && current.text.length === 0) {
        current.lines.push(line);
      } else {
        current = { kind: 'ACTION', number, lines: [line], header: [], text: [], completion: [], orphans: [] };
        entries.push(current);
      }
      current.text.push(sub[2] ?? '');
      inCompletion = false;
    } else if (completion && current) {
      current.lines.push(line);
      current.completion.push(completion[1] ?? '');
      inCompletion = true;
    } else if (current) {
      current.lines.push(line);
      (inCompletion ? current.completion : current.text.length > 0 ? current.text : current.header).push(t);
    }
  }
  return entries;
}

function buildAction(ctx: ImportContext, entry: ColumnEntry, slug: string, text: string, evidence: DraftAction['evidence'], review: string[]): DraftAction {
  const action: DraftAction = {
    id: `${ctx.meetingId}-action-${slug}`, number: entry.number, text: localized(ctx.language, text), owners: [], status: 'OPEN',
    themes: ctx.tagger.tag(text), evidence, line: evidence.lines[0], review,
  };
  const owner = ctx.resolver.mentions(text).find((m) => m.index <= 6);
  if (owner) action.owners = [owner.entry.id];
  else {
    const body = ctx.meetingId.replace(/^mtg-/, 'body-').replace(/-\d{4}-\d{2}-\d{2}$/, '');
    action.owners = [body];
    review.push(`no owner named; ${body} assumed`);
  }
  const due = /\b(automne|hiver|printemps|ete|fall|autumn|winter|spring|summer) (?:of |de )?(\d{4})\b/.exec(foldKey(text));
  const season = due?.[1];
  const year = due?.[2];
  if (season && year) {
    const ends: Record<string, string> = { automne: '12-20', fall: '12-20', autumn: '12-20', hiver: '03-19', winter: '03-19', printemps: '06-20', spring: '06-20', ete: '09-22', summer: '09-22' };
    const endYear = season === 'hiver' || season === 'winter' ? Number(year) + 1 : Number(year);
    const words = new RegExp(`(${season === 'ete' ? 'été|ete' : season}) (?:of |de )?${year}`, 'iu').exec(text);
    action.due = { text: localized(ctx.language, words ? words[0] : `${season} ${year}`), by: `${endYear}-${ends[season]}` };
    review.push('due date taken as the end of the season named');
  }
  if (entry.completion.length > 0) {
    const note = joinLines(entry.completion).replace(/\)\s*$/, '');
    const marker = /^\(?\s*([^:]+:)/.exec(entry.lines.find((l) => COMPLETION_MARKER.test(l.text.trim()))?.text.trim() ?? '');
    action.status = 'COMPLETED';
    action.completionNote = localized(ctx.language, marker ? `${marker[1]} ${note}` : note);
    const on = findDate(note);
    if (on) action.completedOn = on;
    const by = [...ctx.people.values()].filter((p) => foldKey(note).includes(foldKey(p.name))).map((p) => p.id);
    if (by.length > 0) action.completedBy = by;
  }
  return action;
}

/**
 * The column entry is printed beside some item, but may belong to an earlier sub-item of the same
 * numbered item (the column drifts down the page). Candidates are that item and its earlier
 * siblings; the one whose text shares the most distinctive words with the entry wins.
 */
function chooseItem(ctx: ImportContext, items: DraftItem[], line: number, text: string, review: string[]): DraftItem | undefined {
  const positional = itemAt(items, line);
  if (!positional) return undefined;
  const top = positional.number.split('.')[0];
  const candidates = items.filter((i) => i.number.split('.')[0] === top && i.start <= line);
  if (candidates.length < 2) return positional;
  const bags = candidates.map((item) => contentWords([
    item.title.fr ?? item.title.en ?? '',
    ...ctx.lines.filter((l) => l.kind === 'body' && l.n > item.start && l.n <= item.end).map((l) => l.text),
  ].join(' ')));
  const words = [...contentWords(text)];
  const scores = bags.map((bag) => words.reduce((sum, w) => sum + (bag.has(w) ? 1 / bags.filter((b) => b.has(w)).length : 0), 0));
  let best = candidates.indexOf(positional);
  scores.forEach((score, i) => { if (score > (scores[best] ?? 0)) best = i; });
  const chosen = candidates[best] ?? positional;
  if (chosen !== positional) review.push(`printed beside item ${positional.number}; attached to item ${chosen.number} whose text it matches`);
  return chosen;
}
