/**
 * A small declarative checker for seed documents: each rule inspects one value at one path and
 * records problems instead of throwing, so a document reports every problem at once.
 */
import { SourceText } from './SourceText';

export interface Problem { path: string; message: string }
export type EntityKind = 'Jurisdiction' | 'Organization' | 'Body' | 'Program' | 'Theme' | 'Person' | 'Membership' | 'Meeting' | 'Attendance' | 'AgendaItem' | 'Decision' | 'ActionItem' | 'ActionUpdate' | 'Statement' | 'SourceDocument';
export interface PendingReference { path: string; id: string; kinds: readonly EntityKind[] }

export class CheckContext {
  readonly problems: Problem[] = [];
  readonly defined = new Map<string, { kind: EntityKind; path: string }>();
  readonly references: PendingReference[] = [];
  source: SourceText | undefined;

  problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }
}

export type Rule = (value: unknown, path: string, ctx: CheckContext) => void;
type Shape = Record<string, Rule>;

const ID_PATTERN = /^(CA(-[A-Z]{2})?|[a-z0-9]+(-[a-z0-9]+)*)$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 20000;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${JSON.stringify(value)}`.slice(0, 80);
}

export const optional = (rule: Rule): Rule => (value, path, ctx) => {
  if (value !== undefined && value !== null) rule(value, path, ctx);
};

export const string: Rule = (value, path, ctx) => {
  if (typeof value !== 'string' || value.trim() === '') ctx.problem(path, `expected a non-empty string, but got: ${describe(value)}`);
  else if (value.length > MAX_TEXT) ctx.problem(path, `expected at most ${MAX_TEXT} characters, but got ${value.length}`);
  else if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(value)) ctx.problem(path, 'contains control characters');
};

export const boolean: Rule = (value, path, ctx) => {
  if (typeof value !== 'boolean') ctx.problem(path, `expected true or false, but got: ${describe(value)}`);
};

export const date: Rule = (value, path, ctx) => {
  // YAML may already have turned an unquoted date into a Date; the parser is told not to.
  if (typeof value !== 'string' || !DATE_PATTERN.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    ctx.problem(path, `expected a date YYYY-MM-DD, but got: ${describe(value)}`);
  }
};

export const oneOf = (allowed: readonly string[]): Rule => (value, path, ctx) => {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    ctx.problem(path, `expected one of ${allowed.join(', ')}, but got: ${describe(value)}`);
  }
};

export const localized: Rule = (value, path, ctx) => {
  if (!isMap(value)) return ctx.problem(path, `expected a map { en, fr }, but got: ${describe(value)}`);
  if (value.en === undefined && value.fr === undefined) ctx.problem(path, 'expected at least one of en, fr');
  object({ en: optional(string), fr: optional(string) })(value, path, ctx);
};

/** Defines an entity id of the given kind; duplicates within a document are errors. */
export const defines = (kind: EntityKind): Rule => (value, path, ctx) => {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    return ctx.problem(path, `expected an id (lowercase slug like 'person-bev-dicks' or an ISO code like 'CA-BC'), but got: ${describe(value)}`);
  }
  const previous = ctx.defined.get(value);
  if (previous) return ctx.problem(path, `duplicate id '${value}' (already defined at ${previous.path})`);
  ctx.defined.set(value, { kind, path });
};

/** A reference to an entity of one of `kinds`, resolved after the whole document is read. */
export const ref = (...kinds: EntityKind[]): Rule => (value, path, ctx) => {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    return ctx.problem(path, `expected a reference to a ${kinds.join(' or ')} id, but got: ${describe(value)}`);
  }
  ctx.references.push({ path, id: value, kinds });
};

export const list = (rule: Rule, options: { min?: number } = {}): Rule => (value, path, ctx) => {
  if (!Array.isArray(value)) return ctx.problem(path, `expected a list, but got: ${describe(value)}`);
  if (options.min !== undefined && value.length < options.min) ctx.problem(path, `expected at least ${options.min} entries`);
  value.forEach((item, index) => rule(item, `${path}[${index}]`, ctx));
};

export const required = (rule: Rule): Rule => (value, path, ctx) => {
  if (value === undefined || value === null) ctx.problem(path, 'is required');
  else rule(value, path, ctx);
};

/** A map with exactly these keys (unknown keys are reported, to catch typos). */
export const object = (shape: Shape): Rule => (value, path, ctx) => {
  if (!isMap(value)) return ctx.problem(path, `expected a map, but got: ${describe(value)}`);
  for (const key of Object.keys(value)) {
    if (!(key in shape)) ctx.problem(join(path, key), `unknown key (expected one of: ${Object.keys(shape).join(', ')})`);
  }
  for (const [key, rule] of Object.entries(shape)) rule(value[key], join(path, key), ctx);
};

/** `{ quote, lines: [first, last] }`, checked against the document's source text. */
export const evidence: Rule = (value, path, ctx) => {
  object({ quote: required(string), lines: required(lineRange) })(value, path, ctx);
  if (!isMap(value) || typeof value.quote !== 'string' || !isLineRange(value.lines)) return;
  if (!ctx.source) return ctx.problem(path, 'evidence needs a `source` at the top of the document');
  const [first, last] = value.lines;
  if (last > ctx.source.lineCount) return ctx.problem(join(path, 'lines'), `line ${last} is past the end of the source (${ctx.source.lineCount} lines)`);
  if (!ctx.source.contains(value.quote, first, last)) {
    ctx.problem(join(path, 'quote'), `quote not found in the source at lines ${first}-${last}: ${JSON.stringify(value.quote.slice(0, 60))}…`);
  }
};

export const lineRange: Rule = (value, path, ctx) => {
  if (!isLineRange(value)) ctx.problem(path, `expected [first, last] line numbers with 1 <= first <= last, but got: ${describe(value)}`);
};

function isLineRange(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && value.every((n) => Number.isInteger(n) && n >= 1) && value[0] <= value[1];
}

export function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
