import type { Viewer } from '../auth/ApiKeys';
import { requireEditor } from '../auth/writeAccess';
import type { Database } from '../db/Database';
import { AppError, ErrorCode } from '../errors';
import { recordInvalidWrite } from './audit';
import { DocumentReport, SeedValidationError, ingestSeeds } from './ingestFiles';
import { checkSeedText } from './readSeedFile';

export interface DocumentInput { yaml: string; sourceText?: string | null; dryRun?: boolean | null }

/** Problems returned to a client at most; the audit record keeps the count. */
const MAX_PROBLEMS_SHOWN = 20;

/**
 * Ingestion for API callers: only editors may write. Every editor's attempt leaves an audit record
 * (a change commits together with its record; an invalid document gets one of its own). Writes
 * refused for want of a key or role are counted, not stored (see requireEditor).
 */
export class DocumentWriter {
  constructor(private readonly database: Database) {}

  async ingest(input: DocumentInput, viewer: Viewer | null): Promise<DocumentReport> {
    requireEditor(viewer);
    const source = input.sourceText == null ? undefined : Buffer.from(input.sourceText, 'utf8');
    const seed = await checkSeedText('document', Buffer.from(input.yaml, 'utf8'), async () => source);
    try {
      const [report] = await ingestSeeds(this.database, [seed], { dryRun: input.dryRun ?? false, actor: viewer.name });
      if (!report) throw new Error('ingestSeeds returned no report');
      return report;
    } catch (error) {
      if (!(error instanceof SeedValidationError)) throw error;
      await recordInvalidWrite(this.database, {
        actor: viewer.name, action: 'INGEST_DOCUMENT', document: seed.document?.source?.id ?? '(invalid)', outcome: 'INVALID',
        reason: `${error.problems.length} problem(s)`,
      });
      // A refused definition names the entity, its kind in the graph, the kind asked for, and both documents.
      const conflicts = error.conflicts.slice(0, MAX_PROBLEMS_SHOWN);
      throw new AppError('The document is invalid; nothing was written.', ErrorCode.BadUserInput, {
        argument: 'input', problems: error.problems.slice(0, MAX_PROBLEMS_SHOWN), ...(conflicts.length > 0 ? { conflicts } : {}),
      });
    }
  }
}
