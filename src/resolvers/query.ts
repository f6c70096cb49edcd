import type { Resolvers } from '../generated/graphql';
import type { EntityModel, MeetingModel, PersonModel } from '../models';
import { lookupPlanned } from './helpers';

export const queryResolvers: Resolvers = {
  Query: {
    node: (_, { id }, context, info) => lookupPlanned<EntityModel>(context, info, id) as never,
    person: (_, { id }, context, info) => lookupPlanned<PersonModel>(context, info, id, 'Person'),
    meeting: (_, { id }, context, info) => lookupPlanned<MeetingModel>(context, info, id, 'Meeting'),
  },
};
