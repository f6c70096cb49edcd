import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { Context } from '../context';
import { ErrorCode, isMaskedError } from '../errors';

/** Where masked errors are logged: one line each, for the server's operators only. */
export type ErrorLog = (line: string) => void;

export function newRequestId(): string {
  return randomUUID();
}

/**
 * Gives every operation a request id (the HTTP front's, or a new one in-process), answers it in
 * `X-Request-Id`, and for every error masked as INTERNAL_SERVER_ERROR logs the original error
 * with that id and adds `extensions.requestId` to what the client sees — so a report quoting the
 * id finds the log line, while the client learns nothing of the internals (Shopify does the same).
 */
export function requestIdPlugin(log: ErrorLog = (line) => console.error(line)): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue, response }) {
      const requestId = contextValue.request?.id ?? newRequestId();
      response.http.headers.set('x-request-id', requestId);
      let masked = 0;
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (!isMaskedError(error)) continue;
            masked += 1;
            log(describeMaskedError(requestId, operationName ? `operation ${operationName}` : 'an anonymous operation', error));
          }
        },
        async willSendResponse({ response: sent }) {
          if (masked === 0 || sent.body?.kind !== 'single' || !sent.body.singleResult.errors) return;
          const { singleResult } = sent.body;
          sent.body = { kind: 'single', singleResult: { ...singleResult, errors: singleResult.errors?.map((error) => withRequestId(error, requestId)) } };
        },
      };
    },
  };
}

function withRequestId(error: GraphQLFormattedError, requestId: string): GraphQLFormattedError {
  if (error.extensions?.code !== ErrorCode.Internal) return error;
  return { ...error, extensions: { ...error.extensions, requestId } };
}

/** The log line: request id, where it happened (operation and path), and the original error with its stack. */
export function describeMaskedError(requestId: string, where: string, error: GraphQLError | Error): string {
  const original = 'originalError' in error && error.originalError ? error.originalError : error;
  const path = 'path' in error && error.path ? ` at ${error.path.join('.')}` : '';
  return `[request ${requestId}] masked internal error in ${where}${path}: ${original.stack ?? String(original)}`;
}
