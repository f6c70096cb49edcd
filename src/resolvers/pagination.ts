import { AppError, ErrorCode } from '../errors';

/** The largest page any list returns; larger requests are refused, not silently clamped. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface Page { offset: number; limit: number }

/**
 * Validates `first`/`after` of a cursor connection. Cursors are opaque base64 offsets into the
 * list's stable order (every list sorts on a unique key last).
 */
export function pageOf(args: { first?: number | null; after?: string | null }, argument = 'first'): Page {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new AppError(`${argument} must be between 0 and ${MAX_PAGE_SIZE}, but got: ${limit}`, ErrorCode.BadUserInput, { argument });
  }
  return { offset: args.after ? decodeCursor(args.after) + 1 : 0, limit };
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw new AppError('after is not a cursor returned by this API', ErrorCode.BadUserInput, { argument: 'after' });
  return Number(match[1]);
}

/** A Relay connection over one page of items whose total count is known. */
export function connection<T>(items: T[], totalCount: number, page: Page) {
  const edges = items.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
  return {
    totalCount,
    edges,
    nodes: items,
    pageInfo: { hasNextPage: page.offset + items.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
