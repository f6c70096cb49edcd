/**
 * CLI: `npm run neo4j:build` — builds neo4j-launcher/ with Maven, then the class-data archive that
 * makes the embedded Neo4j start faster (a failed archive only costs start-up time, not the build).
 */
import { buildLauncher } from './launcherBuild';
import { trainClassDataArchive } from './trainClassData';

async function main(): Promise<void> {
  const started = Date.now();
  console.log('Building the embedded Neo4j launcher (mvn -q -B -f neo4j-launcher/pom.xml package)...');
  await buildLauncher((line) => console.log(`  ${line}`));
  console.log(`Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const training = Date.now();
  console.log('Building the class-data archive (Neo4j started once, with migrations, seeds and a few queries)...');
  try {
    await trainClassDataArchive((line) => console.log(`  ${line}`));
    console.log(`Class-data archive built in ${((Date.now() - training) / 1000).toFixed(1)} s`);
  } catch (err) {
    console.warn(`No class-data archive (start-up works, only slower): ${err instanceof Error ? err.message : String(err)}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
