import { attendanceId, type Evidence, type Inference, type LocalizedText, type MeetingSpec, type MentionSpec, type RecordsSpec, type SeedDocument } from './SeedDocument';
import { Properties, WritePlan } from './WritePlan';

/** The key that marks what a document wrote: its source id, or its file name for reference data. */
export function documentKey(document: SeedDocument, fileName: string): string {
  return document.source?.id ?? `file:${fileName}`;
}

/** Turns a validated document into the nodes and relationships it asserts. Pure: no I/O. */
export function buildPlan(document: SeedDocument, key: string): WritePlan {
  const plan = new WritePlan(key);
  for (const id of document.replaces ?? []) plan.replaces.add(id);
  const sourceId = document.source?.id;
  const withEvidence = (id: string, evidence: Evidence | undefined): Properties => {
    if (!evidence || !sourceId) return {};
    const props = { quote: evidence.quote, lineStart: evidence.lines[0], lineEnd: evidence.lines[1] };
    plan.relationship('SOURCED_FROM', id, sourceId, props);
    return props;
  };

  if (document.source) {
    const { source } = document;
    plan.node('SourceDocument', source.id, {
      path: source.path, sha256: source.sha256, language: source.language, kind: source.kind, ...bilingual('title', source.title),
    });
    plan.relationship('RECORDS', source.id, source.records);
  }
  for (const j of document.jurisdictions ?? []) {
    plan.node('Jurisdiction', j.id, {
      kind: j.kind, ...bilingual('name', j.name), ...bilingual('abbreviation', j.abbreviation), ocdId: j.ocdId,
      aliases: j.aliases ?? [], searchText: searchText(j.name, j.abbreviation, j.aliases),
    });
    plan.relationship('PART_OF', j.id, j.partOf);
  }
  for (const o of document.organizations ?? []) {
    plan.node('Organization', o.id, {
      kind: o.kind, ...bilingual('name', o.name), ...bilingual('abbreviation', o.abbreviation),
      aliases: o.aliases ?? [], searchText: searchText(o.name, o.abbreviation, o.aliases),
    });
    plan.relationship('PART_OF', o.id, o.partOf);
  }
  for (const b of document.bodies ?? []) {
    const evidence = b.statusEvidence && sourceId
      ? { statusQuote: b.statusEvidence.quote, statusLineStart: b.statusEvidence.lines[0], statusLineEnd: b.statusEvidence.lines[1], statusSource: sourceId }
      : {};
    plan.node(b.type, b.id, {
      ...bilingual('name', b.name), ...bilingual('abbreviation', b.abbreviation), status: b.status,
      ...bilingual('statusNote', b.statusNote), ...evidence, aliases: b.aliases ?? [],
      searchText: searchText(b.name, b.abbreviation, b.aliases), ...basisOf(b.inferred, undefined, sourceId),
    });
    plan.relationship('PART_OF', b.id, b.partOf);
    plan.relationship('REPORTS_TO', b.id, b.reportsTo);
    plan.relationship('HAS_SECRETARIAT', b.id, b.secretariat);
  }
  for (const program of document.programs ?? []) {
    plan.node('Program', program.id, {
      ...bilingual('name', program.name), ...bilingual('abbreviation', program.abbreviation), aliases: program.aliases ?? [],
      searchText: searchText(program.name, program.abbreviation, program.aliases),
    });
    plan.relationship('RUN_BY', program.id, program.runBy);
  }
  for (const t of document.themes ?? []) {
    plan.node('Theme', t.id, {
      kind: t.kind, ...bilingual('label', t.label), synonymsEn: t.synonyms?.en ?? [], synonymsFr: t.synonyms?.fr ?? [],
      searchText: searchText(t.label, t.synonyms?.en, t.synonyms?.fr),
    });
    for (const broader of t.broader ?? []) plan.relationship('BROADER', t.id, broader);
  }
  for (const p of document.people ?? []) {
    plan.node('Person', p.id, { name: p.name, aliases: p.aliases ?? [], searchText: searchText(p.name, p.aliases) });
  }
  for (const m of document.memberships ?? []) {
    plan.node('Membership', m.id, {
      role: m.role, ...bilingual('title', m.title), startDate: m.startDate, endDate: m.endDate, ...withEvidence(m.id, m.evidence),
      ...basisOf(m.inferred, m.evidence, sourceId),
    });
    plan.relationship('HOLDS', m.person, m.id);
    plan.relationship('IN_BODY', m.id, m.body);
    plan.relationship('IN_ORGANIZATION', m.id, m.organization);
    plan.relationship('ON_BEHALF_OF', m.id, m.onBehalfOf);
  }
  for (const meeting of document.meetings ?? []) addMeeting(plan, meeting, withEvidence, sourceId);
  // Records only a version document says, under an agenda item of the meeting its source records.
  for (const addition of document.additions ?? []) addRecords(plan, addition.agendaItem, addition, withEvidence, sourceId, ADDED_POSITION);
  // A version document's passages: a second SOURCED_FROM for records another document wrote.
  for (const { record, quote, lines } of document.evidence ?? []) {
    if (sourceId) plan.relationship('SOURCED_FROM', record, sourceId, { quote, lineStart: lines[0], lineEnd: lines[1] });
  }
  return plan;
}

/** Positions of records only a version document says: after the item's own, whatever their number. */
const ADDED_POSITION = 1001;

function addMeeting(plan: WritePlan, meeting: MeetingSpec, withEvidence: WithEvidence, sourceId: string | undefined): void {
  plan.node('Meeting', meeting.id, {
    date: meeting.date, ...bilingual('title', meeting.title), modality: meeting.modality, location: meeting.location,
    status: meeting.status, endTime: meeting.endTime, ...withEvidence(meeting.id, meeting.evidence),
    ...evidenceProps('endTime', meeting.endTimeEvidence),
    ...basisOf(meeting.inferred, meeting.evidence, sourceId),
  });
  meeting.bodies.forEach((body, index) => plan.relationship('HELD_BY', meeting.id, body, { lead: index === 0 }));
  for (const reference of meeting.references ?? []) {
    const evidence = reference.evidence
      ? { quote: reference.evidence.quote, lineStart: reference.evidence.lines[0], lineEnd: reference.evidence.lines[1] }
      : {};
    plan.relationship(reference.relation, meeting.id, reference.meeting, evidence);
  }
  for (const attendance of meeting.attendance ?? []) {
    const id = attendanceId(meeting.id, attendance.person, attendance.role);
    plan.node('Attendance', id, {
      role: attendance.role, listed: attendance.listed, attributionText: attendance.attributionText,
      ...withEvidence(id, attendance.evidence), ...basisOf(attendance.inferred, attendance.evidence, sourceId),
    });
    for (const party of attendance.alsoOnBehalfOf ?? []) plan.relationship('ALSO_ON_BEHALF_OF', id, party);
    plan.relationship('ATTENDED', attendance.person, id);
    plan.relationship('AT', id, meeting.id);
    plan.relationship('ON_BEHALF_OF', id, attendance.onBehalfOf);
    plan.relationship('FOR_ITEM', id, attendance.agendaItem);
  }
  (meeting.agenda ?? []).forEach((item, index) => {
    plan.node('AgendaItem', item.id, {
      number: item.number, order: index + 1, ...bilingual('title', item.title), ...withEvidence(item.id, item.evidence),
      noDiscussion: item.noDiscussion !== undefined, ...evidenceProps('noDiscussion', item.noDiscussion), searchText: searchText(item.title),
    });
    plan.relationship('HAS_ITEM', meeting.id, item.id);
    for (const theme of item.themes ?? []) plan.relationship('ABOUT', item.id, theme);
    addRecords(plan, item.id, item, withEvidence, sourceId);
  });
  for (const update of meeting.actionUpdates ?? []) {
    plan.node('ActionUpdate', update.id, {
      status: update.status, ...bilingual('note', update.note), ...withEvidence(update.id, update.evidence),
      ...basisOf(update.inferred, update.evidence, sourceId),
    });
    plan.relationship('UPDATES', update.id, update.action);
    plan.relationship('REPORTED_AT', update.id, meeting.id);
    plan.relationship('FOR_ITEM', update.id, update.agendaItem);
  }
}

type WithEvidence = (id: string, evidence: Evidence | undefined) => Properties;

/**
 * The decisions, action items and statements of one agenda item: those its meeting's document
 * records, or those only a version document says (`additions`, numbered after the others).
 */
function addRecords(
  plan: WritePlan, itemId: string, records: RecordsSpec, withEvidence: WithEvidence, sourceId: string | undefined, firstPosition = 1,
): void {
  (records.decisions ?? []).forEach((decision, position) => {
    plan.node('Decision', decision.id, {
      number: decision.number, position: firstPosition + position, ...bilingual('text', decision.text),
      ...withEvidence(decision.id, decision.evidence), ...evidenceProps('continuation', decision.continuation), searchText: searchText(decision.text),
      ...basisOf(decision.inferred, decision.evidence, sourceId),
    });
    addMentions(plan, decision.id, decision.mentions);
    plan.relationship('HAS_DECISION', itemId, decision.id);
    for (const concerned of decision.concerns ?? []) plan.relationship('CONCERNS', decision.id, concerned);
  });
  (records.actionItems ?? []).forEach((action, position) => {
    plan.node('ActionItem', action.id, {
      number: action.number, position: firstPosition + position, ...bilingual('text', action.text), status: action.status,
      ...bilingual('dueText', action.due?.text), dueBy: action.due?.by, completedOn: action.completedOn,
      ...bilingual('completionNote', action.completionNote), ...withEvidence(action.id, action.evidence),
      ...evidenceProps('continuation', action.continuation),
      searchText: searchText(action.text, action.completionNote), ...basisOf(action.inferred, action.evidence, sourceId),
    });
    addMentions(plan, action.id, action.mentions);
    for (const body of action.concerns ?? []) plan.relationship('CONCERNS', action.id, body);
    plan.relationship('HAS_ACTION', itemId, action.id);
    for (const owner of action.owners) plan.relationship('ASSIGNED_TO', action.id, owner);
    for (const person of action.completedBy ?? []) plan.relationship('COMPLETED_BY', action.id, person);
    for (const theme of action.themes ?? []) plan.relationship('ABOUT', action.id, theme);
  });
  (records.statements ?? []).forEach((statement, position) => {
    plan.node('Statement', statement.id, {
      type: statement.type, position: firstPosition + position, attributionText: statement.attributionText, text: statement.evidence.quote,
      ...bilingual('summary', statement.summary), ...withEvidence(statement.id, statement.evidence),
      ...evidenceProps('continuation', statement.continuation),
      searchText: searchText(statement.evidence.quote, statement.summary), ...basisOf(statement.inferred, statement.evidence, sourceId),
    });
    addMentions(plan, statement.id, statement.mentions);
    plan.relationship('HAS_STATEMENT', itemId, statement.id);
    plan.relationship('SPOKEN_BY', statement.id, statement.speaker);
    plan.relationship('ON_BEHALF_OF', statement.id, statement.onBehalfOf);
    for (const theme of statement.themes ?? []) plan.relationship('RAISES', statement.id, theme);
  });
}

/**
 * How a fact is known. `basis` is INFERRED when any part of the fact was concluded rather than
 * read; `inferredFields` names those parts (for filters) and `inferences` keeps each part's reason
 * and passage as JSON, because a Neo4j property cannot hold a list of maps. A part inferred without
 * its own passage was inferred from the fact's own evidence.
 */
function basisOf(inferred: Inference[] | undefined, own: Evidence | undefined, source: string | undefined): Properties {
  if (!inferred || inferred.length === 0) return { basis: 'STATED' };
  const inferences = inferred.map(({ field, reason, evidence = own }) => ({
    field, reason, quote: evidence?.quote ?? null, lineStart: evidence?.lines[0] ?? null, lineEnd: evidence?.lines[1] ?? null,
    source: evidence ? source ?? null : null,
  }));
  return { basis: 'INFERRED', inferredFields: [...new Set(inferred.map((entry) => entry.field))], inferences: JSON.stringify(inferences) };
}

/**
 * Evidence of one part of a node, as `<prefix>Quote`, `<prefix>LineStart`, `<prefix>LineEnd`: the
 * end time of a meeting, an item's "no discussion", or the continuation of a passage that a
 * two-column layout prints apart.
 */
function evidenceProps(prefix: string, evidence: Evidence | undefined): Properties {
  if (!evidence) return {};
  return { [`${prefix}Quote`]: evidence.quote, [`${prefix}LineStart`]: evidence.lines[0], [`${prefix}LineEnd`]: evidence.lines[1] };
}

/** One MENTIONS relationship per named entity, with every form of words the passage uses for it. */
function addMentions(plan: WritePlan, recordId: string, mentions: MentionSpec[] | undefined): void {
  const texts = new Map<string, string[]>();
  for (const { entity, text } of mentions ?? []) texts.set(entity, [...(texts.get(entity) ?? []), text]);
  for (const [entity, words] of texts) plan.relationship('MENTIONS', recordId, entity, { texts: [...new Set(words)] });
}

function bilingual(prefix: string, text: LocalizedText | undefined): Properties {
  return { [`${prefix}En`]: text?.en ?? null, [`${prefix}Fr`]: text?.fr ?? null };
}

type Searchable = string | string[] | LocalizedText | undefined;

/** One text property per node for the full-text index: every name, label and synonym it has. */
function searchText(...parts: Searchable[]): string {
  const texts: string[] = [];
  for (const part of parts) {
    if (part === undefined) continue;
    if (typeof part === 'string') texts.push(part);
    else if (Array.isArray(part)) texts.push(...part);
    else texts.push(...[part.fr, part.en].filter((text): text is string => text !== undefined));
  }
  return texts.join(' \n ');
}
