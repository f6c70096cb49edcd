import { currentStatus } from './followUp';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { mergePlans, planOfField } from '../loaders/selectionPlan';
import { EMPTY_PLAN } from '../repositories/prefetchCypher';
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
    program: (_, { id }, context, info) => lookupPlanned<M.ProgramModel>(context, info, id, 'Program'),
    sourceDocument: (_, { id }, context, info) => lookupPlanned<M.SourceDocumentModel>(context, info, id, 'SourceDocument'),

    people: (_, args, context, info) => listOf('people', args, context, info),
    jurisdictions: (_, args, context, info) => listOf('jurisdictions', args, context, info),
    organizations: (_, args, context, info) => listOf('organizations', args, context, info),
    bodies: (_, { filter, ...args }, context, info) =>
      listOf('bodies', { ...args, filter: { ...filter, kindLabel: filter?.kind ? LABEL_OF_BODY_KIND[filter.kind] : null } }, context, info),
    councils: (_, { filter, ...args }, context, info) => listOf('bodies', { ...args, filter: { ...filter, kindLabel: 'Council' } }, context, info),
    communitiesOfPractice: (_, { filter, ...args }, context, info) => listOf('bodies', { ...args, filter: { ...filter, kindLabel: 'CommunityOfPractice' } }, context, info),
    workingGroups: (_, { filter, ...args }, context, info) => listOf('bodies', { ...args, filter: { ...filter, kindLabel: 'WorkingGroup' } }, context, info),
    committees: (_, { filter, ...args }, context, info) => listOf('bodies', { ...args, filter: { ...filter, kindLabel: 'Committee' } }, context, info),
    meetings: (_, args, context, info) => listOf('meetings', args, context, info),
    agendaItems: (_, args, context, info) => listOf('agendaItems', args, context, info),
    decisions: (_, args, context, info) => listOf('decisions', args, context, info),
    actionItems: (_, args, context, info) => listOf('actionItems', args, context, info),
    statements: (_, args, context, info) => listOf('statements', args, context, info),
    themes: (_, args, context, info) => listOf('themes', args, context, info),
    sourceDocuments: (_, args, context, info) => listOf('sourceDocuments', args, context, info),
  },

  Body: {
    decisions: (body, _, { loaders }) => loaders.follow('bodyDecisions', body.id),
    actionItems: async (body, { status }, { loaders }) => {
      const actions = await loaders.related('bodyActionItems').load(body.id);
      if (!status) return actions;
      // An empty list matches nothing, as in actionItems(filter: {status: []}); the status is the current one.
      const histories = await loaders.related('actionUpdates').loadMany(actions.map((action) => action.id));
      return actions.filter((action, index) => {
        const history = histories[index];
        return (status as readonly string[]).includes(currentStatus(action, Array.isArray(history) ? history : []));
      });
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

/**
 * One page of a list as a connection; `first` and `after` are checked before the database is
 * asked. The same query loads what the selection follows below the page's entities.
 */
async function listOf<Name extends ListName>(name: Name, args: ListArgs<Name>, { repositories, loaders, planSelections }: Context, info: GraphQLResolveInfo) {
  const page = pageOf(args);
  const plan = planSelections ? mergePlans([planOfField(info, ['nodes']), planOfField(info, ['edges', 'node'])]) : EMPTY_PLAN;
  const { items, totalCount, related } = await repositories.lists.page(name, args.filter ?? {}, args.sort, page, plan);
  items.forEach((item, index) => loaders.prime(plan, (item as M.EntityModel).id, related[index] ?? []));
  return connection(items, totalCount, page);
}
