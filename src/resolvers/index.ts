import type { Resolvers } from '../generated/graphql';
import { entityResolvers } from './entities';
import { meetingResolvers } from './meetings';
import { queryResolvers } from './query';
import { recordResolvers } from './records';

export const resolvers: Resolvers = { ...queryResolvers, ...entityResolvers, ...meetingResolvers, ...recordResolvers };
