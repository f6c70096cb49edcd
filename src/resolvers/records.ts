import type { Resolvers } from '../generated/graphql';
import type { BodyModel, JurisdictionModel, OrganizationModel, PersonModel } from '../models';
import { required } from './entities';
import { evidenceOf, firstOrNull, localized } from './helpers';

export const recordResolvers: Resolvers = {
  Decision: {
    text: (decision, { lang }) => localized(decision, 'text', lang),
    agendaItem: async (decision, _, { loaders }) => required(await loaders.related('recordedUnder').load(decision.id), decision.id, 'agenda item'),
    meeting: async (decision, _, { loaders }) => required(await loaders.related('recordedAt').load(decision.id), decision.id, 'meeting'),
    concerns: (decision, _, { loaders }) => loaders.related('concerns').load(decision.id),
    evidence: (decision) => evidenceOf(decision),
  },
  ActionItem: {
    text: (action, { lang }) => localized(action, 'text', lang),
    status: (action) => action.status as never,
    dueText: (action, { lang }) => localized(action, 'dueText', lang),
    completionNote: (action, { lang }) => localized(action, 'completionNote', lang),
    owners: async (action, _, { loaders }) =>
      (await loaders.related('actionOwners').load(action.id)) as Array<PersonModel | OrganizationModel | BodyModel | JurisdictionModel>,
    completedBy: (action, _, { loaders }) => loaders.related('completedBy').load(action.id),
    agendaItem: async (action, _, { loaders }) => required(await loaders.related('recordedUnder').load(action.id), action.id, 'agenda item'),
    meeting: async (action, _, { loaders }) => required(await loaders.related('recordedAt').load(action.id), action.id, 'meeting'),
    themes: (action, _, { loaders }) => loaders.related('themesOf').load(action.id),
    evidence: (action) => evidenceOf(action),
  },
  Statement: {
    type: (statement) => statement.type as never,
    summary: (statement, { lang }) => localized(statement, 'summary', lang),
    speaker: async (statement, _, { loaders }) => required(await loaders.related('speaker').load(statement.id), statement.id, 'speaker'),
    onBehalfOf: async (statement, _, { loaders }) =>
      firstOrNull(await loaders.related('onBehalfOf').load(statement.id)) as JurisdictionModel | OrganizationModel | null,
    agendaItem: async (statement, _, { loaders }) => required(await loaders.related('recordedUnder').load(statement.id), statement.id, 'agenda item'),
    meeting: async (statement, _, { loaders }) => required(await loaders.related('recordedAt').load(statement.id), statement.id, 'meeting'),
    themes: (statement, _, { loaders }) => loaders.related('themesOf').load(statement.id),
    evidence: (statement) => evidenceOf(statement),
  },
  Theme: {
    kind: (theme) => theme.kind as never,
    label: (theme, { lang }) => localized(theme, 'label', lang),
    synonyms: (theme, { lang }) => (lang === 'FR' ? theme.synonymsFr : theme.synonymsEn) ?? [],
    broader: (theme, _, { loaders }) => loaders.related('broader').load(theme.id),
    narrower: (theme, _, { loaders }) => loaders.related('narrower').load(theme.id),
    statements: (theme, _, { loaders }) => loaders.related('themeStatements').load(theme.id),
  },
  SourceDocument: {
    title: (source, { lang }) => localized(source, 'title', lang),
    language: (source) => source.language.toUpperCase() as never,
    kind: (source) => source.kind as never,
    meeting: async (source, _, { loaders }) => firstOrNull(await loaders.related('recordsMeeting').load(source.id)),
  },
  Evidence: {
    source: async (evidence, _, { loaders }) => {
      if (evidence.sourceId) return (await loaders.entityById.load(evidence.sourceId)) as never;
      return firstOrNull(await loaders.related('sourcedFrom').load(evidence.ownerId));
    },
  },
};
