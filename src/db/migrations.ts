import type { Database } from './Database';

/**
 * Constraints and indexes, applied at every start-up. Each statement is idempotent
 * (IF NOT EXISTS), so applying them twice changes nothing. Every node carries the `Entity` label
 * with a unique `id`, which backs `MERGE` during ingestion and `node(id)` lookups.
 */
/** Labels the full-text index covers; an index built for another list is rebuilt (IF NOT EXISTS would keep it). */
export const SEARCH_LABELS = ['Person', 'Jurisdiction', 'Organization', 'Body', 'Program', 'Theme', 'AgendaItem', 'Decision', 'ActionItem', 'Statement'];

export const MIGRATIONS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT jurisdiction_id IF NOT EXISTS FOR (n:Jurisdiction) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT body_id IF NOT EXISTS FOR (n:Body) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT membership_id IF NOT EXISTS FOR (n:Membership) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT attendance_id IF NOT EXISTS FOR (n:Attendance) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT agenda_item_id IF NOT EXISTS FOR (n:AgendaItem) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (n:Decision) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT action_item_id IF NOT EXISTS FOR (n:ActionItem) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT source_document_id IF NOT EXISTS FOR (n:SourceDocument) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT ingested_document IF NOT EXISTS FOR (n:IngestedDocument) REQUIRE n.document IS UNIQUE',
  'CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at)',
  'CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)',
  'CREATE INDEX action_item_status IF NOT EXISTS FOR (n:ActionItem) ON (n.status)',
  'CREATE INDEX entity_document IF NOT EXISTS FOR (n:Entity) ON (n.document)',
  `CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:${SEARCH_LABELS.join('|')}) ON EACH [n.searchText] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
];

/** Creates what is missing and waits (up to `awaitSeconds`) until every index is online. */
export async function applyMigrations(database: Database, awaitSeconds = 60): Promise<void> {
  const [search] = await database.read("SHOW INDEXES YIELD name, labelsOrTypes WHERE name = 'entity_search' RETURN labelsOrTypes");
  const labels = search?.labelsOrTypes as string[] | undefined;
  if (labels && [...labels].sort().join() !== [...SEARCH_LABELS].sort().join()) await database.write('DROP INDEX entity_search IF EXISTS');
  // Schema commands cannot share a transaction with each other on every Neo4j version: one each,
  // and only for what is missing (each costs a round of schema locking even when it exists).
  const existing = new Set([
    ...(await database.read('SHOW CONSTRAINTS YIELD name RETURN name')), ...(await database.read('SHOW INDEXES YIELD name RETURN name')),
  ].map((row) => String(row.name)));
  for (const statement of MIGRATIONS) {
    const name = /^CREATE (?:CONSTRAINT|INDEX|FULLTEXT INDEX) (\w+) IF NOT EXISTS/.exec(statement)?.[1];
    if (!name || !existing.has(name)) await database.write(statement);
  }
  await database.write('CALL db.awaitIndexes($seconds)', { seconds: awaitSeconds }, { timeoutMs: (awaitSeconds + 10) * 1000 });
}
