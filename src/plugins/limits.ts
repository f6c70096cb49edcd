/** Limits applied to every GraphQL request before it executes; defaults follow public APIs (GitHub, Shopify, GitLab). */
export interface QueryLimits {
  /** Longest query text, in characters. */
  maxCharacters: number;
  /** Most lexical tokens the parser will read (bounds parse and validation work). */
  maxTokens: number;
  /** Deepest field nesting. */
  maxDepth: number;
  /** Most aliased fields in one document. */
  maxAliases: number;
  /** Most directives in one document. */
  maxDirectives: number;
  /** Highest estimated cost (see costLimitPlugin). */
  maxCost: number;
  /** Deadline of one request, in milliseconds. */
  requestTimeoutMs: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxCharacters: 10_000,
  maxTokens: 2_000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  maxCost: 25_000,
  requestTimeoutMs: 10_000,
};
