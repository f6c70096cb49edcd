/** The GraphQL IDE served on GET /graphql: GraphiQL bundled locally, pointed at this server's API. */
import { GraphiQL } from 'graphiql';
import { getIntrospectionQuery, type ExecutionResult } from 'graphql';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLES } from './examples';

interface FetcherParams { query: string; operationName?: string | null; variables?: unknown }
interface FetcherOptions { headers?: Record<string, unknown> }

// The API's depth and cost limits refuse GraphiQL's default introspection query (9 levels of
// `ofType`). Three are enough for this schema's deepest type references, such as `[ID!]!`.
const INTROSPECTION = getIntrospectionQuery({ typeDepth: 3, descriptions: true, inputValueDeprecation: true });

/** Plain POST as JSON; headers typed in the IDE (e.g. `Authorization`) are passed along. */
async function fetcher(params: FetcherParams, options?: FetcherOptions): Promise<ExecutionResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  for (const [key, value] of Object.entries(options?.headers ?? {})) if (typeof value === 'string') headers[key] = value;
  const body = params.operationName === 'IntrospectionQuery' ? { ...params, query: INTROSPECTION } : params;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(body) });
  return (await response.json()) as ExecutionResult;
}

const container = document.getElementById('graphiql');
if (container) {
  createRoot(container).render(createElement(GraphiQL, { fetcher, defaultTabs: EXAMPLES, variables: EXAMPLES[0]?.variables, defaultEditorToolsVisibility: true }));
}
