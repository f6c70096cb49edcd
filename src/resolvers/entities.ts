import type { Resolvers } from '../generated/graphql';
import type { BodyModel, JurisdictionModel, OrganizationModel, PersonModel } from '../models';
import { versionedEvidence } from './evidence';
import { firstOrNull, localized, typeNameOf } from './helpers';
import { keep, ofTypes } from './provenance';

export const entityResolvers: Resolvers = {
  Node: { __resolveType: (model) => typeNameOf(model) as never },
  Representative: { __resolveType: (model) => typeNameOf(model) as 'Jurisdiction' | 'Organization' },
  ActionOwner: { __resolveType: (model) => typeNameOf(model) as 'Person' | 'Organization' | 'Body' | 'Jurisdiction' },

  Person: {
    aliases: (person) => person.aliases ?? [],
    attendance: (person, { listed, basis }, { loaders }) => loaders.follow('personAttendance', person.id, (list) => list.filter(keep(listed, basis))),
    memberships: (person, { asOf }, { loaders }) =>
      (asOf ? loaders.follow('personMembershipsAsOf', person.id, undefined, asOf) : loaders.follow('personMemberships', person.id)),
    statements: (person, { types }, { loaders }) => loaders.follow('personStatements', person.id, ofTypes(types)),
    actionItems: (person, _, { loaders }) => loaders.follow('assignedActionItems', person.id),
  },

  Jurisdiction: {
    kind: (jurisdiction) => jurisdiction.kind as JurisdictionModel['kind'] as never,
    name: (jurisdiction, { lang }) => localized(jurisdiction, 'name', lang),
    abbreviation: (jurisdiction, { lang }) => localized(jurisdiction, 'abbreviation', lang),
    aliases: (jurisdiction) => jurisdiction.aliases ?? [],
    partOf: (jurisdiction, _, { loaders }) => loaders.follow('partOf', jurisdiction.id, (list) => firstOrNull(list) as JurisdictionModel | null),
    // Organizations can be part of a jurisdiction too (a secretariat of a department): not among its parts.
    parts: (jurisdiction, _, { loaders }) =>
      loaders.follow('parts', jurisdiction.id, (list) => list.filter((part) => part.labels.includes('Jurisdiction')) as JurisdictionModel[]),
    attendance: (jurisdiction, { listed, basis }, { loaders }) =>
      loaders.follow('attendanceOnBehalfOf', jurisdiction.id, (list) => list.filter(keep(listed, basis))),
    statements: (jurisdiction, { types }, { loaders }) => loaders.follow('statementsOnBehalfOf', jurisdiction.id, ofTypes(types)),
  },

  Organization: {
    kind: (organization) => organization.kind as never,
    name: (organization, { lang }) => localized(organization, 'name', lang),
    abbreviation: (organization, { lang }) => localized(organization, 'abbreviation', lang),
    aliases: (organization) => organization.aliases ?? [],
    partOf: (organization, _, { loaders }) =>
      loaders.follow('partOf', organization.id, (list) => firstOrNull(list) as JurisdictionModel | OrganizationModel | null),
    secretariatFor: (organization, _, { loaders }) => loaders.follow('secretariatFor', organization.id),
    memberships: (organization, { asOf }, { loaders }) =>
      (asOf ? loaders.follow('organizationMembershipsAsOf', organization.id, undefined, asOf) : loaders.follow('organizationMemberships', organization.id)),
  },

  Membership: {
    role: (membership) => membership.role as never,
    title: (membership, { lang }) => localized(membership, 'title', lang),
    person: (membership, _, { loaders }) => loaders.follow('membershipPerson', membership.id, (list) => required(list, membership.id, 'person') as PersonModel),
    body: (membership, _, { loaders }) => loaders.follow('membershipBody', membership.id, (list) => firstOrNull(list)),
    organization: (membership, _, { loaders }) =>
      loaders.follow('membershipOrganization', membership.id, (list) => firstOrNull(list) as JurisdictionModel | OrganizationModel | null),
    onBehalfOf: (membership, _, { loaders }) =>
      loaders.follow('onBehalfOf', membership.id, (list) => firstOrNull(list) as JurisdictionModel | OrganizationModel | null),
    ...versionedEvidence,
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
    partOf: (body, _, { loaders }) => loaders.follow('partOf', body.id, (list) => firstOrNull(list) as BodyModel | null),
    parts: (body, _, { loaders }) => loaders.follow('parts', body.id, (list) => list as BodyModel[]),
    reportsTo: (body, _, { loaders }) => loaders.follow('reportsTo', body.id, (list) => firstOrNull(list)),
    reportedToBy: (body, _, { loaders }) => loaders.follow('reportedToBy', body.id),
    secretariat: (body, _, { loaders }) => loaders.follow('secretariat', body.id, (list) => firstOrNull(list)),
    members: async (body, { asOf, role, onBehalfOfId, basis }, { loaders }) => {
      const loader = asOf ? loaders.related('bodyMembershipsAsOf', asOf) : loaders.related('bodyMemberships');
      const members = (await loader.load(body.id)).filter((m) => (!role || m.role === role) && keep(null, basis)(m));
      if (!onBehalfOfId) return members;
      // One batched query for the representatives of all the members.
      const representatives = await loaders.related('onBehalfOf').loadMany(members.map((m) => m.id));
      return members.filter((_, index) => {
        const represented = representatives[index];
        return Array.isArray(represented) && represented.some((r) => r.id === onBehalfOfId);
      });
    },
    meetings: (body, _, { loaders }) => loaders.follow('bodyMeetings', body.id),
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
