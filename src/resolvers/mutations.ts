import type { Resolvers } from '../generated/graphql';

export const mutationResolvers: Resolvers = {
  Mutation: {
    ingestDocument: async (_, { input }, { writer, viewer }) => {
      const report = await writer.ingest(input, viewer);
      return { document: report.document, dryRun: input.dryRun ?? false, changes: report.changes, auditId: report.auditId ?? '' };
    },
  },
};
