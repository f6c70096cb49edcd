import { GraphQLError, GraphQLScalarType, Kind, print } from 'graphql';
import { ErrorCode } from '../errors';
import type { Resolvers } from '../generated/graphql';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (so `2020-02-30` is false). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function invalidDate(shown: string): string {
  return `Date must be a calendar date written YYYY-MM-DD, but got: ${shown}`;
}

function parseDate(value: unknown): string {
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  // graphql-js prefixes this with the variable's name ("Variable \"$from\" got invalid value …").
  throw new GraphQLError(invalidDate(JSON.stringify(value) ?? String(value)), { extensions: { code: ErrorCode.BadUserInput } });
}

/**
 * `Date`: a calendar date as a `YYYY-MM-DD` string, the form dates are stored in (such strings
 * sort like the dates they name). Input that is not a real calendar date is rejected before any
 * resolver runs.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, `YYYY-MM-DD`.',
  // Stored dates were validated at ingestion; output passes them through unchanged.
  serialize: (value) => {
    if (typeof value === 'string') return value;
    throw new TypeError(`Date cannot represent a non-string value: ${String(value)}`);
  },
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING && isCalendarDate(ast.value)) return ast.value;
    // Not a GraphQLError, so validation reports it as `Expected value of type "Date", found …; <this>`.
    throw new TypeError(invalidDate(print(ast)));
  },
});

export const scalarResolvers: Resolvers = { Date: DateScalar };
