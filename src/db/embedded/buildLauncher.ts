/** CLI: `npx tsx src/db/embedded/buildLauncher.ts` — builds neo4j-launcher/ with Maven. */
import { buildLauncher } from './EmbeddedNeo4j';

async function main(): Promise<void> {
  const started = Date.now();
  console.log('Building the embedded Neo4j launcher (mvn -q -B -f neo4j-launcher/pom.xml package)...');
  await buildLauncher((line) => console.log(`  ${line}`));
  console.log(`Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
