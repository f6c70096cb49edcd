import * as S from './SeedDocument';
import { fold } from './SourceText';
import { Rule, boolean, date, defines, evidence, isMap, lineRange, list, localized, object, oneOf, optional, ref, required, string } from './rules';

const aliases = optional(list(string));
const representative = ref('Jurisdiction', 'Organization');

/** What a fact concluded rather than read: which part, why, and the passage it was concluded from. */
const inferred = (kind: keyof typeof S.INFERABLE_FIELDS) => optional(list(object({
  field: required(oneOf(S.INFERABLE_FIELDS[kind])), reason: required(string), evidence: optional(evidence),
}), { min: 1 }));

/** Entities a passage names, each with the words it uses; the words must be in the quoted passage. */
const mentions: Rule = (value, path, ctx) => list(object({
  entity: required(ref('Person', 'Organization', 'Jurisdiction', 'Body', 'Program', 'Meeting')), text: required(string),
}), { min: 1 })(value, path, ctx);

/** A record that quotes a passage and may list what the passage mentions. */
const withMentionsInQuote = (shape: Rule): Rule => (value, path, ctx) => {
  shape(value, path, ctx);
  if (!isMap(value) || !Array.isArray(value.mentions) || !isMap(value.evidence) || typeof value.evidence.quote !== 'string') return;
  const quote = fold(value.evidence.quote).toLocaleLowerCase('fr');
  value.mentions.forEach((mention, index) => {
    if (isMap(mention) && typeof mention.text === 'string' && !quote.includes(fold(mention.text).toLocaleLowerCase('fr'))) {
      ctx.problem(`${path}.mentions[${index}].text`, `not in the record's quoted passage: ${JSON.stringify(mention.text.slice(0, 60))}`);
    }
  });
};

const jurisdiction = object({
  id: required(defines('Jurisdiction')), kind: required(oneOf(S.JURISDICTION_KINDS)), name: required(localized),
  abbreviation: optional(localized), ocdId: optional(string), partOf: optional(ref('Jurisdiction')), aliases,
});

const organization = object({
  id: required(defines('Organization')), kind: required(oneOf(S.ORGANIZATION_KINDS)), name: required(localized),
  abbreviation: optional(localized), partOf: optional(representative), aliases,
});

const body = object({
  id: required(defines('Body')), type: required(oneOf(S.BODY_TYPES)), name: required(localized), abbreviation: optional(localized),
  status: required(oneOf(S.BODY_STATUSES)), statusNote: optional(localized), statusEvidence: optional(evidence),
  partOf: optional(ref('Body')), reportsTo: optional(ref('Body')), secretariat: optional(ref('Organization')), aliases,
  inferred: inferred('body'),
});

const program = object({
  id: required(defines('Program')), name: required(localized), abbreviation: optional(localized),
  runBy: optional(representative), aliases,
});

const theme = object({
  id: required(defines('Theme')), kind: required(oneOf(S.THEME_KINDS)), label: required(localized),
  synonyms: optional(object({ en: optional(list(string)), fr: optional(list(string)) })), broader: optional(list(ref('Theme'))),
});

const person = object({ id: required(defines('Person')), name: required(string), aliases });

const membership: Rule = (value, path, ctx) => {
  object({
    id: required(defines('Membership')), person: required(ref('Person')), body: optional(ref('Body')),
    organization: optional(ref('Organization', 'Jurisdiction')), role: required(oneOf(S.MEMBERSHIP_ROLES)), title: optional(localized),
    onBehalfOf: optional(representative), startDate: optional(date), endDate: optional(date), evidence: optional(evidence),
    inferred: inferred('membership'),
  })(value, path, ctx);
  const entry = value as Partial<S.MembershipSpec> | null;
  if (entry && typeof entry === 'object' && (entry.body === undefined) === (entry.organization === undefined)) {
    ctx.problem(path, 'expected exactly one of body, organization');
  }
};

const decision = withMentionsInQuote(object({
  id: required(defines('Decision')), number: required(string), text: required(localized),
  concerns: optional(list(ref('Meeting'))), evidence: required(evidence), continuation: optional(evidence), mentions: optional(mentions),
  inferred: inferred('decision'),
}));

const actionItem = withMentionsInQuote(object({
  id: required(defines('ActionItem')), number: required(string), text: required(localized),
  owners: required(list(ref('Person', 'Organization', 'Body', 'Jurisdiction'), { min: 1 })),
  status: required(oneOf(S.ACTION_STATUSES)), due: optional(object({ text: optional(localized), by: optional(date) })),
  completedOn: optional(date), completedBy: optional(list(ref('Person'))), completionNote: optional(localized),
  themes: optional(list(ref('Theme'))), evidence: required(evidence),
  continuation: optional(evidence), concerns: optional(list(ref('Body'))), mentions: optional(mentions), inferred: inferred('actionItem'),
}));

/** Statements are searched and summarised in English, whatever the source language. */
const englishSummary: Rule = (value, path, ctx) => {
  localized(value, path, ctx);
  if (value && typeof value === 'object' && (value as S.LocalizedText).en === undefined) ctx.problem(`${path}.en`, 'is required (an English summary)');
};

const statement = withMentionsInQuote(object({
  id: required(defines('Statement')), speaker: required(ref('Person')), onBehalfOf: optional(representative),
  attributionText: optional(string), type: required(oneOf(S.STATEMENT_TYPES)), summary: required(englishSummary),
  themes: optional(list(ref('Theme'))), evidence: required(evidence), continuation: optional(evidence), mentions: optional(mentions),
  inferred: inferred('statement'),
}));

const agendaItem = object({
  id: required(defines('AgendaItem')), number: required(string), title: required(localized), themes: optional(list(ref('Theme'))),
  evidence: optional(evidence), noDiscussion: optional(evidence),
  decisions: optional(list(decision)), actionItems: optional(list(actionItem)), statements: optional(list(statement)),
});

const attendanceShape = object({
  person: required(ref('Person')), role: required(oneOf(S.ATTENDANCE_ROLES)), onBehalfOf: optional(representative),
  alsoOnBehalfOf: optional(list(representative, { min: 1 })), listed: required(boolean), attributionText: optional(string),
  agendaItem: optional(ref('AgendaItem')), evidence: required(evidence), inferred: inferred('attendance'),
});

/** A person on no attendance list cannot hold a role that only a list confers. */
const attendance: Rule = (value, path, ctx) => {
  attendanceShape(value, path, ctx);
  if (isMap(value) && value.listed === false && typeof value.role === 'string' && S.LIST_ROLES.includes(value.role)) {
    ctx.problem(`${path}.role`, `${value.role} is a role of the attendance lists, but this person is on none (listed: false): use PRESENTER, PANELIST, GUEST or SPEAKER`);
  }
};

/** Attendance ids are derived from person and role, so each pair may appear once per meeting. */
const attendanceList: Rule = (value, path, ctx) => {
  list(attendance)(value, path, ctx);
  if (!Array.isArray(value)) return;
  const seen = new Map<string, number>();
  value.forEach((entry: Partial<S.AttendanceSpec>, index) => {
    const key = `${entry?.person}|${entry?.role}`;
    const previous = seen.get(key);
    if (previous !== undefined) ctx.problem(`${path}[${index}]`, `duplicate attendance of ${entry?.person} as ${entry?.role} (already at ${path}[${previous}])`);
    else seen.set(key, index);
  });
};

/** A later meeting's report on an earlier action item (its status history). */
const actionUpdate = object({
  id: required(defines('ActionUpdate')), action: required(ref('ActionItem')), status: required(oneOf(S.ACTION_STATUSES)),
  note: optional(localized), agendaItem: optional(ref('AgendaItem')), evidence: required(evidence), inferred: inferred('actionUpdate'),
});

const meetingShape = object({
  id: required(defines('Meeting')), bodies: required(list(ref('Body'), { min: 1 })), date: optional(date), title: required(localized),
  modality: optional(oneOf(S.MEETING_MODALITIES)), location: optional(string), status: required(oneOf(S.MEETING_STATUSES)),
  endTime: optional(string), endTimeEvidence: optional(evidence),
  references: optional(list(object({ meeting: required(ref('Meeting')), relation: required(oneOf(S.MEETING_RELATIONS)), evidence: optional(evidence) }))),
  attendance: optional(attendanceList), agenda: optional(list(agendaItem)), actionUpdates: optional(list(actionUpdate)),
  evidence: optional(evidence), inferred: inferred('meeting'),
});

/** A meeting; its attendances get their derived ids, so a version document can cite them. */
const meeting: Rule = (value, path, ctx) => {
  meetingShape(value, path, ctx);
  if (!isMap(value) || typeof value.id !== 'string') return;
  // One report per action and meeting: ActionItem.carriedOver counts reports as meetings.
  const reported = new Map<unknown, number>();
  (Array.isArray(value.actionUpdates) ? value.actionUpdates : []).forEach((update, index) => {
    if (!isMap(update) || typeof update.action !== 'string') return;
    const previous = reported.get(update.action);
    if (previous !== undefined) ctx.problem(`${path}.actionUpdates[${index}].action`, `${update.action} is already reported on at ${path}.actionUpdates[${previous}]: one report per action and meeting`);
    else reported.set(update.action, index);
  });
  if (!Array.isArray(value.attendance)) return;
  value.attendance.forEach((entry, index) => {
    if (isMap(entry) && typeof entry.person === 'string' && typeof entry.role === 'string') {
      ctx.defined.set(S.attendanceId(value.id as string, entry.person, entry.role), { kind: 'Attendance', path: `${path}.attendance[${index}]` });
    }
  });
};

/** A record this document's source also says, with the passage (a version document, e.g. the French minutes). */
const versionEvidence: Rule = (value, path, ctx) => {
  if (!isMap(value)) return ctx.problem(path, 'expected a map { record, quote, lines }');
  const { record, ...passage } = value;
  required(ref('Meeting', 'Attendance', 'AgendaItem', 'Decision', 'ActionItem', 'ActionUpdate', 'Statement', 'Membership'))(record, `${path}.record`, ctx);
  evidence(passage, path, ctx);
};

export const sourceShape = object({
  id: required(defines('SourceDocument')), path: required(string), sha256: required(string), language: required(oneOf(S.LANGUAGES)),
  kind: required(oneOf(S.SOURCE_KINDS)), title: required(localized), records: optional(ref('Meeting')),
  noFacts: optional(list(object({ lines: required(lineRange), kind: required(oneOf(S.NO_FACT_KINDS)), note: optional(string) }))),
});

/** Every top-level key but `source`, which is read first because evidence is checked against it. */
const documentFields = object({
  format: required(oneOf([S.FORMAT])),
  source: () => {},
  jurisdictions: optional(list(jurisdiction)),
  organizations: optional(list(organization)),
  bodies: optional(list(body)),
  programs: optional(list(program)),
  themes: optional(list(theme)),
  people: optional(list(person)),
  memberships: optional(list(membership)),
  meetings: optional(list(meeting)),
  evidence: optional(list(versionEvidence)),
  additions: optional(list(object({
    agendaItem: required(ref('AgendaItem')), decisions: optional(list(decision)), actionItems: optional(list(actionItem)),
    statements: optional(list(statement)),
  }))),
  replaces: optional(list(string)),
});

/** The document; passages for records held elsewhere need the meeting this source records. */
export const documentShape: Rule = (value, path, ctx) => {
  documentFields(value, path, ctx);
  for (const key of ['evidence', 'additions']) {
    if (isMap(value) && value[key] !== undefined && !(isMap(value.source) && typeof value.source.records === 'string')) {
      ctx.problem(key, 'records of a meeting another document holds need `source.records`: the meeting this source records');
    }
  }
  // `replaces` may only name what this document itself defines (checked once every id is known).
  const replaces = isMap(value) && Array.isArray(value.replaces) ? value.replaces : [];
  replaces.forEach((id, index) => {
    if (typeof id === 'string' && !ctx.defined.has(id)) ctx.problem(`replaces[${index}]`, `'${id}' is not defined in this document: a document replaces only entities it defines`);
  });
};
