/**
 * Class-data sharing (AppCDS, JDK 17) for the embedded Neo4j. Starting Neo4j and running its
 * first queries loads some 20,000 classes from 200 jars, each read, verified and linked. A dynamic
 * archive of them, written by a training run in `npm run neo4j:build` (trainClassData.ts), lets
 * later JVMs map those classes ready-made instead.
 *
 * The archive never decides whether Neo4j starts: it is used only when present and newer than
 * every jar on the classpath, and the JVM itself ignores an archive made for another JDK or
 * classpath (default -Xshare:auto) and then starts as it would without one, only slower.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TARGET_DIR, launcherJars, mtimeMs } from './launcherBuild';

export const CLASS_DATA_ARCHIVE = path.join(TARGET_DIR, 'neo4j-classes.jsa');

export type ArchiveState = 'current' | 'missing' | 'stale';

export function classDataArchiveState(): ArchiveState {
  const archived = mtimeMs(CLASS_DATA_ARCHIVE);
  if (archived === undefined) return 'missing';
  return launcherJars().every((jar) => (mtimeMs(jar) ?? Number.POSITIVE_INFINITY) <= archived) ? 'current' : 'stale';
}

let explained = false;

/** JVM options that map the archive when it is current; none otherwise (explained once per process). */
export function classDataSharingArgs(log: (line: string) => void): string[] {
  const state = classDataArchiveState();
  if (state === 'current') return [`-XX:SharedArchiveFile=${CLASS_DATA_ARCHIVE}`];
  if (!explained) {
    explained = true;
    log(`Neo4j class-data archive ${state === 'missing' ? 'not built' : 'older than the launcher\'s jars'}: start-up is slower until \`npm run neo4j:build\` (re)builds it`);
  }
  return [];
}

/** JVM options of the training run: every class loaded until the JVM exits goes into `file`. */
export function archiveClassesArgs(file: string): string[] {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // The JVM explains each class it leaves out (hundreds of lines): errors only.
  return [`-XX:ArchiveClassesAtExit=${file}`, '-Xlog:cds*=error'];
}
