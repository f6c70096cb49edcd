/** The dashboard's only data source: the public GraphQL API of this server. */
export interface GraphQLError { message: string }

export class ApiError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLError[] };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new ApiError(`HTTP ${response.status}`);
  return body.data;
}

/** Fields every Representative (Jurisdiction | Organization) selection needs for a label and a link. */
export const REP_FIELDS = `__typename ... on Jurisdiction { id name(lang: $lang) abbreviation(lang: $lang) } ... on Organization { id name(lang: $lang) abbreviation(lang: $lang) }`;

export interface Rep { __typename: 'Jurisdiction' | 'Organization'; id: string; name: string | null; abbreviation: string | null }
