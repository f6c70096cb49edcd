import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
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

/**
 * Reads and checks one seed document on its own: syntax, shape, enumerations, ids, source hash
 * and evidence quotes. References to other documents are left in `context.references`.
 */
export async function readSeedFile(file: string): Promise<SeedFile> {
  const context = new CheckContext();
  const fail = (where: string, message: string): SeedFile => {
    context.problem(where, message);
    return { file, document: undefined, context, sourceText: undefined };
  };

  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_SEED_BYTES) return fail('', `file is ${stat.size} bytes; at most ${MAX_SEED_BYTES} are accepted`);
    bytes = await fs.readFile(file);
  } catch (error) {
    return fail('', `cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) return fail('', 'file is not valid UTF-8');

  const yaml = parseDocument(text, { uniqueKeys: true, schema: 'core', prettyErrors: false, strict: true });
  const syntaxProblems = [...yaml.errors, ...yaml.warnings];
  if (syntaxProblems.length > 0) {
    for (const problem of syntaxProblems) context.problem(`line ${problem.linePos?.[0]?.line ?? '?'}`, problem.message.split('\n')[0] ?? 'YAML error');
    return { file, document: undefined, context, sourceText: undefined };
  }
  let value: unknown;
  try {
    value = yaml.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return fail('', `YAML cannot be expanded: ${(error as Error).message}`);
  }
  if (!isMap(value)) return fail('', 'expected a YAML map at the top of the document');

  let sourceText: string | undefined;
  if (value.source !== undefined) {
    sourceShape(value.source, 'source', context);
    sourceText = await readSource(file, value.source, context);
  }
  documentShape(value, '', context);
  const valid = context.problems.length === 0;
  return { file, document: valid ? (value as unknown as SeedDocument) : undefined, context, sourceText };
}

async function readSource(file: string, source: unknown, context: CheckContext): Promise<string | undefined> {
  if (!isMap(source) || typeof source.path !== 'string') return undefined;
  const sourcePath = path.resolve(path.dirname(file), source.path);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(sourcePath);
  } catch {
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
