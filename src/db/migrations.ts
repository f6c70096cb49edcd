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
  // Every passage a record is quoted by, in each version of the minutes: a French passage of a record
  // an English document wrote is found by its French words.
  "CREATE FULLTEXT INDEX passage_search IF NOT EXISTS FOR ()-[r:SOURCED_FROM]-() ON EACH [r.quote] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
];

/**
 * Creates what is missing and waits (up to `awaitSeconds`) until every index is online. One look
 * at the schema: a uniqueness constraint's index carries the constraint's name. With nothing to
 * create and every index online (a restart), that look is all it costs.
 */
export async function applyMigrations(database: Database, awaitSeconds = 60): Promise<void> {
  const indexes = await database.read('SHOW INDEXES YIELD name, labelsOrTypes, state');
  const search = indexes.find((index) => index.name === 'entity_search');
  const labels = search?.labelsOrTypes as string[] | undefined;
  const searchIsStale = labels !== undefined && [...labels].sort().join() !== [...SEARCH_LABELS].sort().join();
  if (searchIsStale) await database.write('DROP INDEX entity_search IF EXISTS');
  const existing = new Set(indexes.map((index) => String(index.name)).filter((name) => !(searchIsStale && name === 'entity_search')));
  const missing = MIGRATIONS.filter((statement) => {
    const name = /^CREATE (?:CONSTRAINT|INDEX|FULLTEXT INDEX) (\w+) IF NOT EXISTS/.exec(statement)?.[1];
    return !name || !existing.has(name);
  });
  if (missing.length > 0) await createAll(database, missing);
  if (missing.length > 0 || indexes.some((index) => index.state !== 'ONLINE')) {
    await database.write('CALL db.awaitIndexes($seconds)', { seconds: awaitSeconds }, { timeoutMs: (awaitSeconds + 10) * 1000 });
  }
}

/**
 * All in one transaction: on a freshly started Neo4j, roughly half the time of one transaction
 * each. A server that refuses several schema commands in one transaction gets them one by one;
 * each is idempotent, so nothing is done twice.
 */
async function createAll(database: Database, statements: string[]): Promise<void> {
  try {
    await database.writeTransaction(async (tx) => {
      for (const statement of statements) await tx.run(statement);
    }, { metadata: { operation: 'migrations' }, timeoutMs: 120_000 });
  } catch {
    for (const statement of statements) await database.write(statement, {}, { timeoutMs: 120_000 });
  }
}
