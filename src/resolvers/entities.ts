import type { Resolvers } from '../generated/graphql';
import type { BodyModel, JurisdictionModel, OrganizationModel, PersonModel } from '../models';
import { evidenceOf as evidence, firstOrNull, localized, typeNameOf } from './helpers';

export const entityResolvers: Resolvers = {
  Node: { __resolveType: (model) => typeNameOf(model) as never },
  Representative: { __resolveType: (model) => typeNameOf(model) as 'Jurisdiction' | 'Organization' },
  ActionOwner: { __resolveType: (model) => typeNameOf(model) as 'Person' | 'Organization' | 'Body' | 'Jurisdiction' },

  Person: {
    aliases: (person) => person.aliases ?? [],
    attendance: (person, _, { loaders }) => loaders.related('personAttendance').load(person.id),
    memberships: (person, { asOf }, { loaders }) =>
      (asOf ? loaders.related('personMembershipsAsOf', asOf) : loaders.related('personMemberships')).load(person.id),
    statements: (person, _, { loaders }) => loaders.related('personStatements').load(person.id),
    actionItems: (person, _, { loaders }) => loaders.related('assignedActionItems').load(person.id),
  },

  Jurisdiction: {
    kind: (jurisdiction) => jurisdiction.kind as JurisdictionModel['kind'] as never,
    name: (jurisdiction, { lang }) => localized(jurisdiction, 'name', lang),
    abbreviation: (jurisdiction, { lang }) => localized(jurisdiction, 'abbreviation', lang),
    aliases: (jurisdiction) => jurisdiction.aliases ?? [],
    partOf: async (jurisdiction, _, { loaders }) => firstOrNull(await loaders.related('partOf').load(jurisdiction.id)) as JurisdictionModel | null,
    parts: async (jurisdiction, _, { loaders }) => (await loaders.related('parts').load(jurisdiction.id)) as JurisdictionModel[],
    attendance: (jurisdiction, _, { loaders }) => loaders.related('attendanceOnBehalfOf').load(jurisdiction.id),
    statements: (jurisdiction, _, { loaders }) => loaders.related('statementsOnBehalfOf').load(jurisdiction.id),
  },

  Organization: {
    kind: (organization) => organization.kind as never,
    name: (organization, { lang }) => localized(organization, 'name', lang),
    abbreviation: (organization, { lang }) => localized(organization, 'abbreviation', lang),
    aliases: (organization) => organization.aliases ?? [],
    partOf: async (organization, _, { loaders }) =>
      firstOrNull(await loaders.related('partOf').load(organization.id)) as JurisdictionModel | OrganizationModel | null,
    secretariatFor: (organization, _, { loaders }) => loaders.related('secretariatFor').load(organization.id),
    memberships: (organization, { asOf }, { loaders }) =>
      (asOf ? loaders.related('organizationMembershipsAsOf', asOf) : loaders.related('organizationMemberships')).load(organization.id),
  },

  Membership: {
    role: (membership) => membership.role as never,
    title: (membership, { lang }) => localized(membership, 'title', lang),
    person: async (membership, _, { loaders }) => required(await loaders.related('membershipPerson').load(membership.id), membership.id, 'person') as PersonModel,
    body: async (membership, _, { loaders }) => firstOrNull(await loaders.related('membershipBody').load(membership.id)),
    organization: async (membership, _, { loaders }) =>
      firstOrNull(await loaders.related('membershipOrganization').load(membership.id)) as JurisdictionModel | OrganizationModel | null,
    onBehalfOf: async (membership, _, { loaders }) =>
      firstOrNull(await loaders.related('onBehalfOf').load(membership.id)) as JurisdictionModel | OrganizationModel | null,
    evidence: (membership) => evidence(membership),
  },

  Body: {
    kind: (body) => bodyKind(body),
    name: (body, { lang }) => localized(body, 'name', lang),
    abbreviation: (body, { lang }) => localized(body, 'abbreviation', lang),
    status: (body) => body.status as never,
    statusNote: (body, { lang }) => localized(body, 'statusNote', lang),
    statusEvidence: (body) =>
      body.statusQuote && body.statusLineStart !== undefined && body.statusLineEnd !== undefined
        ? { quote: body.statusQuote, lineStart: body.statusLineStart, lineEnd: body.statusLineEnd, ownerId: body.id, sourceId: body.statusSource }
        : null,
    partOf: async (body, _, { loaders }) => firstOrNull(await loaders.related('partOf').load(body.id)) as BodyModel | null,
    parts: async (body, _, { loaders }) => (await loaders.related('parts').load(body.id)) as BodyModel[],
    reportsTo: async (body, _, { loaders }) => firstOrNull(await loaders.related('reportsTo').load(body.id)),
    reportedToBy: (body, _, { loaders }) => loaders.related('reportedToBy').load(body.id),
    secretariat: async (body, _, { loaders }) => firstOrNull(await loaders.related('secretariat').load(body.id)),
    members: async (body, { asOf, role, onBehalfOfId }, { loaders }) => {
      const loader = asOf ? loaders.related('bodyMembershipsAsOf', asOf) : loaders.related('bodyMemberships');
      const members = (await loader.load(body.id)).filter((m) => !role || m.role === role);
      if (!onBehalfOfId) return members;
      // One batched query for the representatives of all the members.
      const representatives = await loaders.related('onBehalfOf').loadMany(members.map((m) => m.id));
      return members.filter((_, index) => {
        const represented = representatives[index];
        return Array.isArray(represented) && represented.some((r) => r.id === onBehalfOfId);
      });
    },
    meetings: (body, _, { loaders }) => loaders.related('bodyMeetings').load(body.id),
  },
};

/** GraphQL body kind by the Neo4j label that carries it. */
export const BODY_KINDS = { Council: 'COUNCIL', CommunityOfPractice: 'COMMUNITY_OF_PRACTICE', WorkingGroup: 'WORKING_GROUP', Committee: 'COMMITTEE' } as const;

export function bodyKind(body: BodyModel) {
  for (const [label, kind] of Object.entries(BODY_KINDS)) if (body.labels.includes(label)) return kind;
  throw new Error(`body ${body.id} has no kind label`);
}

/** A relationship the model guarantees (e.g. every membership has a holder); its absence is a data fault. */
export function required<T>(items: T[], id: string, field: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`${id} has no ${field}`);
  return item;
}
