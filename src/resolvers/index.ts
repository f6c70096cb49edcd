import type { Resolvers } from '../generated/graphql';
import { analyticsResolvers } from './analytics';
import { entityResolvers } from './entities';
import { exploreResolvers } from './explore';
import { followUpResolvers } from './followUp';
import { listResolvers } from './lists';
import { meetingResolvers } from './meetings';
import { participationResolvers } from './participation';
import { provenanceResolvers } from './provenance';
import { trendResolvers } from './trends';
import { mutationResolvers } from './mutations';
import { queryResolvers } from './query';
import { recordResolvers } from './records';
import { scalarResolvers } from './scalars';
import { searchResolvers } from './search';

const modules: Resolvers[] = [
  queryResolvers, entityResolvers, meetingResolvers, recordResolvers, scalarResolvers, analyticsResolvers,
  searchResolvers, exploreResolvers, listResolvers, mutationResolvers, provenanceResolvers, participationResolvers, trendResolvers,
  followUpResolvers,
];

/**
 * Several modules add fields to the same type (Query, Body), so types are merged field by field.
 * Scalars (GraphQLScalarType instances) are taken as they are.
 */
export const resolvers = modules.reduce<Record<string, unknown>>((merged, module) => {
  for (const [type, fields] of Object.entries(module)) {
    const existing = merged[type];
    merged[type] = isPlainObject(existing) && isPlainObject(fields) ? { ...existing, ...fields } : fields;
  }
  return merged;
}, {}) as Resolvers;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
