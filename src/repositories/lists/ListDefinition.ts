/**
 * How one list of the API is read: constant Cypher that binds the listed entity `n` (one row per
 * entity) and filters with `($param IS NULL OR …)`, and a closed map from sort fields to constant
 * ORDER BY text. Nothing in the text ever comes from a request; requests choose among these
 * constants and pass values as parameters (see ListRepository).
 */
export interface ListDefinition<Model, Param extends string, SortField extends string> {
  /** MATCH … WHERE …: binds `n`, and whatever the ORDER BY snippets use (`m` a meeting, `i` an agenda item). */
  match: string;
  /**
   * Match text used instead of `match` when the named filter is set: it starts from that filter's
   * index entry, where `($param IS NULL OR …)` leaves the planner no choice but to scan every `n`
   * (cost growing with the whole graph). Same parameters, same rows as `match` for that value.
   */
  anchored?: Partial<Record<Param, string>>;
  /** Every `$parameter` of `match`; a filter value left out is passed as null. */
  params: readonly Param[];
  /** ORDER BY text per sort field and direction. */
  sorts: Record<SortField, SortOrder>;
  /** Field used when the request names none. */
  defaultSort: SortField;
  /** Phantom field: the storage model of `n`. */
  readonly model?: Model;
}

export type Direction = 'ASC' | 'DESC';

/** ORDER BY text for both directions, and the direction used when the request names none. */
export interface SortOrder { ASC: string; DESC: string; natural: Direction }

/** A sort key; `nullsLast` keys put entities lacking the value last in either direction. */
export type SortKey = string | { nullsLast: string };

export const list = <Model, Param extends string, SortField extends string>(
  definition: ListDefinition<Model, Param, SortField>,
): ListDefinition<Model, Param, SortField> => definition;

/**
 * Orders on `keys` in the requested direction, then on `then` (ascending, whatever the direction),
 * then on `n.id`, so that every order is total and pages never overlap or skip.
 */
export function sortOn(natural: Direction, keys: readonly SortKey[], then: readonly string[] = []): SortOrder {
  const text = (direction: Direction) => {
    const primary = keys.flatMap((key) => (typeof key === 'string' ? [`${key} ${direction}`] : [`${key.nullsLast} IS NULL`, `${key.nullsLast} ${direction}`]));
    const unique = keys.length === 1 && keys[0] === 'n.id' ? [] : ['n.id'];
    return [...primary, ...then, ...unique].join(', ');
  };
  return { ASC: text('ASC'), DESC: text('DESC'), natural };
}

/** Sorting on the id alone. */
export const BY_ID = sortOn('ASC', ['n.id']);

/** Conditions on the meeting `m` a record was made at (the date filters apply to the meeting date). */
export const MEETING_CONDITIONS = `($meetingId IS NULL OR m.id = $meetingId)
  AND ($bodyId IS NULL OR EXISTS { (m)-[:HELD_BY]->(:Body {id: $bodyId}) })
  AND ($from IS NULL OR m.date >= $from)
  AND ($to IS NULL OR m.date <= $to)`;
export const MEETING_PARAMS = ['meetingId', 'bodyId', 'from', 'to'] as const;

/** Meeting date (undated meetings last), then the record's place in the meeting: the usual order of records. */
export function byMeetingDate(natural: Direction, ...within: string[]): SortOrder {
  return sortOn(natural, [{ nullsLast: 'm.date' }], ['m.id', ...within]);
}

/**
 * `n` is linked by `relationship` to the theme `$themeId` or, unless `$includeNarrower` is false,
 * to a theme narrower than it at any depth (narrower themes point to broader ones by BROADER).
 */
export function aboutTheme(relationship: 'ABOUT' | 'RAISES'): string {
  return `($themeId IS NULL
    OR EXISTS { (n)-[:${relationship}]->(:Theme {id: $themeId}) }
    OR (coalesce($includeNarrower, true) AND EXISTS { (n)-[:${relationship}]->(:Theme)-[:BROADER*1..]->(:Theme {id: $themeId}) }))`;
}

/**
 * Statements (`node`) of the kinds in `$<typesParam>` (all when null) and of basis `$basis` (any when
 * null), so what was raised in discussion can be told from what was presented.
 */
export function statementKind(node: string, typesParam: 'types' | 'statementTypes'): string {
  return `($${typesParam} IS NULL OR ${node}.type IN $${typesParam}) AND ($basis IS NULL OR ${node}.basis = $basis)`;
}

/**
 * `node` is linked by ON_BEHALF_OF to the jurisdiction `$jurisdictionId` or to anything part of it, at
 * any depth; an attendance (`a`) also by ALSO_ON_BEHALF_OF (a municipality through its association).
 */
export function onBehalfOfJurisdiction(node: 'n' | 'a'): string {
  const types = node === 'a' ? 'ON_BEHALF_OF|ALSO_ON_BEHALF_OF' : 'ON_BEHALF_OF';
  return `($jurisdictionId IS NULL OR EXISTS { (${node})-[:${types}]->()-[:PART_OF*0..]->(:Jurisdiction {id: $jurisdictionId}) })`;
}
