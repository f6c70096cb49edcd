/**
 * One synthetic meeting record: the seed document and the source text it cites. Attendance follows
 * the seat holders and co-chairs on the meeting's date; speakers and themes follow skewed draws.
 */
import type { ActionItemSpec, AgendaItemSpec, AttendanceSpec, DecisionSpec, MeetingSpec, PersonSpec, SeedDocument, StatementSpec } from '../ingest/SeedDocument';
import { Random, zipfWeights } from './Random';
import { SourceBuilder } from './SourceBuilder';
import { BodyPlan, SECRETARIAT, World, pad } from './SyntheticWorld';
import { ACTION_TEXTS, DECISION_TEXTS, DETAILS, VERBS } from './vocabulary';

/** "Today" for the synthetic corpus: the status of an action depends on its age at this date. */
const AS_OF = Date.parse('2025-01-01T00:00:00Z');
const DAY = 86_400_000;

export interface MeetingOutput { document: SeedDocument; sourceText: string; sourceFile: string; meetingId: string }
interface Present { person: string; name: string; representative: string; label: string; abbreviation: string; talk: number }

export function meetingDates(body: BodyPlan, random: Random): string[] {
  const start = Date.parse(`${body.firstYear}-01-15T00:00:00Z`);
  const end = Date.parse(`${body.lastYear}-12-10T00:00:00Z`);
  const spacing = (end - start) / Math.max(1, body.meetingCount);
  const dates: string[] = [];
  let previous = 0;
  for (let i = 0; i < body.meetingCount; i++) {
    let time = start + i * spacing + random.int(0, Math.max(0, Math.floor(spacing / DAY / 3))) * DAY;
    if (time <= previous) time = previous + DAY;
    previous = time;
    dates.push(new Date(time).toISOString().slice(0, 10));
  }
  return dates;
}

export function meetingDocument(world: World, body: BodyPlan, date: string, previous: string | undefined, random: Random): MeetingOutput {
  const meetingId = `syn-mtg-${body.short}-${date}`;
  const sourceId = `syn-src-${body.short}-${date}`;
  const sourceFile = `sources/${date}.en.txt`;
  const text = new SourceBuilder();
  const themeWeights = zipfWeights(body.themePreference.length);
  const drawTheme = (): string => world.themes[body.themePreference[random.weighted(themeWeights)] ?? 0]?.id ?? 'syn-theme-area-digital';
  const themeLabel = (id: string) => world.themes.find((t) => t.id === id)?.label.en ?? id;

  text.line(`${body.spec.name.en} — Record of decisions`);
  text.line(`Meeting of ${date} (virtual)`);
  text.line();
  text.line('Participants');
  const coChairs = new Set(body.coChairs.filter((t) => t.start <= date && (t.end === undefined || date <= t.end)).map((t) => t.person));
  const attendance: AttendanceSpec[] = [];
  const present: Present[] = [];
  for (const seat of body.seats) {
    const term = seat.terms.find((t) => t.start <= date && (t.end === undefined || date <= t.end));
    if (!term || !random.chance(seat.role === 'OBSERVER' ? 0.55 : 0.85)) continue;
    const name = world.personName.get(term.person) ?? term.person;
    const role = coChairs.has(term.person) ? 'CO_CHAIR' : seat.role;
    const evidence = text.passage('', `${name} — ${seat.label}`);
    attendance.push({ person: term.person, role, onBehalfOf: seat.representative, listed: true, attributionText: seat.label, evidence });
    present.push({ person: term.person, name, representative: seat.representative, label: seat.label, abbreviation: seat.abbreviation, talk: world.talkativeness.get(term.person) ?? 1 });
  }
  text.line('Secretariat');
  const staff = world.secretariatStaff[random.int(0, world.secretariatStaff.length - 1)] ?? '';
  attendance.push({ person: staff, role: 'SECRETARIAT', onBehalfOf: SECRETARIAT, listed: true, attributionText: 'Secretariat', evidence: text.passage('', `${world.personName.get(staff) ?? staff} — Secretariat`) });
  text.line();

  const agenda: AgendaItemSpec[] = [];
  const people: PersonSpec[] = [];
  const references: MeetingSpec['references'] = [];
  let decisionCount = 0;
  let actionCount = 0;
  let statementCount = 0;
  if (previous) {
    text.line('1. Approval of the minutes');
    const evidence = text.passage('', `The minutes of the meeting of ${previous} were approved.`);
    const previousId = `syn-mtg-${body.short}-${previous}`;
    references.push({ meeting: previousId, relation: 'APPROVES_MINUTES_OF', evidence });
    const decision: DecisionSpec = { id: `${meetingId}-decision-${++decisionCount}`, number: String(decisionCount), text: { en: `The minutes of ${previous} are approved.` }, concerns: [previousId], evidence };
    agenda.push({ id: `${meetingId}-item-1`, number: '1', title: { en: 'Approval of the minutes', fr: 'Approbation du compte rendu' }, decisions: [decision] });
  }

  const itemCount = random.int(4, 7);
  const statementsPerItem = Math.max(1, Math.round(random.around(60) / itemCount));
  const speakerWeights = present.map((p) => p.talk);
  for (let i = 0; i < itemCount && present.length > 0; i++) {
    const number = String(agenda.length + 1);
    const itemId = `${meetingId}-item-${number}`;
    const itemTheme = drawTheme();
    const title = `${themeLabel(itemTheme)}: ${random.pick(['update', 'roundtable', 'discussion', 'presentation', 'next steps'])}`;
    text.line(`${number}. ${title}`);
    const item: AgendaItemSpec = { id: itemId, number, title: { en: title, fr: `${world.themes.find((t) => t.id === itemTheme)?.label.fr ?? title}` }, themes: [itemTheme], decisions: [], actionItems: [], statements: [] };
    if (random.chance(0.15)) {
      const guest: PersonSpec = { id: `syn-person-${body.short}-${date.replace(/-/g, '')}-g${number}`, name: `Guest ${number} ${date}` };
      people.push(guest);
      const evidence = text.passage('Presentation by ', `${guest.name}, ${world.organizations[1]?.name.en ?? 'guest'}`);
      attendance.push({ person: guest.id, role: 'PRESENTER', onBehalfOf: world.organizations[1]?.id ?? SECRETARIAT, listed: false, agendaItem: itemId, evidence });
    }
    for (let s = 0; s < random.around(statementsPerItem); s++) {
      const speaker = present[random.weighted(speakerWeights)] as Present;
      const themes = [random.chance(0.6) ? itemTheme : drawTheme()];
      if (random.chance(0.5)) {
        const extra = drawTheme();
        if (!themes.includes(extra)) themes.push(extra);
      }
      const verb = random.pick(VERBS);
      const sentence = `${speaker.abbreviation} ${verb} ${themes.map((t) => themeLabel(t).toLowerCase()).join(' and ')}; ${random.pick(DETAILS)}.${random.chance(0.5) ? ` It was also noted that ${random.pick(DETAILS)}.` : ''}`;
      const evidence = text.passage(`${speaker.name} (${speaker.abbreviation}): `, sentence);
      const statement: StatementSpec = {
        id: `${meetingId}-statement-${pad(++statementCount, 3)}`, speaker: speaker.person, onBehalfOf: speaker.representative,
        attributionText: `${speaker.name} (${speaker.abbreviation})`, type: random.pick(['REMARK', 'REMARK', 'QUESTION', 'ANSWER', 'PRESENTATION'] as const),
        summary: { en: `${speaker.name} ${verb} ${themeLabel(themes[0] ?? itemTheme).toLowerCase()}.` }, themes, evidence,
      };
      item.statements?.push(statement);
    }
    if (random.chance(0.6)) {
      const quote = `${random.pick(DECISION_TEXTS)} ${themeLabel(itemTheme).toLowerCase()}.`;
      const evidence = text.passage(`Decision ${decisionCount + 1}: `, quote);
      item.decisions?.push({ id: `${meetingId}-decision-${++decisionCount}`, number: String(decisionCount), text: { en: quote }, evidence });
    }
    for (let a = random.int(0, 2); a > 0; a--) item.actionItems?.push(actionItem(world, body, date, `${meetingId}-action-${++actionCount}`, String(actionCount), itemTheme, themeLabel(itemTheme), present, text, random));
    agenda.push(item);
  }

  const meeting: MeetingSpec = {
    id: meetingId, bodies: [body.spec.id], date, title: { en: `${body.spec.name.en} meeting`, fr: `Réunion — ${body.spec.name.fr ?? ''}` },
    modality: random.pick(['VIRTUAL', 'VIRTUAL', 'IN_PERSON', 'TELECONFERENCE'] as const), status: 'PASSED',
    ...(references.length > 0 ? { references } : {}), attendance, agenda,
  };
  const sourceText = text.text();
  const document: SeedDocument = {
    format: 'council-graph/v1',
    source: { id: sourceId, path: sourceFile, sha256: '', language: 'en', kind: 'RECORD_OF_DECISIONS', title: { en: `Record of decisions, ${date}`, fr: `Compte rendu des décisions, ${date}` }, records: meetingId },
    ...(people.length > 0 ? { people } : {}),
    meetings: [meeting],
  };
  return { document, sourceText, sourceFile, meetingId };
}

function actionItem(world: World, body: BodyPlan, date: string, id: string, number: string, theme: string, label: string, present: Present[], text: SourceBuilder, random: Random): ActionItemSpec {
  const kind = random.weighted([5, 2, 2, 1]);
  const speaker = present[random.weighted(present.map((p) => p.talk))] as Present;
  const owner = kind === 0 ? { id: speaker.person, name: speaker.name } : kind === 1 ? { id: body.spec.id, name: body.spec.name.en ?? '' }
    : kind === 2 ? { id: speaker.representative, name: speaker.label } : { id: SECRETARIAT, name: 'The Secretariat' };
  const dueTime = Date.parse(`${date}T00:00:00Z`) + random.int(30, 240) * DAY;
  const due = new Date(dueTime).toISOString().slice(0, 10);
  const quote = `${owner.name} to ${random.pick(ACTION_TEXTS)} ${label.toLowerCase()} by ${due}.`;
  const evidence = text.passage(`Action ${number}: `, quote);
  const ageYears = (AS_OF - Date.parse(`${date}T00:00:00Z`)) / (365 * DAY);
  // Young actions are mostly open; old ones mostly done, but a few stay open for years.
  const status = ageYears < 0.5 ? random.pick(['OPEN', 'OPEN', 'IN_PROGRESS', 'IN_PROGRESS', 'COMPLETED'] as const)
    : ageYears < 2 ? (['COMPLETED', 'OPEN', 'IN_PROGRESS', 'CANCELLED'] as const)[random.weighted([12, 4, 3, 1])] ?? 'OPEN'
      : (['COMPLETED', 'OPEN', 'IN_PROGRESS', 'CANCELLED'] as const)[random.weighted([85, 6, 2, 7])] ?? 'COMPLETED';
  const action: ActionItemSpec = { id, number, text: { en: quote }, owners: [owner.id], status, due: { by: due }, themes: [theme], evidence };
  if (status === 'COMPLETED') {
    const done = Math.min(AS_OF - DAY, dueTime + random.int(-20, 60) * DAY);
    action.completedOn = new Date(Math.max(Date.parse(`${date}T00:00:00Z`) + DAY, done)).toISOString().slice(0, 10);
    if (kind === 0) action.completedBy = [speaker.person];
  }
  void world;
  return action;
}
