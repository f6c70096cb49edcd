import path from 'node:path';
import type { Database, Transaction } from '../db/Database';
import { buildPlan, documentKey } from './buildPlan';
import {
  PlanChanges, diffPlan, documentPresent, hasChanges, planDigest, readDigests, recordDigests, writeNewDocument, writePlan,
} from './PlanWriter';
import type { WritePlan } from './WritePlan';
import { SeedFile, readSeedFile } from './readSeedFile';
import { recordAudit } from './audit';
import type { EntityKind } from './rules';
import type { SeedDocument } from './SeedDocument';
import { SeedValidationError } from './SeedValidationError';
import { DefinitionConflict, conflictProblems, definedIds, definitionConflicts, readHeldEntities } from './entityDefinitions';

export interface IngestOptions {
  dryRun?: boolean;
  log?: (line: string) => void;
  /** Who asks: an audit record is then written in the same transaction as each document. */
  actor?: string;
  /**
   * Skip, without a transaction, a document whose plan is the one it was last written with (its
   * digest): `npm start` on unchanged seeds. Anything that rewrites a document updates the digest.
   */
  skipUnchanged?: boolean;
}

const NO_CHANGES: PlanChanges = { nodesCreated: 0, nodesChanged: 0, nodesRemoved: 0, relationshipsCreated: 0, relationshipsChanged: 0, relationshipsRemoved: 0 };

export interface DocumentReport { file: string; document: string; nodes: number; relationships: number; changes: PlanChanges; milliseconds: number; auditId?: string }

export { SeedValidationError };

/**
 * Validates every file completely, then writes each document in its own transaction, reference
 * data (documents without a source) first. If any document is invalid, nothing is written.
 */
export async function ingestFiles(database: Database, files: string[], options: IngestOptions = {}): Promise<DocumentReport[]> {
  return ingestSeeds(database, await Promise.all(files.map((file) => readSeedFile(file))), options);
}

/** Like ingestFiles, for documents already read and checked on their own (see checkSeedText). */
export async function ingestSeeds(database: Database, seeds: SeedFile[], options: IngestOptions = {}): Promise<DocumentReport[]> {
  const log = options.log ?? (() => {});
  const ordered = orderForWriting(seeds);
  await resolveReferences(database, ordered);
  throwIfInvalid(ordered);
  const plans = ordered.map((seed) => buildPlan(seed.document as SeedDocument, documentKey(seed.document as SeedDocument, path.basename(seed.file))));
  const digests = options.skipUnchanged && !options.dryRun
    ? await database.readTransaction((tx) => readDigests(tx, plans.map((p) => p.document)), { metadata: { operation: 'ingest-digests' } })
    : new Map<string, string>();
  const unchanged = new Set(plans.filter((plan) => digests.has(plan.document) && digests.get(plan.document) === planDigest(plan)));
  // A document skipped as unchanged writes nothing, and the graph already holds what it defines.
  const written = ordered.map((seed, index) => ({ seed, plan: plans[index] as WritePlan })).filter(({ plan }) => !unchanged.has(plan));
  throwIfInvalid(ordered, (await checkDefinitions(database, written)).conflicts);

  const reports: DocumentReport[] = [];
  for (const [index, seed] of ordered.entries()) {
    const plan = plans[index] as WritePlan;
    const started = performance.now();
    if (unchanged.has(plan)) {
      const report = { file: seed.file, document: plan.document, nodes: plan.nodeCount, relationships: plan.relationshipCount, changes: NO_CHANGES, milliseconds: 0 };
      reports.push(report);
      log(`[${index + 1}/${ordered.length}] ${displayPath(seed.file)}: ${describeChanges(report, false)}`);
      continue;
    }
    const metadata = { operation: options.dryRun ? 'ingest-dry-run' : 'ingest', document: plan.document };
    const actor = options.actor;
    const { changes, auditId } = options.dryRun && actor === undefined
      ? { changes: await database.readTransaction((tx) => diffPlan(tx, plan), { metadata, timeoutMs: 120000 }), auditId: undefined }
      : await database.writeTransaction(async (tx) => {
          // Checked above; again here, where it holds until commit, against a writer that came in between.
          await guardDefinitions(tx, seed, plan);
          const present = await documentPresent(tx, plan);
          const diff = !present && !options.dryRun ? await writeNewDocument(tx, plan) : await diffPlan(tx, plan, present);
          if (present && hasChanges(diff) && !options.dryRun) await writePlan(tx, plan);
          if (!options.dryRun) await recordDigests(tx, [plan]);
          // The audit record commits with the change or not at all.
          const audit = actor === undefined ? undefined
            : await recordAudit(tx, { actor, action: 'INGEST_DOCUMENT', document: plan.document, outcome: options.dryRun ? 'DRY_RUN' : 'APPLIED', changes: diff });
          return { changes: diff, auditId: audit };
        }, { metadata, timeoutMs: 120000 });
    const report = { file: seed.file, document: plan.document, nodes: plan.nodeCount, relationships: plan.relationshipCount, changes, milliseconds: performance.now() - started, auditId };
    reports.push(report);
    log(`[${index + 1}/${ordered.length}] ${displayPath(seed.file)}: ${describeChanges(report, options.dryRun ?? false)}`);
  }
  return reports;
}

/**
 * Checks every plan's definitions against the graph and the documents before it in the run
 * (entityDefinitions.ts); a refused one becomes a problem of its document. Returns them all, and
 * which of the plans' node ids the graph held.
 */
export async function checkDefinitions(database: Database, entries: Array<{ seed: SeedFile; plan: WritePlan }>): Promise<{ conflicts: DefinitionConflict[]; existing: Set<string> }> {
  const held = await readHeldEntities((cypher, params) => database.read(cypher, params), definedIds(entries.map((entry) => entry.plan)));
  const existing = new Set(held.keys());
  const conflicts: DefinitionConflict[] = [];
  for (const { seed, plan } of entries) {
    const found = definitionConflicts(plan, held);
    for (const { path: at, message } of conflictProblems(seed, found)) seed.context.problem(at, message);
    conflicts.push(...found);
  }
  return { conflicts, existing };
}

/** Inside the document's write transaction: throws SeedValidationError (rolling it back) on a refused definition. */
export async function guardDefinitions(tx: Transaction, seed: SeedFile, plan: WritePlan): Promise<void> {
  const conflicts = definitionConflicts(plan, await readHeldEntities((cypher, params) => tx.run(cypher, params), definedIds([plan])));
  if (conflicts.length > 0) throw new SeedValidationError(conflictProblems(seed, conflicts).map((p) => problemLine(seed, p)), conflicts);
}

/** Throws SeedValidationError listing every problem of every document, if there is any. */
export function throwIfInvalid(seeds: SeedFile[], conflicts: DefinitionConflict[] = []): void {
  const problems = seeds.flatMap((seed) => seed.context.problems.map((p) => problemLine(seed, p)));
  if (problems.length > 0) throw new SeedValidationError(problems, conflicts);
}

function problemLine(seed: SeedFile, problem: { path: string; message: string }): string {
  return `${displayPath(seed.file)}: ${problem.path || '(document)'}: ${problem.message}`;
}

export function describeChanges(report: DocumentReport, dryRun: boolean): string {
  const c = report.changes;
  const verb = dryRun ? 'would change' : 'changed';
  if (!hasChanges(c)) return `${report.nodes} nodes, ${report.relationships} relationships, unchanged (${report.milliseconds.toFixed(0)} ms)`;
  return `${report.nodes} nodes, ${report.relationships} relationships; ${verb}: nodes +${c.nodesCreated} ~${c.nodesChanged} -${c.nodesRemoved}, ` +
    `relationships +${c.relationshipsCreated} ~${c.relationshipsChanged} -${c.relationshipsRemoved} (${report.milliseconds.toFixed(0)} ms)`;
}

/**
 * Reference data (no source) before records; each group in path order, except that a document
 * comes after the documents defining the ids it refers to (a corpus's organizations part of the
 * departments in seeds/reference.yaml), since a relationship needs both ends written.
 */
export function orderForWriting(seeds: SeedFile[]): SeedFile[] {
  const rank = (seed: SeedFile) => (seed.document?.source ? 1 : 0);
  const pending = [...seeds].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
  const definer = new Map<string, SeedFile>();
  for (const seed of pending) for (const id of seed.context.defined.keys()) if (!definer.has(id)) definer.set(id, seed);
  const ordered: SeedFile[] = [];
  const placed = new Set<SeedFile>();
  while (pending.length > 0) {
    // The first document (in rank and path order) whose definers are all placed; on a cycle, the first one.
    const ready = (seed: SeedFile) => seed.context.references.every(({ id }) => {
      const other = definer.get(id);
      return other === undefined || other === seed || placed.has(other);
    });
    const index = Math.max(0, pending.findIndex(ready));
    const [next] = pending.splice(index, 1) as [SeedFile];
    ordered.push(next);
    placed.add(next);
  }
  return ordered;
}

/**
 * A reference resolves to an id defined in the same document, in a document written earlier in
 * this run, or already in the graph — and must name an entity of an allowed kind.
 */
export async function resolveReferences(database: Database, seeds: SeedFile[]): Promise<void> {
  const known = new Map<string, EntityKind>();
  const unresolved: Array<{ seed: SeedFile; reference: SeedFile['context']['references'][number] }> = [];
  // Every document of the run first: documents that refer to each other (a cycle) are written
  // together by bulk ingestion, so a reference may name an id a later document defines.
  for (const seed of seeds) for (const [id, { kind }] of seed.context.defined) if (!known.has(id)) known.set(id, kind);
  for (const seed of seeds) {
    for (const reference of seed.context.references) {
      const kind = known.get(reference.id);
      if (kind === undefined) unresolved.push({ seed, reference });
      else if (!reference.kinds.includes(kind)) seed.context.problem(reference.path, `'${reference.id}' is a ${kind}, expected a ${reference.kinds.join(' or ')}`);
    }
  }
  if (unresolved.length === 0) return;
  const rows = await database.read('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels', {
    ids: [...new Set(unresolved.map(({ reference }) => reference.id))],
  });
  const inGraph = new Map(rows.map((row) => [String(row.id), row.labels as string[]]));
  for (const { seed, reference } of unresolved) {
    const labels = inGraph.get(reference.id);
    if (!labels) seed.context.problem(reference.path, `unknown reference '${reference.id}' (expected a ${reference.kinds.join(' or ')} id)`);
    else if (!reference.kinds.some((kind) => labels.includes(kind))) {
      seed.context.problem(reference.path, `'${reference.id}' is a ${labels.filter((l) => l !== 'Entity').join(':')}, expected a ${reference.kinds.join(' or ')}`);
    }
  }
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}
