import type { Context } from '../context';
import type { BodyKind, Resolvers } from '../generated/graphql';
import type * as M from '../models';
import type { ListFilter, ListName, ListSort, SortFieldOf } from '../repositories/ListRepository';
import { BODY_KINDS } from './entities';
import { lookupPlanned } from './helpers';
import { connection, pageOf } from './pagination';

/**
 * Typed lookups (`jurisdiction(id)`, …: null unless the id is an entity of that type) and the
 * paginated lists of every entity type (Relay connections; see ListRepository for the Cypher).
 */
export const listResolvers: Resolvers = {
  Query: {
    jurisdiction: (_, { id }, context, info) => lookupPlanned<M.JurisdictionModel>(context, info, id, 'Jurisdiction'),
    organization: (_, { id }, context, info) => lookupPlanned<M.OrganizationModel>(context, info, id, 'Organization'),
    body: (_, { id }, context, info) => lookupPlanned<M.BodyModel>(context, info, id, 'Body'),
    council: (_, { id }, context, info) => lookupPlanned<M.BodyModel>(context, info, id, 'Council'),
    communityOfPractice: (_, { id }, context, info) => lookupPlanned<M.BodyModel>(context, info, id, 'CommunityOfPractice'),
    workingGroup: (_, { id }, context, info) => lookupPlanned<M.BodyModel>(context, info, id, 'WorkingGroup'),
    committee: (_, { id }, context, info) => lookupPlanned<M.BodyModel>(context, info, id, 'Committee'),
    membership: (_, { id }, context, info) => lookupPlanned<M.MembershipModel>(context, info, id, 'Membership'),
    agendaItem: (_, { id }, context, info) => lookupPlanned<M.AgendaItemModel>(context, info, id, 'AgendaItem'),
    decision: (_, { id }, context, info) => lookupPlanned<M.DecisionModel>(context, info, id, 'Decision'),
    actionItem: (_, { id }, context, info) => lookupPlanned<M.ActionItemModel>(context, info, id, 'ActionItem'),
    statement: (_, { id }, context, info) => lookupPlanned<M.StatementModel>(context, info, id, 'Statement'),
    theme: (_, { id }, context, info) => lookupPlanned<M.ThemeModel>(context, info, id, 'Theme'),
    sourceDocument: (_, { id }, context, info) => lookupPlanned<M.SourceDocumentModel>(context, info, id, 'SourceDocument'),

    people: (_, args, context) => listOf('people', args, context),
    jurisdictions: (_, args, context) => listOf('jurisdictions', args, context),
    organizations: (_, args, context) => listOf('organizations', args, context),
    bodies: (_, { filter, ...args }, context) =>
      listOf('bodies', { ...args, filter: { ...filter, kindLabel: filter?.kind ? LABEL_OF_BODY_KIND[filter.kind] : null } }, context),
    councils: (_, { filter, ...args }, context) => listOf('bodies', { ...args, filter: { ...filter, kindLabel: 'Council' } }, context),
    communitiesOfPractice: (_, { filter, ...args }, context) => listOf('bodies', { ...args, filter: { ...filter, kindLabel: 'CommunityOfPractice' } }, context),
    workingGroups: (_, { filter, ...args }, context) => listOf('bodies', { ...args, filter: { ...filter, kindLabel: 'WorkingGroup' } }, context),
    committees: (_, { filter, ...args }, context) => listOf('bodies', { ...args, filter: { ...filter, kindLabel: 'Committee' } }, context),
    meetings: (_, args, context) => listOf('meetings', args, context),
    agendaItems: (_, args, context) => listOf('agendaItems', args, context),
    decisions: (_, args, context) => listOf('decisions', args, context),
    actionItems: (_, args, context) => listOf('actionItems', args, context),
    statements: (_, args, context) => listOf('statements', args, context),
    themes: (_, args, context) => listOf('themes', args, context),
    sourceDocuments: (_, args, context) => listOf('sourceDocuments', args, context),
  },

  Body: {
    decisions: (body, _, { loaders }) => loaders.related('bodyDecisions').load(body.id),
    actionItems: async (body, { status }, { loaders }) => {
      const actions = await loaders.related('bodyActionItems').load(body.id);
      // An empty list matches nothing, as in actionItems(filter: {status: []}).
      return status ? actions.filter((action) => (status as readonly string[]).includes(action.status)) : actions;
    },
  },
};

const LABEL_OF_BODY_KIND = Object.fromEntries(Object.entries(BODY_KINDS).map(([label, kind]) => [kind, label])) as Record<BodyKind, keyof typeof BODY_KINDS>;

interface ListArgs<Name extends ListName> {
  filter?: ListFilter<Name> | null;
  sort?: ListSort<SortFieldOf<Name>> | null;
  first?: number | null;
  after?: string | null;
}

/** One page of a list as a connection; `first` and `after` are checked before the database is asked. */
async function listOf<Name extends ListName>(name: Name, args: ListArgs<Name>, { repositories }: Context) {
  const page = pageOf(args);
  const { items, totalCount } = await repositories.lists.page(name, args.filter ?? {}, args.sort, page);
  return connection(items, totalCount, page);
}
