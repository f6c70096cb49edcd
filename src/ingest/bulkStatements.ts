/**
 * Cypher for bulk writes. Labels and relationship types are values of `$(…)` (dynamic labels and
 * types, Neo4j 5.26+), so there are four constant statements whatever the corpus holds: each is
 * planned once per run instead of once per kind, which dominated small batches. The values only
 * ever come from the closed lists in WritePlan.ts (see bulkRows.ts), never from document text.
 *
 * Same effect per row as PlanWriter's MERGE statements: the CREATE forms are used only for ids the
 * graph did not hold before the run (and relationships with such an end), where MERGE would find
 * nothing anyway.
 */

export const BULK_CREATE_NODES = 'UNWIND $rows AS row CREATE (n:Entity:$(row.labels)) SET n = row.props RETURN count(n) AS written';

export const BULK_MERGE_NODES = 'UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row.props, n:$(row.labels) RETURN count(n) AS written';

export const BULK_CREATE_RELATIONSHIPS = `
  UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  CREATE (a)-[r:$(row.type)]->(b) SET r = row.props RETURN count(r) AS written`;

export const BULK_MERGE_RELATIONSHIPS = `
  UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:$(row.type)]->(b) SET r = row.props RETURN count(r) AS written`;
