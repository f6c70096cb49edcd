import { AppError } from '../../src/errors';
import { connection, decodeCursor, encodeCursor, pageOf } from '../../src/resolvers/pagination';

describe('pageOf', () => {
  it('defaults to the first 20', () => {
    expect(pageOf({})).toEqual({ offset: 0, limit: 20 });
  });
  it('continues after a cursor', () => {
    expect(pageOf({ first: 5, after: encodeCursor(9) })).toEqual({ offset: 10, limit: 5 });
  });
  it.each([101, 10000, -1, 1.5])('refuses first = %p with BAD_USER_INPUT', (first) => {
    expect(() => pageOf({ first })).toThrow(AppError);
    expect(() => pageOf({ first })).toThrow(/first must be between 0 and 100/);
  });
  it('refuses a cursor it did not issue', () => {
    expect(() => decodeCursor('bm90LWEtY3Vyc29y')).toThrow(/after is not a cursor/);
  });
});

describe('connection', () => {
  it('reports whether more items follow', () => {
    const page = { offset: 0, limit: 2 };
    const result = connection(['a', 'b'], 3, page);
    expect(result.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(1) });
    expect(connection(['c'], 3, { offset: 2, limit: 2 }).pageInfo.hasNextPage).toBe(false);
  });
});
