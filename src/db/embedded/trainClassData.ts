/**
 * The training run behind the class-data archive (classDataArchive.ts): Neo4j started once on a
 * throw-away folder with -XX:ArchiveClassesAtExit, doing what `npm start` makes it do — migrations,
 * the seeds into an empty database and again unchanged (a restart), a few API questions — so the
 * archive holds the classes of that whole path, not only of Neo4j's own start.
 */
import { mkdtempSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { createContext } from '../../context';
import { loadSeeds, readSeeds } from '../../ingest/startupSeeds';
import { DEFAULT_LIMITS } from '../../plugins/limits';
import { createApolloServer } from '../../server';
import { driverOptions } from '../connect';
import { Database } from '../Database';
import { applyMigrations } from '../migrations';
import { CLASS_DATA_ARCHIVE } from './classDataArchive';
import { startEmbeddedNeo4j } from './EmbeddedNeo4j';
import { PROJECT_ROOT } from './launcherBuild';

const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');

/** Questions from docs/api.md: reads by id, lists, full-text search, analytics, paths. */
const QUESTIONS = [
  '{ meeting(id: "mtg-pssdc-2020-09-24") { date agenda { number decisions { text } actionItems { number status } statements { speaker { name } summary } } attendanceByRole { role count } } }',
  '{ themeAcrossMeetings(themeId: "theme-digital-identity") { totalStatements representatives { statementCount meetings { date } } } }',
  '{ actionItems(filter: { status: [OPEN, IN_PROGRESS] }, sort: { field: DUE_BY }) { totalCount nodes { number text dueText } } }',
  '{ search(query: "identite numerique", lang: FR) { totalCount nodes { kind score snippet entity { id } } } }',
  '{ person(id: "person-jim-cowie") { participation { body { name } meetingCount firstDate lastDate } } }',
  '{ connections(fromId: "person-bev-dicks", toId: "body-pssdc", maxHops: 4) { nodes { id } edges { from to type } } }',
];

/** Builds CLASS_DATA_ARCHIVE anew; the previous one stays in place until the new one is complete. */
export async function trainClassDataArchive(log: (line: string) => void): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'council-graph-class-data-'));
  const partial = `${CLASS_DATA_ARCHIVE}.partial`;
  await fs.rm(partial, { force: true });
  try {
    const embedded = await startEmbeddedNeo4j({ dataDir, archiveClassesTo: partial, log });
    try {
      const database = new Database(neo4j.driver(embedded.uri, neo4j.auth.basic(embedded.credentials.user, embedded.credentials.password), driverOptions()), undefined, 60_000);
      try {
        await startUpAndAsk(database, log);
      } finally {
        await database.close();
      }
    } finally {
      await embedded.stop(); // the JVM writes the archive as it exits
    }
    await fs.rename(partial, CLASS_DATA_ARCHIVE).catch(() => {
      throw new Error('the JVM wrote no class-data archive (see its output above)');
    });
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true });
    await fs.rm(partial, { force: true });
  }
}

/** A seed or a question that fails is reported and passed over: the archive is then only less complete. */
async function startUpAndAsk(database: Database, log: (line: string) => void): Promise<void> {
  const attempt = async (what: string, work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      log(`training: ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  await attempt('migrations', () => applyMigrations(database));
  await attempt('first start', async () => loadSeeds(database, await readSeeds(SEEDS_DIR), log));
  await attempt('migrations again', () => applyMigrations(database));
  await attempt('restart', async () => loadSeeds(database, await readSeeds(SEEDS_DIR), log));
  const apollo = createApolloServer({ introspection: false, limits: DEFAULT_LIMITS });
  await apollo.start();
  try {
    for (const query of QUESTIONS) {
      await attempt(query.slice(0, 40), async () => {
        const response = await apollo.executeOperation({ query }, { contextValue: createContext(database) });
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (errors?.length) throw new Error(errors.map((error) => error.message).join('; '));
      });
    }
  } finally {
    await apollo.stop();
  }
}
