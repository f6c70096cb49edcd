/**
 * The six analyst questions, each asked three ways: the API (GraphQL over HTTP), hand-written
 * Cypher through the driver (the floor) and @neo4j/graphql (the peer). `size` reduces each answer
 * to one number so the run can show the three agree.
 */
import { SEARCH_KIND_LABELS } from '../src/models/search';
import { luceneQueries, searchWords } from '../src/repositories/luceneQuery';
import { EXPLORED } from './peerSchema';

const SEARCHABLE = Object.values(SEARCH_KIND_LABELS);

export interface Params { theme: string; body: string; person: string; asOf: string; owner: string; search: string; from: string; to: string }
type Json = Record<string, unknown>;
export interface GraphQLCall { query: string; variables: Json; size: (data: Json) => number }
export interface CypherCall { cypher: string; params: Json; size: (rows: Json[]) => number }
export interface BenchQuery { name: string; api: (p: Params) => GraphQLCall; floor: (p: Params) => CypherCall; peer: (p: Params) => GraphQLCall }

const len = (value: unknown): number => (Array.isArray(value) ? value.length : 0);
const get = (value: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), value);

export const QUERIES: BenchQuery[] = [
  {
    // Not an analyst question: what a request costs before any data is read (HTTP, GraphQL
    // parsing, validation and limits for the API and the peer; one trivial Bolt query for the floor).
    name: 'fixedCost',
    api: () => ({ query: '{ __typename }', variables: {}, size: () => 1 }),
    floor: () => ({ cypher: 'RETURN 1 AS one', params: {}, size: (rows) => rows.length }),
    peer: () => ({ query: '{ __typename }', variables: {}, size: () => 1 }),
  },
  {
    name: 'themeAcrossMeetings',
    api: (p) => ({
      query: `query($t: ID!, $b: ID) { themeAcrossMeetings(themeId: $t, bodyId: $b) { totalStatements representatives { statementCount
        representative { ... on Jurisdiction { id } ... on Organization { id } } meetings { id date } } } }`,
      variables: { t: p.theme, b: p.body },
      size: (d) => Number(get(d, 'themeAcrossMeetings', 'totalStatements') ?? 0),
    }),
    floor: (p) => ({
      cypher: `MATCH (sub:Theme)-[:BROADER*0..]->(:Theme {id: $t})
        MATCH (:Body {id: $b})<-[:HELD_BY]-(m:Meeting)-[:HAS_ITEM]->(:AgendaItem)-[:HAS_STATEMENT]->(s:Statement)-[:RAISES]->(sub)
        WITH DISTINCT m, s MATCH (s)-[:ON_BEHALF_OF]->(r)
        WITH r, count(s) AS statements, collect(DISTINCT m {.id, .date}) AS meetings
        RETURN r.id AS representative, statements, meetings ORDER BY statements DESC, representative`,
      params: { t: p.theme, b: p.body },
      size: (rows) => rows.reduce((n, r) => n + Number(r.statements), 0),
    }),
    peer: (p) => ({
      query: `query($t: ID!, $b: ID!) { statements(where: { raises: { some: { OR: [{ id: { eq: $t } }, { broader: { some: { id: { eq: $t } } } }] } },
        agendaItem: { some: { meeting: { some: { heldBy: { some: { id: { eq: $b } } } } } } } }) {
        id onBehalfOf { ... on Jurisdiction { id } ... on Organization { id } } agendaItem { meeting { id date } } } }`,
      variables: { t: p.theme, b: p.body },
      // The peer returns statements; grouping them by representative is left to the client.
      size: (d) => len(get(d, 'statements')),
    }),
  },
  {
    name: 'personProfile',
    api: (p) => ({
      query: `query($id: ID!) { person(id: $id) { name attendance { role meeting { id date } onBehalfOf { ... on Jurisdiction { id } ... on Organization { id } } }
        statements { id summary } memberships { role startDate endDate } } }`,
      variables: { id: p.person },
      size: (d) => len(get(d, 'person', 'attendance')) + len(get(d, 'person', 'statements')) + len(get(d, 'person', 'memberships')),
    }),
    floor: (p) => ({
      cypher: `MATCH (p:Person {id: $id})
        RETURN p.name AS name,
          COLLECT { MATCH (p)-[:ATTENDED]->(a:Attendance)-[:AT]->(m:Meeting) OPTIONAL MATCH (a)-[:ON_BEHALF_OF]->(r)
                    RETURN {role: a.role, meeting: m.id, date: m.date, for: r.id} ORDER BY m.date DESC } AS attendance,
          COLLECT { MATCH (p)<-[:SPOKEN_BY]-(s:Statement) RETURN {id: s.id, summary: s.summaryEn} } AS statements,
          COLLECT { MATCH (p)-[:HOLDS]->(ms:Membership) RETURN {role: ms.role, startDate: ms.startDate, endDate: ms.endDate} } AS memberships`,
      params: { id: p.person },
      size: (rows) => len(rows[0]?.attendance) + len(rows[0]?.statements) + len(rows[0]?.memberships),
    }),
    peer: (p) => ({
      query: `query($id: ID!) { people(where: { id: { eq: $id } }) { name attended { role meeting { id date } onBehalfOf { ... on Jurisdiction { id } ... on Organization { id } } }
        statements { id summaryEn } holds { role startDate endDate } } }`,
      variables: { id: p.person },
      size: (d) => len(get(d, 'people', '0', 'attended')) + len(get(d, 'people', '0', 'statements')) + len(get(d, 'people', '0', 'holds')),
    }),
  },
  {
    name: 'membersAsOf',
    api: (p) => ({
      query: `query($id: ID!, $asOf: Date!) { council(id: $id) { members(asOf: $asOf) { role person { id name } } } }`,
      variables: { id: p.body, asOf: p.asOf },
      size: (d) => len(get(d, 'council', 'members')),
    }),
    floor: (p) => ({
      cypher: `MATCH (:Body {id: $id})<-[:IN_BODY]-(ms:Membership)<-[:HOLDS]-(p:Person)
        WHERE coalesce(ms.startDate, '0000-01-01') <= $asOf AND $asOf <= coalesce(ms.endDate, '9999-12-31')
        RETURN ms.role AS role, p.id AS id, p.name AS name`,
      params: { id: p.body, asOf: p.asOf },
      size: (rows) => rows.length,
    }),
    peer: (p) => ({
      query: `query($id: ID!, $asOf: String!) { memberships(where: { body: { some: { id: { eq: $id } } }, startDate: { lte: $asOf },
        OR: [{ endDate: { gte: $asOf } }, { NOT: { endDate: { lt: $asOf } } }] }) { role person { id name } } }`,
      variables: { id: p.body, asOf: p.asOf },
      size: (d) => len(get(d, 'memberships')),
    }),
  },
  {
    name: 'openActionsByOwner',
    api: (p) => ({
      query: `query($o: ID!) { actionItems(filter: { ownerId: $o, status: [OPEN, IN_PROGRESS] }, first: 50) { totalCount edges { node { id status dueBy } } } }`,
      variables: { o: p.owner },
      size: (d) => Number(get(d, 'actionItems', 'totalCount') ?? 0),
    }),
    floor: (p) => ({
      cypher: `MATCH (:Entity {id: $o})<-[:ASSIGNED_TO]-(a:ActionItem) WHERE a.status IN ['OPEN', 'IN_PROGRESS']
        WITH a ORDER BY a.id WITH collect(a {.id, .status, .dueBy}) AS items
        RETURN size(items) AS totalCount, items[..50] AS page`,
      params: { o: p.owner },
      size: (rows) => Number(rows[0]?.totalCount ?? 0),
    }),
    peer: (p) => ({
      query: `query($o: ID!) { actionItemsConnection(first: 50, where: { status: { in: ["OPEN", "IN_PROGRESS"] },
        owners: { some: { Person: { id: { eq: $o } } } } }) { totalCount edges { node { id status dueBy } } } }`,
      variables: { o: p.owner },
      size: (d) => Number(get(d, 'actionItemsConnection', 'totalCount') ?? 0),
    }),
  },
  {
    name: 'search',
    api: (p) => ({
      query: `query($q: String!) { search(query: $q, first: 10) { totalCount edges { node { score kind entity { id } } } } }`,
      variables: { q: p.search },
      size: (d) => len(get(d, 'search', 'edges')),
    }),
    // The same answer as the API's: its Lucene query (every word, French elisions), the searchable
    // kinds, the number of hits (capped at 1000 like the API's) and the best 10.
    floor: (p) => ({
      cypher: `CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score
        WHERE any(label IN labels(node) WHERE label IN $labels)
        WITH node, score LIMIT 1000
        WITH collect({id: node.id, score: score}) AS hits
        RETURN size(hits) AS totalCount, hits[..10] AS page`,
      params: { q: luceneQueries(searchWords(p.search)).strict, labels: SEARCHABLE },
      size: (rows) => len(rows[0]?.page),
    }),
    peer: (p) => ({
      query: `query($q: String!, $labels: [String!]!) { searchCount(text: $q, labels: $labels) searchEntities(text: $q, labels: $labels, first: 10) { id score } }`,
      variables: { q: luceneQueries(searchWords(p.search)).strict, labels: SEARCHABLE },
      size: (d) => len(get(d, 'searchEntities')),
    }),
  },
  {
    name: 'connections',
    api: (p) => ({
      query: `query($a: ID!, $b: ID!) { connections(fromId: $a, toId: $b, maxHops: 4, first: 5) { length nodes { id type } edges { type } } }`,
      variables: { a: p.from, b: p.to },
      size: (d) => len(get(d, 'connections')),
    }),
    floor: (p) => ({
      cypher: `MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
        MATCH p = allShortestPaths((a)-[:${EXPLORED}*..4]-(b))
        WHERE all(x IN nodes(p) WHERE x = a OR x = b OR NOT (x:Jurisdiction AND x.kind = 'COUNTRY'))
        WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | type(r)] LIMIT 5
        RETURN [x IN nodes(p) | x.id] AS ids, [r IN relationships(p) | type(r)] AS types`,
      params: { a: p.from, b: p.to },
      size: (rows) => rows.length,
    }),
    peer: (p) => ({
      query: `query($a: ID!, $b: ID!) { shortestConnections(fromId: $a, toId: $b, first: 5) { ids types } }`,
      variables: { a: p.from, b: p.to },
      size: (d) => len(get(d, 'shortestConnections')),
    }),
  },
];

/**
 * Picks the parameters from the graph: the busiest theme, person and owner of the first council.
 * Each pick is optional (scale 1 may have no open action owned by a person): the owner falls back
 * to the person, so every query still runs its lookups.
 */
export const PARAMETER_QUERY = `
  MATCH (b:Body {id: 'syn-body-c01'})
  OPTIONAL CALL (b) { MATCH (b)<-[:HELD_BY]-(:Meeting)-[:HAS_ITEM]->(:AgendaItem)-[:HAS_STATEMENT]->(:Statement)-[:RAISES]->(t:Theme)
             RETURN t.id AS theme, count(*) AS raised ORDER BY raised DESC, theme LIMIT 1 }
  OPTIONAL CALL (b) { MATCH (b)<-[:IN_BODY]-(:Membership)<-[:HOLDS]-(p:Person) WITH DISTINCT p
             RETURN p.id AS person ORDER BY COUNT { (p)-[:ATTENDED]->() } DESC, person LIMIT 1 }
  OPTIONAL CALL () { MATCH (a:ActionItem)-[:ASSIGNED_TO]->(o:Person) WHERE a.status IN ['OPEN', 'IN_PROGRESS'] AND o.id STARTS WITH 'syn-'
            RETURN o.id AS owner, count(*) AS owned ORDER BY owned DESC, owner LIMIT 1 }
  RETURN b.id AS body, theme, person, coalesce(owner, person) AS owner`;
