/**
 * The same graph described for @neo4j/graphql 7 (the peer): one `@node` type per label and
 * `@relationship` fields, plus `@cypher` root fields where the library has no construct of its
 * own (shortest paths, full-text search through the shared `entity_search` index).
 */
/** The relationship types the API's `connections` follows (ExploreRepository): all but SOURCED_FROM and RECORDS. */
export const EXPLORED = [
  'PART_OF', 'REPORTS_TO', 'HAS_SECRETARIAT', 'BROADER', 'HOLDS', 'IN_BODY', 'IN_ORGANIZATION', 'ON_BEHALF_OF', 'HELD_BY',
  'APPROVES_MINUTES_OF', 'BUILDS_ON', 'NEXT_MEETING', 'CITES', 'ATTENDED', 'AT', 'FOR_ITEM', 'HAS_ITEM', 'ABOUT',
  'HAS_DECISION', 'CONCERNS', 'HAS_ACTION', 'ASSIGNED_TO', 'COMPLETED_BY', 'HAS_STATEMENT', 'SPOKEN_BY', 'RAISES',
].join('|');

export const PEER_TYPE_DEFS = /* GraphQL */ `
  union Representative = Jurisdiction | Organization
  union Owner = Person | Organization | Body | Jurisdiction

  type Jurisdiction @node { id: ID! nameEn: String kind: String }
  type Organization @node { id: ID! nameEn: String kind: String }
  type Body @node {
    id: ID! nameEn: String status: String
    memberships: [Membership!]! @relationship(type: "IN_BODY", direction: IN)
  }
  type Theme @node {
    id: ID! labelEn: String
    broader: [Theme!]! @relationship(type: "BROADER", direction: OUT)
    narrower: [Theme!]! @relationship(type: "BROADER", direction: IN)
  }
  type Person @node {
    id: ID! name: String!
    attended: [Attendance!]! @relationship(type: "ATTENDED", direction: OUT)
    statements: [Statement!]! @relationship(type: "SPOKEN_BY", direction: IN)
    holds: [Membership!]! @relationship(type: "HOLDS", direction: OUT)
  }
  type Membership @node {
    id: ID! role: String startDate: String endDate: String
    person: [Person!]! @relationship(type: "HOLDS", direction: IN)
    body: [Body!]! @relationship(type: "IN_BODY", direction: OUT)
    onBehalfOf: [Representative!]! @relationship(type: "ON_BEHALF_OF", direction: OUT)
  }
  type Meeting @node {
    id: ID! date: String
    heldBy: [Body!]! @relationship(type: "HELD_BY", direction: OUT)
    items: [AgendaItem!]! @relationship(type: "HAS_ITEM", direction: OUT)
  }
  type Attendance @node {
    id: ID! role: String
    meeting: [Meeting!]! @relationship(type: "AT", direction: OUT)
    onBehalfOf: [Representative!]! @relationship(type: "ON_BEHALF_OF", direction: OUT)
  }
  type AgendaItem @node {
    id: ID! titleEn: String
    meeting: [Meeting!]! @relationship(type: "HAS_ITEM", direction: IN)
  }
  type Statement @node {
    id: ID! summaryEn: String
    raises: [Theme!]! @relationship(type: "RAISES", direction: OUT)
    onBehalfOf: [Representative!]! @relationship(type: "ON_BEHALF_OF", direction: OUT)
    agendaItem: [AgendaItem!]! @relationship(type: "HAS_STATEMENT", direction: IN)
    speaker: [Person!]! @relationship(type: "SPOKEN_BY", direction: OUT)
  }
  type ActionItem @node {
    id: ID! textEn: String status: String dueBy: String
    owners: [Owner!]! @relationship(type: "ASSIGNED_TO", direction: OUT)
    agendaItem: [AgendaItem!]! @relationship(type: "HAS_ACTION", direction: IN)
  }
  type SearchHit { id: ID! score: Float! }
  type PathStep { ids: [ID!]! types: [String!]! }

  type Query {
    searchEntities(text: String!, labels: [String!]!, first: Int!): [SearchHit!]! @cypher(statement: """
      CALL db.index.fulltext.queryNodes('entity_search', $text) YIELD node, score
      WHERE any(label IN labels(node) WHERE label IN $labels)
      WITH node, score LIMIT $first
      RETURN { id: node.id, score: score } AS hit
    """, columnName: "hit")
    searchCount(text: String!, labels: [String!]!): Int! @cypher(statement: """
      CALL db.index.fulltext.queryNodes('entity_search', $text) YIELD node
      WHERE any(label IN labels(node) WHERE label IN $labels)
      WITH node LIMIT 1000
      RETURN count(node) AS total
    """, columnName: "total")
    shortestConnections(fromId: ID!, toId: ID!, first: Int!): [PathStep!]! @cypher(statement: """
      MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
      MATCH p = allShortestPaths((a)-[:${EXPLORED}*..4]-(b))
      WHERE all(x IN nodes(p) WHERE x = a OR x = b OR NOT (x:Jurisdiction AND x.kind = 'COUNTRY'))
      WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | type(r)] LIMIT $first
      RETURN { ids: [n IN nodes(p) | n.id], types: [r IN relationships(p) | type(r)] } AS step
    """, columnName: "step")
  }
`;
