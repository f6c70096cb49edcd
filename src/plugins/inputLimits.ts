import { AppError, ErrorCode } from '../errors';
import { MAX_PAGE_SIZE } from '../resolvers/pagination';

/** The most items any list argument or list in an input may hold: as many as the largest page. */
export const MAX_LIST_LENGTH = MAX_PAGE_SIZE;

/**
 * Refuses a field's arguments (variables applied) when a list among them, at any depth of an input
 * object, holds more than `max` items: BAD_USER_INPUT naming the argument (`filter.status`) and
 * the field. Without it, 50,000 ids reached Cypher as one parameter (issue 15).
 */
export function checkListLengths(field: string, args: Record<string, unknown>, max = MAX_LIST_LENGTH): void {
  const long = longList(args, '', max);
  if (long) {
    throw new AppError(`${long.argument} may hold at most ${max} items, but got: ${long.length}`, ErrorCode.BadUserInput, {
      argument: long.argument, field, http: { status: 400 },
    });
  }
}

function longList(value: unknown, path: string, max: number): { argument: string; length: number } | undefined {
  if (Array.isArray(value)) {
    if (value.length > max) return { argument: path, length: value.length };
    for (const [index, item] of value.entries()) {
      const found = longList(item, `${path}[${index}]`, max);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = longList(item, path ? `${path}.${key}` : key, max);
      if (found) return found;
    }
  }
  return undefined;
}
