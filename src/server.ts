import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Context } from './context';
import { formatError } from './errors';
import { argumentErrorsPlugin } from './plugins/argumentErrorsPlugin';
import { costLimitPlugin } from './plugins/costLimitPlugin';
import { documentLimitRules } from './plugins/documentLimitRules';
import { DEFAULT_LIMITS, QueryLimits } from './plugins/limits';
import { requestIdPlugin, type ErrorLog } from './plugins/requestIdPlugin';
import { chargeRateLimit } from './rateLimit/RateLimiter';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';

export interface ServerOptions {
  introspection: boolean;
  limits?: QueryLimits;
  /** Lets unexpected errors reach clients unmasked; for local debugging only. */
  dangerouslyExposeInternalErrors?: boolean;
  /** Where masked internal errors are logged with their request id (default: stderr). */
  errorLog?: ErrorLog;
}

/**
 * Builds the Apollo server without listening, so tests can call `executeOperation` directly.
 * Production defaults are set here explicitly rather than left to NODE_ENV.
 */
export function createApolloServer(options: ServerOptions): ApolloServer<Context> {
  const expose = options.dangerouslyExposeInternalErrors ?? false;
  const limits = options.limits ?? DEFAULT_LIMITS;
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !options.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // The process entry owns SIGINT/SIGTERM; Apollo's own handlers would race it and hang stop().
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, expose),
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: documentLimitRules(limits),
    // No @cacheControl here: its default plugin would wrap every field resolver to compute cache hints.
    // The rate limit charges each operation its cost once the cost plugin has accepted it.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      requestIdPlugin(options.errorLog),
      argumentErrorsPlugin(),
      costLimitPlugin({ maxCost: limits.maxCost, hideSuggestions: !options.introspection, onCost: chargeRateLimit }),
    ],
  });
}
