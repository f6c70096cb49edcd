import type { Resolvers } from '../generated/graphql';
import type { BodyModel, JurisdictionModel, OrganizationModel, PersonModel } from '../models';
import { required } from './entities';
import { evidenceOf, firstOrNull, localized } from './helpers';
import { ofTypes } from './provenance';

export const recordResolvers: Resolvers = {
  Decision: {
    text: (decision, { lang }) => localized(decision, 'text', lang),
    agendaItem: (decision, _, { loaders }) => loaders.follow('recordedUnder', decision.id, (list) => required(list, decision.id, 'agenda item')),
    meeting: (decision, _, { loaders }) => loaders.follow('recordedAt', decision.id, (list) => required(list, decision.id, 'meeting')),
    concerns: (decision, _, { loaders }) => loaders.follow('concerns', decision.id),
    evidence: (decision) => evidenceOf(decision),
  },
  ActionItem: {
    text: (action, { lang }) => localized(action, 'text', lang),
    status: (action) => action.status as never,
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
    overdue: (action, { asOf }) => (action.status === 'OPEN' || action.status === 'IN_PROGRESS') && action.dueBy !== undefined && action.dueBy < (asOf ?? today()),
    themes: (action, _, { loaders }) => loaders.follow('themesOf', action.id),
    evidence: (action) => evidenceOf(action),
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
    evidence: (statement) => evidenceOf(statement),
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
    source: (evidence, _, { loaders }) => {
      if (evidence.sourceId) return loaders.entityById.load(evidence.sourceId) as never;
      return loaders.follow('sourcedFrom', evidence.ownerId, firstOrNull);
    },
  },
};

/** Today's date (UTC) as YYYY-MM-DD. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
