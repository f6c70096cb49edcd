import type * as M from '../../models';
import { BY_ID, list, onBehalfOfJurisdiction, sortOn } from './ListDefinition';

/** English name, French when there is none, ignoring case. */
const byName = sortOn('ASC', [{ nullsLast: 'toLower(coalesce(n.nameEn, n.nameFr))' }]);

/** Name, abbreviation or alias, in either language, contains `$nameContains` (ignoring case): finds `JC`, `FPT`, `SCT`. */
const NAMED = `($nameContains IS NULL OR any(name IN [n.nameEn, n.nameFr, n.abbreviationEn, n.abbreviationFr] + coalesce(n.aliases, [])
    WHERE toLower(name) CONTAINS toLower($nameContains)))`;

/** Lists of people and of reference data: governments, organizations, bodies, themes, sources. */
export const REFERENCE_LISTS = {
  people: list<M.PersonModel, 'nameContains' | 'jurisdictionId' | 'role' | 'listed' | 'bodyId' | 'meetingId', 'NAME' | 'ID'>({
    // The attendance conditions hold for one same attendance; with none given, everyone qualifies.
    match: `MATCH (n:Person)
WHERE ($nameContains IS NULL OR any(name IN [n.name] + coalesce(n.aliases, []) WHERE toLower(name) CONTAINS toLower($nameContains)))
  AND (($jurisdictionId IS NULL AND $role IS NULL AND $listed IS NULL AND $bodyId IS NULL AND $meetingId IS NULL) OR EXISTS {
    MATCH (n)-[:ATTENDED]->(a:Attendance)-[:AT]->(m:Meeting)
    WHERE ($role IS NULL OR a.role = $role)
      AND ($listed IS NULL OR a.listed = $listed)
      AND ($meetingId IS NULL OR m.id = $meetingId)
      AND ($bodyId IS NULL OR EXISTS { (m)-[:HELD_BY]->(:Body {id: $bodyId}) })
      AND ${onBehalfOfJurisdiction('a')}
  })`,
    params: ['nameContains', 'jurisdictionId', 'role', 'listed', 'bodyId', 'meetingId'],
    sorts: { NAME: sortOn('ASC', ['toLower(n.name)']), ID: BY_ID },
    defaultSort: 'NAME',
  }),

  jurisdictions: list<M.JurisdictionModel, 'kind' | 'nameContains', 'NAME' | 'ID'>({
    match: `MATCH (n:Jurisdiction)
WHERE ($kind IS NULL OR n.kind = $kind) AND ${NAMED}`,
    params: ['kind', 'nameContains'],
    sorts: { NAME: byName, ID: BY_ID },
    defaultSort: 'NAME',
  }),

  organizations: list<M.OrganizationModel, 'kind' | 'nameContains', 'NAME' | 'ID'>({
    match: `MATCH (n:Organization)
WHERE ($kind IS NULL OR n.kind = $kind) AND ${NAMED}`,
    params: ['kind', 'nameContains'],
    sorts: { NAME: byName, ID: BY_ID },
    defaultSort: 'NAME',
  }),

  /** `kindLabel` is the label of the body's kind (`Council`, …), not the GraphQL enum value. */
  bodies: list<M.BodyModel, 'kindLabel' | 'status' | 'partOfId' | 'nameContains', 'NAME' | 'ID'>({
    match: `MATCH (n:Body)
WHERE ($kindLabel IS NULL OR $kindLabel IN labels(n))
  AND ($status IS NULL OR n.status = $status)
  AND ($partOfId IS NULL OR EXISTS { (n)-[:PART_OF]->(:Body {id: $partOfId}) })
  AND ${NAMED}`,
    params: ['kindLabel', 'status', 'partOfId', 'nameContains'],
    sorts: { NAME: byName, ID: BY_ID },
    defaultSort: 'NAME',
  }),

  themes: list<M.ThemeModel, 'kind' | 'broaderId', 'LABEL' | 'ID'>({
    match: `MATCH (n:Theme)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND ($broaderId IS NULL OR EXISTS { (n)-[:BROADER]->(:Theme {id: $broaderId}) })`,
    params: ['kind', 'broaderId'],
    sorts: { LABEL: sortOn('ASC', [{ nullsLast: 'toLower(coalesce(n.labelEn, n.labelFr))' }]), ID: BY_ID },
    defaultSort: 'LABEL',
  }),

  sourceDocuments: list<M.SourceDocumentModel, 'kind' | 'meetingId', 'TITLE' | 'ID'>({
    match: `MATCH (n:SourceDocument)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND ($meetingId IS NULL OR EXISTS { (n)-[:RECORDS]->(:Meeting {id: $meetingId}) })`,
    params: ['kind', 'meetingId'],
    sorts: { TITLE: sortOn('ASC', [{ nullsLast: 'toLower(coalesce(n.titleEn, n.titleFr))' }]), ID: BY_ID },
    defaultSort: 'ID',
  }),
};
