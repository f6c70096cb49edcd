import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { AppError, ErrorCode, formatError, fromDriverError, isMaskedError } from '../../src/errors';

describe('formatError', () => {
  const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original });

  it('masks unexpected errors as INTERNAL_SERVER_ERROR without their message', () => {
    const error = wrap(new Error('Cannot read properties of undefined (secret internals)'));
    const formatted = formatError({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } }, error, false);
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('classifies driver errors by code and hides the driver message', () => {
    const error = wrap(new Neo4jError('Could not connect to 10.0.0.5:7687', 'ServiceUnavailable', '08000', 'connection exception'));
    const formatted = formatError({ message: error.message }, error, false);
    expect(formatted.extensions).toEqual({ code: ErrorCode.DatabaseUnavailable });
    expect(formatted.message).not.toContain('10.0.0.5');
  });

  it('passes application errors through with their code', () => {
    const error = wrap(new AppError('first must be at most 100', ErrorCode.BadUserInput, { argument: 'first' }));
    expect(formatError({ message: error.message }, error, false)).toMatchObject({
      message: 'first must be at most 100', extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });

  it('keeps GraphQL validation errors, which carry their own code', () => {
    const formatted = formatError({ message: 'Cannot query field "x" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError('x'), false);
    expect(formatted.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('isMaskedError', () => {
  const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original });

  it('is true exactly for the errors formatError hides (those are logged with the request id)', () => {
    expect(isMaskedError(wrap(new TypeError('x is undefined')))).toBe(true);
    expect(isMaskedError(wrap(new AppError('no', ErrorCode.Forbidden)))).toBe(false);
    expect(isMaskedError(wrap(new Neo4jError('gone', 'ServiceUnavailable', '08000', 'connection exception')))).toBe(false);
    expect(isMaskedError(new GraphQLError('Syntax Error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }))).toBe(false);
  });
});

describe('fromDriverError', () => {
  // As the driver's pool builds it: newError(message) with no code.
  const newError = (message: string) => new Neo4jError(message, 'N/A', '50N42', 'general processing exception');

  it('classifies the code-less pool acquisition timeout as DATABASE_UNAVAILABLE, and nothing else code-less', () => {
    const acquisition = newError('Connection acquisition timed out in 1500 ms. Pool status: Active conn count = 50, Idle conn count = 0.');
    expect(acquisition.code).toBe('N/A');
    expect(fromDriverError(acquisition)?.extensions.code).toBe(ErrorCode.DatabaseUnavailable);
    expect(fromDriverError(newError('Some other failure: Connection acquisition timed out in 1500 ms'))).toBeUndefined();
    expect(fromDriverError(new Error('Connection acquisition timed out in 1500 ms'))).toBeUndefined();
  });
});
