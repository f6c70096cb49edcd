import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { documentShape, sourceShape } from './documentShape';
import type { SeedDocument } from './SeedDocument';
import { SourceText } from './SourceText';
import { CheckContext, isMap } from './rules';

/** Larger files are refused before parsing: seed documents are hand-sized. */
export const MAX_SEED_BYTES = 5 * 1024 * 1024;
/** Bounds alias expansion so a "billion laughs" document cannot exhaust memory. */
const MAX_ALIASES = 100;

export interface SeedFile {
  file: string;
  /** Present only when the document passed its own checks (references are resolved later). */
  document: SeedDocument | undefined;
  context: CheckContext;
  sourceText: string | undefined;
}

/** Reads a source text named by a document (`source.path`); undefined when there is none. */
export type SourceLoader = (sourcePath: string) => Promise<Buffer | undefined>;

/**
 * Reads and checks one seed document file on its own: syntax, shape, enumerations, ids, source
 * hash and evidence quotes. References to other documents are left in `context.references`.
 */
export async function readSeedFile(file: string): Promise<SeedFile> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_SEED_BYTES) return failed(file, `file is ${stat.size} bytes; at most ${MAX_SEED_BYTES} are accepted`);
    bytes = await fs.readFile(file);
  } catch (error) {
    return failed(file, `cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const loadSource: SourceLoader = (sourcePath) => fs.readFile(path.resolve(path.dirname(file), sourcePath)).catch(() => undefined);
  return checkSeedText(file, bytes, loadSource);
}

/** Checks a seed document given as bytes (from a file, or sent to the API with its source text). */
export async function checkSeedText(name: string, bytes: Buffer, loadSource: SourceLoader): Promise<SeedFile> {
  const context = new CheckContext();
  if (bytes.length > MAX_SEED_BYTES) return failed(name, `document is ${bytes.length} bytes; at most ${MAX_SEED_BYTES} are accepted`);
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) return failed(name, 'document is not valid UTF-8');

  // Errors carry offsets; the line counter turns them into the line and column an editor shows (1-based).
  const lines = new LineCounter();
  const yaml = parseDocument(text, { uniqueKeys: true, schema: 'core', prettyErrors: false, strict: true, lineCounter: lines });
  const syntaxProblems = [...yaml.errors, ...yaml.warnings];
  if (syntaxProblems.length > 0) {
    for (const problem of syntaxProblems) {
      const { line, col } = lines.linePos(problem.pos[0]);
      context.problem(`line ${line}, column ${col}`, problem.message.split('\n')[0] ?? 'YAML error');
    }
    return { file: name, document: undefined, context, sourceText: undefined };
  }
  let value: unknown;
  try {
    value = yaml.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return failed(name, `YAML cannot be expanded: ${(error as Error).message}`);
  }
  if (!isMap(value)) return failed(name, 'expected a YAML map at the top of the document');

  let sourceText: string | undefined;
  if (value.source !== undefined) {
    sourceShape(value.source, 'source', context);
    sourceText = await readSource(value.source, context, loadSource);
  }
  documentShape(value, '', context);
  const valid = context.problems.length === 0;
  return { file: name, document: valid ? (value as unknown as SeedDocument) : undefined, context, sourceText };
}

function failed(file: string, message: string): SeedFile {
  const context = new CheckContext();
  context.problem('', message);
  return { file, document: undefined, context, sourceText: undefined };
}

async function readSource(source: unknown, context: CheckContext, loadSource: SourceLoader): Promise<string | undefined> {
  if (!isMap(source) || typeof source.path !== 'string') return undefined;
  const bytes = await loadSource(source.path);
  if (!bytes) {
    context.problem('source.path', `source file not found: ${source.path}`);
    return undefined;
  }
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (typeof source.sha256 === 'string' && digest !== source.sha256.toLowerCase()) {
    context.problem('source.sha256', `expected the file's SHA-256 ${digest}, but got: ${source.sha256}`);
  }
  const text = bytes.toString('utf8');
  context.source = new SourceText(text);
  return text;
}
