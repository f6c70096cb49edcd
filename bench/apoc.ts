/**
 * APOC core for the benchmark's database only: @neo4j/graphql needs it, the application does not.
 * The jar is fetched with Maven into neo4j-launcher/target/plugins-apoc/ and copied into the
 * benchmark database's own plugins folder (Neo4j embedded loads procedures from <home>/plugins),
 * so `npm start` and the tests never see it.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';

/** APOC core's 5.26 line (the database is 5.26.x; APOC core is published for 5.26.0). */
export const APOC_ARTIFACT = 'org.neo4j.procedure:apoc-core:5.26.0:jar:core';
const JAR = 'apoc-core-5.26.0-core.jar';

/** Returns the jar, for the classpath: APOC's extensions load from there, its procedures from plugins/. */
export async function ensureApoc(pluginsDir: string, log: (line: string) => void): Promise<string> {
  const cache = path.join(PROJECT_ROOT, 'neo4j-launcher', 'target', 'plugins-apoc');
  if (!(await fs.stat(path.join(cache, JAR)).catch(() => undefined))) {
    log(`fetching ${APOC_ARTIFACT} with Maven`);
    const result = spawnSync('mvn', ['-q', '-B', 'dependency:copy', `-Dartifact=${APOC_ARTIFACT}`, `-DoutputDirectory=${cache}`], { stdio: 'inherit', cwd: PROJECT_ROOT });
    if (result.status !== 0) throw new Error('could not fetch APOC core with Maven');
  }
  await fs.mkdir(pluginsDir, { recursive: true });
  await fs.copyFile(path.join(cache, JAR), path.join(pluginsDir, JAR));
  return path.join(cache, JAR);
}
