import type { Resolvers } from '../generated/graphql';
import type { EntityModel, MeetingModel, PersonModel } from '../models';

/** An entity by id, only when it carries the expected label (so `person(id: "CA-BC")` is null). */
async function entityWithLabel<T extends EntityModel>(load: (id: string) => Promise<EntityModel | null>, id: string, label: string): Promise<T | null> {
  const entity = await load(id);
  return entity && entity.labels.includes(label) ? (entity as T) : null;
}

export const queryResolvers: Resolvers = {
  Query: {
    node: (_, { id }, { loaders }) => loaders.entityById.load(id) as never,
    person: (_, { id }, { loaders }) => entityWithLabel<PersonModel>((key) => loaders.entityById.load(key), id, 'Person'),
    meeting: (_, { id }, { loaders }) => entityWithLabel<MeetingModel>((key) => loaders.entityById.load(key), id, 'Meeting'),
  },
};
