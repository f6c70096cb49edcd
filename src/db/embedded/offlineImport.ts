/**
 * Runs Neo4j's offline importer (`neo4j-admin database import full`, shipped in the launcher's
 * classpath with org.neo4j:neo4j) on the embedded database's folder. The database must be stopped:
 * the importer writes store files directly, without transactions, which is what makes it fast.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as readline from 'node:readline';
import type { CsvFiles } from '../../ingest/bulkCsv';
import { launcherClasspath, validateSize } from './EmbeddedNeo4j';

export interface OfflineImportOptions {
  /** The embedded data folder (its `data/databases/neo4j` is replaced). */
  dataDir: string;
  files: CsvFiles;
  /** Where the importer writes its report of bad entries. */
  workDir: string;
  heap?: string;
  log?: (line: string) => void;
}

const TAIL_LINES = 30;

export async function importCsvOffline(options: OfflineImportOptions): Promise<void> {
  const log = options.log ?? (() => {});
  const home = path.resolve(options.dataDir);
  const conf = path.join(home, 'conf');
  await fs.mkdir(conf, { recursive: true });
  await fs.writeFile(path.join(conf, 'neo4j.conf'), '', { flag: 'a' });
  const args = [
    `-Xmx${validateSize('heap', options.heap ?? '1g')}`,
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '-cp', launcherClasspath(),
    // The database name first: --nodes and --relationships take any number of files after them.
    'org.neo4j.cli.AdminTool', 'database', 'import', 'full', 'neo4j',
    '--overwrite-destination=true',
    '--multiline-fields=true',
    '--array-delimiter=U+001F',
    // The rows passed every check of the normal ingestion: any entry the importer refuses is a bug.
    '--bad-tolerance=0',
    `--report-file=${path.join(options.workDir, 'import.report')}`,
    ...options.files.nodes.map(({ labels, file }) => `--nodes=${labels.join(':')}=${file}`),
    ...options.files.relationships.map(({ type, file }) => `--relationships=${type}=${file}`),
  ];
  const child = spawn('java', args, { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf }, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      // The importer's summary lines; its progress bars stay out of the log.
      if (/^(Import starting|IMPORT DONE|Imported:|Peak memory|\d+ (nodes|relationships|properties)\b)/.test(line.trim())) log(`  importer: ${line.trim()}`);
    });
  }
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`neo4j-admin database import exited with ${String(code)}:\n${tail.join('\n')}`);
}
