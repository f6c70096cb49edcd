import type { Resolvers } from '../generated/graphql';
import type { MeetingModel, PersonModel } from '../models';
import { entityWithLabel } from './helpers';

export const queryResolvers: Resolvers = {
  Query: {
    node: (_, { id }, { loaders }) => loaders.entityById.load(id) as never,
    person: (_, { id }, { loaders }) => entityWithLabel<PersonModel>((key) => loaders.entityById.load(key), id, 'Person'),
    meeting: (_, { id }, { loaders }) => entityWithLabel<MeetingModel>((key) => loaders.entityById.load(key), id, 'Meeting'),
  },
};
