import type { Database } from '../db/Database';
import { Plan, planKey, planParameters, relatedExpression } from './prefetchCypher';
import { statementKind } from './lists/ListDefinition';
import { cachedQuery, entityProjection } from './projections';
import type {
  MeetingFilter, MeetingThemesReport, RepresentativeThemesReport, ThemeAcrossMeetingsReport, ThemeMatrixReport,
} from '../models/analytics';

/**
 * Theme analytics, each answered by ONE Cypher query that aggregates in the database and returns
 * ids and counts only; callers load the entities by id in one batch. The cost in round trips is
 * therefore fixed, whatever the number of meetings, statements or themes.
 *
 * Meeting filter (`m`): `from`/`to` compare `YYYY-MM-DD` strings, which sort like dates; a meeting
 * without a date fails any bound (null comparison), so undated meetings count only when unbounded.
 */
const IN_RANGE = `($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to)
    AND ($bodyId IS NULL OR EXISTS { (m)-[:HELD_BY]->(:Body {id: $bodyId}) })
    AND ${statementKind('s', 'statementTypes')}`;


/**
 * The same, for one body's meetings: with both ends of the path bound (the body and the themes),
 * the planner can start from whichever is more selective, where the `$bodyId IS NULL OR` form
 * above always starts from the themes and checks every statement raising them in any body.
 */
const BODY_STATEMENTS_RAISING_THEMES = `
    MATCH (:Body {id: $bodyId})<-[:HELD_BY]-(m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_STATEMENT]->(s:Statement)-[:RAISES]->(theme:Theme)
    WHERE theme IN themes AND ($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to) AND ${statementKind('s', 'statementTypes')}
    WITH DISTINCT s, i, m`;

/** Distinct statements, in range, that raise one of `themes` (a list of Theme nodes). */
const STATEMENTS_RAISING_THEMES = `
    UNWIND themes AS theme
    MATCH (theme)<-[:RAISES]-(s:Statement)<-[:HAS_STATEMENT]-(i:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
    WHERE ${IN_RANGE}
    WITH DISTINCT s, i, m`;

// One pass over the statements: totals, per-representative groups and, when the selection asks
// for them, the entities the answer names with what the selection follows below them (`plans`),
// so the field needs no further round trip.
//
// Each list of entities is a CALL subquery of its own. As a COLLECT {} expression in the final
// RETURN, the same UNWIND over `groups` made Neo4j's transaction memory grow with the square of
// the answer (16 MiB for 372 statements; over the 346 MiB limit of npm start's 512m heap at
// 3,854); as a CALL it grows with the answer (2.6 and 26 MiB; docs/benchmarks.md, "Memory").
function themeAcrossMeetingsQuery(plans: ReportPlans, forBody: boolean): string {
  const lists = (['meetings', 'speakers', 'statements'] as const).filter((list) => plans[list] !== undefined);
  const entityCalls = lists.map((list) => {
    const plan = plans[list] as Plan;
    return `CALL (groups) {
    UNWIND groups AS g UNWIND g.${list} AS x
    WITH DISTINCT x
    RETURN collect({list: '${list}', node: ${entityProjection('x', plan.properties)}, related: ${relatedExpression(plan, 'x', 1, list)}}) AS ${list}Entries
  }`;
  });
  return `// themeAcrossMeetings
  MATCH (root:Theme {id: $themeId})
  CALL (root) {
    MATCH (sub:Theme)-[:BROADER*0..]->(root)
    WHERE $includeNarrower OR sub = root
    WITH DISTINCT sub ORDER BY sub = root DESC, sub.id
    RETURN collect(sub) AS themes
  }
  CALL (themes) {
    ${forBody ? BODY_STATEMENTS_RAISING_THEMES : STATEMENTS_RAISING_THEMES}
    WITH collect({s: s, i: i, m: m}) AS rows
    // No statement still gives one row, so the totals come back as zeros.
    UNWIND CASE WHEN rows = [] THEN [null] ELSE rows END AS row
    WITH size(rows) AS total, row.s AS s, row.i AS i, row.m AS m
    OPTIONAL MATCH (s)-[:ON_BEHALF_OF]->(rep:Jurisdiction|Organization)
    ${plans.speakers === undefined ? 'WITH total, rep, s, i, m, null AS p' : 'OPTIONAL MATCH (s)-[:SPOKEN_BY]->(p:Person)'}
    WITH total, rep, s, i, m, p ORDER BY m.date, m.id, i.order, s.position, s.id
    WITH total, rep, collect(DISTINCT s) AS statements, collect(DISTINCT m) AS meetings, collect(DISTINCT p) AS speakers
    ORDER BY size(statements) DESC, rep.id
    RETURN total AS totalStatements, sum(CASE WHEN rep IS NULL THEN size(statements) ELSE 0 END) AS unattributedStatements,
      collect(CASE WHEN rep IS NOT NULL THEN {rep: rep, statements: statements, meetings: meetings, speakers: speakers} END) AS groups
  }
  ${entityCalls.join('\n  ')}
  RETURN root.id AS themeId, [t IN themes | t.id] AS themeIds, totalStatements, unattributedStatements,
    [g IN groups | {representativeId: g.rep.id, statementIds: [s IN g.statements | s.id], meetingIds: [m IN g.meetings | m.id],
                    speakerIds: [p IN g.speakers | p.id]}] AS representatives,
    [x IN themes + [g IN groups | g.rep] | {node: ${entityProjection('x')}, related: []}]
      ${lists.map((list) => `+ ${list}Entries`).join(' ')} AS entities`;
}

// Query texts by the plans below meetings, speakers and statements.
const THEME_ACROSS_MEETINGS = new Map<string, string>();

const REPRESENTATIVE_THEMES = `// jurisdictionThemes
  MATCH (rep:Jurisdiction|Organization {id: $representativeId})
  CALL (rep) {
    OPTIONAL MATCH (rep)<-[:ON_BEHALF_OF]-(s:Statement)<-[:HAS_STATEMENT]-(:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
    WHERE ${IN_RANGE}
    RETURN count(DISTINCT s) AS totalStatements
  }
  CALL (rep) {
    MATCH (rep)<-[:ON_BEHALF_OF]-(s:Statement)<-[:HAS_STATEMENT]-(:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
    WHERE ${IN_RANGE}
    MATCH (s)-[:RAISES]->(t:Theme)
    WITH t, m, count(DISTINCT s) AS n
    WITH t, m, n, toInteger(left(m.date, 4)) AS year ORDER BY m.date, m.id
    WITH t, year, collect({meetingId: m.id, count: n}) AS meetings, sum(n) AS yearCount
    ORDER BY year
    WITH t, collect(meetings) AS meetingsByYear, sum(yearCount) AS count,
      collect(CASE WHEN year IS NOT NULL THEN {year: year, count: yearCount} END) AS perYear
    ORDER BY count DESC, t.id
    RETURN collect({themeId: t.id, count: count, perYear: perYear,
      perMeeting: reduce(all = [], yearMeetings IN meetingsByYear | all + yearMeetings)}) AS themes
  }
  RETURN rep.id AS representativeId, totalStatements, themes`;

const THEME_MATRIX = `// themeJurisdictionMatrix
  CALL () {
    MATCH (t:Theme) WHERE t.id IN coalesce($themeIds, [])
    WITH t ORDER BY t.id
    RETURN collect(t.id) AS requestedIds
  }
  CALL () {
    MATCH (m:Meeting)-[:HAS_ITEM]->(:AgendaItem)-[:HAS_STATEMENT]->(s:Statement)-[:ON_BEHALF_OF]->(rep:Jurisdiction|Organization)
    WHERE ${IN_RANGE}
    MATCH (s)-[:RAISES]->(raised:Theme)-[:BROADER*0..]->(row:Theme)
    WHERE ($includeNarrower OR row = raised) AND ($themeIds IS NULL OR row.id IN $themeIds)
    WITH row, rep, count(DISTINCT s) AS n ORDER BY row.id, rep.id
    RETURN collect({themeId: row.id, representativeId: rep.id, count: n}) AS cells
  }
  CALL (cells) {
    UNWIND cells AS cell
    WITH cell.themeId AS id, sum(cell.count) AS total ORDER BY total DESC, id
    RETURN collect(id) AS rankedThemeIds
  }
  CALL (cells) {
    UNWIND cells AS cell
    WITH cell.representativeId AS id, sum(cell.count) AS total ORDER BY total DESC, id
    RETURN collect(id) AS representativeIds
  }
  RETURN rankedThemeIds + [id IN requestedIds WHERE NOT id IN rankedThemeIds] AS themeIds, representativeIds, cells`;

const THEMES_PER_MEETING = `// themesPerMeeting
  MATCH (m:Meeting)-[:HAS_ITEM]->(:AgendaItem)-[:HAS_STATEMENT]->(s:Statement)-[:RAISES]->(t:Theme)
  WHERE ${IN_RANGE}
  WITH m, t, count(DISTINCT s) AS n ORDER BY n DESC, t.id
  WITH m, collect({themeId: t.id, count: n}) AS themes
  ORDER BY m.date, m.id
  RETURN m.id AS meetingId, themes,
    COUNT { MATCH (m)-[:HAS_ITEM]->(:AgendaItem)-[:HAS_STATEMENT]->(x:Statement) WHERE EXISTS { (x)-[:RAISES]->(:Theme) } AND ${statementKind('x', 'statementTypes')} } AS statementCount`;

/**
 * Which entities beyond the themes and representatives a report should carry (what the client
 * selected), each with the plan of what to load below them; undefined: not selected.
 */
export interface ReportPlans { meetings?: Plan; speakers?: Plan; statements?: Plan }

export class ThemeAnalyticsRepository {
  constructor(private readonly database: Database) {}

  /** Who raised a theme (and its narrower themes, when asked) across meetings; null for an unknown theme. */
  async themeAcrossMeetings(themeId: string, includeNarrower: boolean, filter: MeetingFilter, plans: ReportPlans = {}): Promise<ThemeAcrossMeetingsReport | null> {
    const forBody = filter.bodyId !== null;
    const key = [forBody, ...[plans.meetings, plans.speakers, plans.statements].map((plan) => (plan ? `(${planKey(plan)})` : '-'))].join('|');
    const query = cachedQuery(THEME_ACROSS_MEETINGS, key, 200, () => themeAcrossMeetingsQuery(plans, forBody));
    const stepParameters = Object.fromEntries((['meetings', 'speakers', 'statements'] as const).flatMap((list) => {
      const plan = plans[list];
      return plan ? Object.entries(planParameters(plan, list)) : [];
    }));
    const rows = await this.read(query, 'themeAcrossMeetings', { ...stepParameters, themeId, includeNarrower, ...filter });
    return (rows[0] as ThemeAcrossMeetingsReport | undefined) ?? null;
  }

  /** The themes raised on behalf of a jurisdiction or organization; null when the id names neither. */
  async representativeThemes(representativeId: string, filter: Omit<MeetingFilter, 'bodyId'>): Promise<RepresentativeThemesReport | null> {
    const rows = await this.read(REPRESENTATIVE_THEMES, 'jurisdictionThemes', { representativeId, ...filter, bodyId: null });
    return (rows[0] as RepresentativeThemesReport | undefined) ?? null;
  }

  /** Non-zero theme × representative counts, with both axes ranked by their totals. */
  async themeMatrix(themeIds: readonly string[] | null, includeNarrower: boolean, filter: MeetingFilter): Promise<ThemeMatrixReport> {
    const rows = await this.read(THEME_MATRIX, 'themeJurisdictionMatrix', { themeIds, includeNarrower, ...filter });
    return rows[0] as unknown as ThemeMatrixReport;
  }

  /** Themes raised per meeting, meetings in date order (undated last). */
  async themesPerMeeting(filter: MeetingFilter): Promise<MeetingThemesReport[]> {
    return (await this.read(THEMES_PER_MEETING, 'themesPerMeeting', { ...filter })) as unknown as MeetingThemesReport[];
  }

  private read(cypher: string, report: string, params: Record<string, unknown>) {
    return this.database.read(cypher, params, { metadata: { report } });
  }
}
