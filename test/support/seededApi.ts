import type { Database } from '../../src/db/Database';
import { bulkIngestFiles } from '../../src/ingest/bulkIngest';
import { listSeedFiles } from '../../src/ingest/seedFiles';
import { TestApi } from './graphql';
import { CountingDatabase, SEEDS_DIR, dangerouslyWipeDatabase, openTestDatabase } from './testDatabase';

export interface SeededApi {
  /** The test database, holding exactly the seeds (plus any extra documents). */
  database: Database;
  /** The same database, recording every read: `reads` is emptied before each test. */
  counting: CountingDatabase;
  api: TestApi;
}

/**
 * Registers the hooks most integration suites share: a wiped database loaded with seeds/ (and
 * `extraFiles`), the GraphQL server, and a read-counting view. Fields are set once beforeAll ran.
 * `seedFiles` replaces seeds/ (e.g. PSSDC_SEED_FILES for suites asserting one record's facts).
 */
export function useSeededApi(extraFiles: string[] = [], seedFiles?: string[]): SeededApi {
  const seeded = {} as SeededApi;
  beforeAll(async () => {
    seeded.database = await openTestDatabase();
    await dangerouslyWipeDatabase(seeded.database);
    // As `npm start` loads an empty database: every document at once (per-document ingestion is
    // tested on top of it: seedGraph re-ingests the seeds one by one and expects no change).
    await bulkIngestFiles(seeded.database, [...(seedFiles ?? (await listSeedFiles(SEEDS_DIR))), ...extraFiles], { recordDigests: true });
    seeded.counting = new CountingDatabase();
    seeded.api = await TestApi.start(seeded.database);
  });
  afterAll(async () => {
    await seeded.api?.stop();
    await seeded.counting?.close();
    await seeded.database?.close();
  });
  beforeEach(() => {
    if (seeded.counting) seeded.counting.reads.length = 0;
  });
  return seeded;
}
