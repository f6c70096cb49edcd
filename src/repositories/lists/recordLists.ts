import type * as M from '../../models';
import { BY_ID, MEETING_CONDITIONS, MEETING_PARAMS, aboutTheme, byMeetingDate, list, onBehalfOfJurisdiction, sortOn, statementKind } from './ListDefinition';

const STATEMENT_KIND = statementKind('n', 'types');

/** The usual order of the records of a meeting, after the requested field: most recent meeting first, agenda order. */
const RECORD_ORDER = ['m.date IS NULL', 'm.date DESC', 'm.id', 'i.order', 'n.position'];

/** An action's status now: the latest a later meeting reported (ActionUpdate), else the one it was assigned with. */
const CURRENT_STATUS = `coalesce(COLLECT {
    MATCH (n)<-[:UPDATES]-(u:ActionUpdate)-[:REPORTED_AT]->(um:Meeting) RETURN u.status ORDER BY um.date DESC, u.id DESC LIMIT 1
  }[0], n.status)`;

/** Open actions first. */
const STATUS_RANK = `CASE ${CURRENT_STATUS} WHEN 'OPEN' THEN 0 WHEN 'IN_PROGRESS' THEN 1 WHEN 'COMPLETED' THEN 2 WHEN 'CANCELLED' THEN 3 END`;

/** Carried over: reported still to do or under way at this many later meetings, at least. */
const ACTION_CONDITIONS = `($status IS NULL OR ${CURRENT_STATUS} IN $status)
  AND ($carriedOverAtLeast IS NULL OR COUNT {
    MATCH (n)<-[:UPDATES]-(u:ActionUpdate)-[:REPORTED_AT]->(um:Meeting) WHERE u.status IN ['OPEN', 'IN_PROGRESS'] RETURN DISTINCT um
  } >= $carriedOverAtLeast)`;

/**
 * Lists of meetings and of what was recorded at them. Each record hangs off exactly one agenda item
 * of exactly one meeting, so matching the path `m → i → n` yields one row per record.
 */
export const RECORD_LISTS = {
  meetings: list<M.MeetingModel, 'bodyId' | 'status' | 'from' | 'to', 'DATE' | 'ID'>({
    match: `MATCH (n:Meeting)
WHERE ($bodyId IS NULL OR EXISTS { (n)-[:HELD_BY]->(:Body {id: $bodyId}) })
  AND ($status IS NULL OR n.status = $status)
  AND ($from IS NULL OR n.date >= $from)
  AND ($to IS NULL OR n.date <= $to)`,
    params: ['bodyId', 'status', 'from', 'to'],
    sorts: { DATE: sortOn('DESC', [{ nullsLast: 'n.date' }]), ID: BY_ID },
    defaultSort: 'DATE',
  }),

  agendaItems: list<M.AgendaItemModel, 'meetingId' | 'themeId' | 'includeNarrower', 'MEETING_DATE' | 'ID'>({
    match: `MATCH (m:Meeting)-[:HAS_ITEM]->(n:AgendaItem)
WHERE ($meetingId IS NULL OR m.id = $meetingId)
  AND ${aboutTheme('ABOUT')}`,
    anchored: {
      meetingId: `MATCH (m:Meeting {id: $meetingId})-[:HAS_ITEM]->(n:AgendaItem)
WHERE ${aboutTheme('ABOUT')}`,
    },
    params: ['meetingId', 'themeId', 'includeNarrower'],
    sorts: { MEETING_DATE: byMeetingDate('DESC', 'n.order'), ID: BY_ID },
    defaultSort: 'MEETING_DATE',
  }),

  decisions: list<M.DecisionModel, (typeof MEETING_PARAMS)[number], 'MEETING_DATE' | 'ID'>({
    match: `MATCH (m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_DECISION]->(n:Decision)
WHERE ${MEETING_CONDITIONS}`,
    anchored: {
      meetingId: `MATCH (m:Meeting {id: $meetingId})-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_DECISION]->(n:Decision)
WHERE ${MEETING_CONDITIONS}`,
    },
    params: MEETING_PARAMS,
    sorts: { MEETING_DATE: byMeetingDate('DESC', 'i.order', 'n.position'), ID: BY_ID },
    defaultSort: 'MEETING_DATE',
  }),

  actionItems: list<M.ActionItemModel, 'status' | 'carriedOverAtLeast' | 'ownerId' | (typeof MEETING_PARAMS)[number], 'STATUS' | 'MEETING_DATE' | 'DUE_BY' | 'ID'>({
    match: `MATCH (m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_ACTION]->(n:ActionItem)
WHERE ${ACTION_CONDITIONS}
  AND ($ownerId IS NULL OR EXISTS { (n)-[:ASSIGNED_TO]->(:Entity {id: $ownerId}) })
  AND ${MEETING_CONDITIONS}`,
    anchored: {
      meetingId: `MATCH (m:Meeting {id: $meetingId})-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_ACTION]->(n:ActionItem)
WHERE ${ACTION_CONDITIONS}
  AND ($ownerId IS NULL OR EXISTS { (n)-[:ASSIGNED_TO]->(:Entity {id: $ownerId}) })
  AND ${MEETING_CONDITIONS}`,
      ownerId: `MATCH (:Entity {id: $ownerId})<-[:ASSIGNED_TO]-(n:ActionItem)<-[:HAS_ACTION]-(i:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
WHERE ${ACTION_CONDITIONS}
  AND ${MEETING_CONDITIONS}`,
    },
    params: ['status', 'carriedOverAtLeast', 'ownerId', ...MEETING_PARAMS],
    sorts: {
      STATUS: sortOn('ASC', [STATUS_RANK], RECORD_ORDER),
      MEETING_DATE: byMeetingDate('DESC', 'i.order', 'n.position'),
      DUE_BY: sortOn('ASC', [{ nullsLast: 'n.dueBy' }], RECORD_ORDER),
      ID: BY_ID,
    },
    defaultSort: 'STATUS',
  }),

  statements: list<M.StatementModel, 'themeId' | 'includeNarrower' | 'jurisdictionId' | 'speakerId' | 'types' | 'basis' | (typeof MEETING_PARAMS)[number], 'MEETING_DATE' | 'ID'>({
    match: `MATCH (m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_STATEMENT]->(n:Statement)
WHERE ${aboutTheme('RAISES')}
  AND ${onBehalfOfJurisdiction('n')}
  AND ${STATEMENT_KIND}
  AND ($speakerId IS NULL OR EXISTS { (n)-[:SPOKEN_BY]->(:Person {id: $speakerId}) })
  AND ${MEETING_CONDITIONS}`,
    anchored: {
      meetingId: `MATCH (m:Meeting {id: $meetingId})-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_STATEMENT]->(n:Statement)
WHERE ${aboutTheme('RAISES')}
  AND ${onBehalfOfJurisdiction('n')}
  AND ${STATEMENT_KIND}
  AND ($speakerId IS NULL OR EXISTS { (n)-[:SPOKEN_BY]->(:Person {id: $speakerId}) })
  AND ${MEETING_CONDITIONS}`,
      speakerId: `MATCH (:Person {id: $speakerId})<-[:SPOKEN_BY]-(n:Statement)<-[:HAS_STATEMENT]-(i:AgendaItem)<-[:HAS_ITEM]-(m:Meeting)
WHERE ${aboutTheme('RAISES')}
  AND ${onBehalfOfJurisdiction('n')}
  AND ${STATEMENT_KIND}
  AND ${MEETING_CONDITIONS}`,
    },
    params: ['themeId', 'includeNarrower', 'jurisdictionId', 'speakerId', 'types', 'basis', ...MEETING_PARAMS],
    sorts: { MEETING_DATE: byMeetingDate('DESC', 'i.order', 'n.position'), ID: BY_ID },
    defaultSort: 'MEETING_DATE',
  }),
};
