/**
 * npm run stats — counts of nodes by label and relationships by type in the configured Neo4j
 * (NEO4J_URI, or the embedded database in NEO4J_EMBEDDED_DATA_DIR when no server holds it).
 */
import { loadConfig } from '../config';
import { connect } from '../db/connect';

async function main(): Promise<void> {
  const config = loadConfig();
  const connection = await connect(config.database, config.transactionTimeoutMs);
  try {
    const labels = await connection.database.read('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label');
    const types = await connection.database.read('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type');
    const total = (rows: typeof labels, key: string) => rows.filter((row) => row[key] !== 'Entity').reduce((sum, row) => sum + Number(row.count), 0);
    console.log('nodes by label:');
    for (const row of labels) console.log(`  ${String(row.label).padEnd(22)} ${row.count}`);
    console.log('relationships by type:');
    for (const row of types) console.log(`  ${String(row.type).padEnd(22)} ${row.count}`);
    const [entities] = await connection.database.read('MATCH (n) RETURN count(n) AS count');
    console.log(`total: ${entities?.count} nodes, ${total(types, 'type')} relationships`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(`stats failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
