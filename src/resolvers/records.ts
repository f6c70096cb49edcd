import type { Resolvers } from '../generated/graphql';
import type { Loaders } from '../loaders/createLoaders';
import type { BodyModel, EvidenceModel, JurisdictionModel, OrganizationModel, PersonModel, SourceDocumentModel } from '../models';
import { required } from './entities';
import { versionedEvidence } from './evidence';
import { firstOrNull, localized } from './helpers';
import { ofTypes } from './provenance';
import { NOT_DONE, currentStatus } from './followUp';

export const recordResolvers: Resolvers = {
  Decision: {
    text: (decision, { lang }) => localized(decision, 'text', lang),
    agendaItem: (decision, _, { loaders }) => loaders.follow('recordedUnder', decision.id, (list) => required(list, decision.id, 'agenda item')),
    meeting: (decision, _, { loaders }) => loaders.follow('recordedAt', decision.id, (list) => required(list, decision.id, 'meeting')),
    concerns: (decision, _, { loaders }) => loaders.follow('concerns', decision.id),
    ...versionedEvidence,
  },
  ActionItem: {
    text: (action, { lang }) => localized(action, 'text', lang),
    dueText: (action, { lang }) => localized(action, 'dueText', lang),
    completionNote: (action, { lang }) => localized(action, 'completionNote', lang),
    owners: (action, _, { loaders }) =>
      loaders.follow('actionOwners', action.id, (list) => list as Array<PersonModel | OrganizationModel | BodyModel | JurisdictionModel>),
    completedBy: (action, _, { loaders }) => loaders.follow('completedBy', action.id),
    agendaItem: (action, _, { loaders }) => loaders.follow('recordedUnder', action.id, (list) => required(list, action.id, 'agenda item')),
    meeting: (action, _, { loaders }) => loaders.follow('recordedAt', action.id, (list) => required(list, action.id, 'meeting')),
    age: (action, { asOf }, { loaders }) => loaders.follow('recordedAt', action.id, (list) => {
      const since = required(list, action.id, 'meeting');
      return { days: since.date ? daysBetween(since.date, asOf ?? today()) : null, since };
    }),
    overdue: (action, { asOf }, { loaders }) => loaders.follow('actionUpdates', action.id, (history) =>
      NOT_DONE.includes(currentStatus(action, history)) && action.dueBy !== undefined && action.dueBy < (asOf ?? today())),
    themes: (action, _, { loaders }) => loaders.follow('themesOf', action.id),
    ...versionedEvidence,
  },
  Statement: {
    type: (statement) => statement.type as never,
    summary: (statement, { lang }) => localized(statement, 'summary', lang),
    speaker: (statement, _, { loaders }) => loaders.follow('speaker', statement.id, (list) => required(list, statement.id, 'speaker')),
    onBehalfOf: (statement, _, { loaders }) =>
      loaders.follow('onBehalfOf', statement.id, (list) => firstOrNull(list) as JurisdictionModel | OrganizationModel | null),
    agendaItem: (statement, _, { loaders }) => loaders.follow('recordedUnder', statement.id, (list) => required(list, statement.id, 'agenda item')),
    meeting: (statement, _, { loaders }) => loaders.follow('recordedAt', statement.id, (list) => required(list, statement.id, 'meeting')),
    themes: (statement, _, { loaders }) => loaders.follow('themesOf', statement.id),
    ...versionedEvidence,
  },
  Theme: {
    kind: (theme) => theme.kind as never,
    label: (theme, { lang }) => localized(theme, 'label', lang),
    synonyms: (theme, { lang }) => (lang === 'FR' ? theme.synonymsFr : theme.synonymsEn) ?? [],
    broader: (theme, _, { loaders }) => loaders.follow('broader', theme.id),
    narrower: (theme, _, { loaders }) => loaders.follow('narrower', theme.id),
    statements: (theme, { types }, { loaders }) => loaders.follow('themeStatements', theme.id, ofTypes(types)),
  },
  SourceDocument: {
    title: (source, { lang }) => localized(source, 'title', lang),
    language: (source) => source.language.toUpperCase() as never,
    kind: (source) => source.kind as never,
    meeting: (source, _, { loaders }) => loaders.follow('recordsMeeting', source.id, (list) => firstOrNull(list)),
  },
  Evidence: {
    source: (evidence, _, { loaders }) => sourceOf(evidence, loaders),
    language: async (evidence, _, { loaders }) => ((await sourceOf(evidence, loaders))?.language.toUpperCase() ?? null) as never,
  },
};

/** The document a passage comes from: loaded with it, stored on it, or the record's own source (sourcedFrom puts it first). */
async function sourceOf(evidence: EvidenceModel, loaders: Loaders): Promise<SourceDocumentModel | null> {
  if (evidence.source) return evidence.source;
  if (evidence.sourceId) return (await loaders.entityById.load(evidence.sourceId)) as SourceDocumentModel | null;
  return loaders.follow('sourcedFrom', evidence.ownerId, firstOrNull);
}

/** Today's date (UTC) as YYYY-MM-DD. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
