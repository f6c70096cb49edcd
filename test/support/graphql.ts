import type { ApolloServer } from '@apollo/server';
import type { Viewer } from '../../src/auth/ApiKeys';
import { createContext, Context, type ContextOptions } from '../../src/context';
import type { Database } from '../../src/db/Database';
import { createApolloServer, ServerOptions } from '../../src/server';

export interface GraphQLResult<T> { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }

/** Runs operations through the real server pipeline (parsing, validation, resolvers, loaders). */
export class TestApi {
  private constructor(private readonly apollo: ApolloServer<Context>, private readonly database: Database) {}

  static async start(database: Database, options: Partial<ServerOptions> = {}): Promise<TestApi> {
    const apollo = createApolloServer({ introspection: true, ...options });
    await apollo.start();
    return new TestApi(apollo, database);
  }

  async query<T = Record<string, unknown>>(
    query: string, variables: Record<string, unknown> = {}, database = this.database, viewer: Viewer | null = null, options: Omit<ContextOptions, 'viewer'> = {},
  ): Promise<GraphQLResult<T>> {
    const response = await this.apollo.executeOperation({ query, variables }, { contextValue: createContext(database, { ...options, viewer }) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as GraphQLResult<T>;
  }

  /** Like `query`, but fails the test on any GraphQL error. */
  async data<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.query<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async stop(): Promise<void> {
    await this.apollo.stop();
  }
}
