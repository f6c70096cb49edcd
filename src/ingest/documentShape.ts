import * as S from './SeedDocument';
import { Rule, boolean, date, defines, evidence, list, localized, object, oneOf, optional, ref, required, string } from './rules';

const aliases = optional(list(string));
const representative = ref('Jurisdiction', 'Organization');

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
  })(value, path, ctx);
  const entry = value as Partial<S.MembershipSpec> | null;
  if (entry && typeof entry === 'object' && (entry.body === undefined) === (entry.organization === undefined)) {
    ctx.problem(path, 'expected exactly one of body, organization');
  }
};

const decision = object({
  id: required(defines('Decision')), number: required(string), text: required(localized),
  concerns: optional(list(ref('Meeting'))), evidence: required(evidence),
});

const actionItem = object({
  id: required(defines('ActionItem')), number: required(string), text: required(localized),
  owners: required(list(ref('Person', 'Organization', 'Body', 'Jurisdiction'), { min: 1 })),
  status: required(oneOf(S.ACTION_STATUSES)), due: optional(object({ text: optional(localized), by: optional(date) })),
  completedOn: optional(date), completedBy: optional(list(ref('Person'))), completionNote: optional(localized),
  themes: optional(list(ref('Theme'))), evidence: required(evidence),
});

/** Statements are searched and summarised in English, whatever the source language. */
const englishSummary: Rule = (value, path, ctx) => {
  localized(value, path, ctx);
  if (value && typeof value === 'object' && (value as S.LocalizedText).en === undefined) ctx.problem(`${path}.en`, 'is required (an English summary)');
};

const statement = object({
  id: required(defines('Statement')), speaker: required(ref('Person')), onBehalfOf: optional(representative),
  attributionText: optional(string), type: required(oneOf(S.STATEMENT_TYPES)), summary: required(englishSummary),
  themes: optional(list(ref('Theme'))), evidence: required(evidence),
});

const agendaItem = object({
  id: required(defines('AgendaItem')), number: required(string), title: required(localized), themes: optional(list(ref('Theme'))),
  decisions: optional(list(decision)), actionItems: optional(list(actionItem)), statements: optional(list(statement)),
});

const attendance = object({
  person: required(ref('Person')), role: required(oneOf(S.ATTENDANCE_ROLES)), onBehalfOf: optional(representative),
  listed: required(boolean), attributionText: optional(string), agendaItem: optional(ref('AgendaItem')), evidence: required(evidence),
});

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

const meeting = object({
  id: required(defines('Meeting')), bodies: required(list(ref('Body'), { min: 1 })), date: optional(date), title: required(localized),
  modality: optional(oneOf(S.MEETING_MODALITIES)), location: optional(string), status: required(oneOf(S.MEETING_STATUSES)),
  endTime: optional(string),
  references: optional(list(object({ meeting: required(ref('Meeting')), relation: required(oneOf(S.MEETING_RELATIONS)), evidence: optional(evidence) }))),
  attendance: optional(attendanceList), agenda: optional(list(agendaItem)),
});

export const sourceShape = object({
  id: required(defines('SourceDocument')), path: required(string), sha256: required(string), language: required(oneOf(S.LANGUAGES)),
  kind: required(oneOf(S.SOURCE_KINDS)), title: required(localized), records: optional(ref('Meeting')),
});

/** Every top-level key but `source`, which is read first because evidence is checked against it. */
export const documentShape = object({
  format: required(oneOf([S.FORMAT])),
  source: () => {},
  jurisdictions: optional(list(jurisdiction)),
  organizations: optional(list(organization)),
  bodies: optional(list(body)),
  themes: optional(list(theme)),
  people: optional(list(person)),
  memberships: optional(list(membership)),
  meetings: optional(list(meeting)),
});
