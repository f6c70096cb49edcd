/**
 * Bulk rows as CSV files for Neo4j's offline importer (`neo4j-admin database import full`): one
 * node file per label set and one relationship file per type, each with a typed header
 * (https://neo4j.com/docs/operations-manual/5/tools/neo4j-admin/neo4j-admin-import/#import-tool-header-format).
 * Labels and types come from the closed lists in WritePlan.ts, property names from the plans.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import type { BulkRows } from './bulkRows';
import type { Properties, PropertyValue } from './WritePlan';

/** Between the items of a list property; a control character no document text contains. */
export const ARRAY_DELIMITER = '\u001f';

export interface CsvFiles {
  nodes: Array<{ labels: string[]; file: string }>;
  relationships: Array<{ type: string; file: string }>;
}

type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'string[]';

export async function writeImportCsv(rows: BulkRows, dir: string): Promise<CsvFiles> {
  const files: CsvFiles = { nodes: [], relationships: [] };
  const byLabels = groupBy(rows.nodes, (row) => ['Entity', ...[...row.labels].sort()].join(':'));
  let index = 0;
  for (const [labels, group] of byLabels) {
    const file = path.join(dir, `nodes-${index++}.csv`);
    const columns = columnsOf(group.map((row) => row.props), ['id']);
    await writeCsv(file, ['id:ID', ...columns.map(header)], group.map((row) => [row.id, ...columns.map((c) => row.props[c.name])]));
    files.nodes.push({ labels: labels.split(':'), file });
  }
  for (const [type, group] of groupBy(rows.relationships, (row) => row.type)) {
    const file = path.join(dir, `relationships-${type}.csv`);
    const columns = columnsOf(group.map((row) => row.props), []);
    await writeCsv(file, [':START_ID', ':END_ID', ...columns.map(header)], group.map((row) => [row.from, row.to, ...columns.map((c) => row.props[c.name])]));
    files.relationships.push({ type, file });
  }
  return files;
}

interface Column { name: string; type: ColumnType }

/** Every property name of the rows, typed by the values it holds (integers and decimals make doubles). */
function columnsOf(rows: Properties[], skip: string[]): Column[] {
  const types = new Map<string, ColumnType>();
  for (const props of rows) {
    for (const [name, value] of Object.entries(props)) {
      if (value === null || value === undefined || skip.includes(name)) continue;
      const type = typeOf(value);
      const known = types.get(name);
      if (known === undefined || known === type) types.set(name, type);
      else if ((known === 'long' && type === 'double') || (known === 'double' && type === 'long')) types.set(name, 'double');
      else throw new Error(`property ${name} holds both ${known} and ${type} values; the importer needs one type per column`);
    }
  }
  return [...types].sort(([a], [b]) => a.localeCompare(b)).map(([name, type]) => ({ name, type }));
}

function typeOf(value: Exclude<PropertyValue, null | undefined>): ColumnType {
  if (Array.isArray(value)) return 'string[]';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

function header(column: Column): string {
  return `${column.name}:${column.type}`;
}

/**
 * The empty lists among the rows' properties: the importer reads an empty cell as no property, so
 * these are written after the import (initialImport.ts), as the normal path stores them.
 */
export function emptyLists(rows: BulkRows): { nodes: Array<{ id: string; props: Properties }>; relationships: Array<{ from: string; to: string; type: string; props: Properties }> } {
  const empty = (props: Properties) => Object.fromEntries(Object.entries(props).filter(([, value]) => Array.isArray(value) && value.length === 0));
  return {
    nodes: rows.nodes.map((row) => ({ id: row.id, props: empty(row.props) })).filter((row) => Object.keys(row.props).length > 0),
    relationships: rows.relationships.map((row) => ({ from: row.from, to: row.to, type: row.type, props: empty(row.props) })).filter((row) => Object.keys(row.props).length > 0),
  };
}

/** RFC 4180 quoting; an empty cell is no property (the importer skips empty fields). */
function cell(value: PropertyValue): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(ARRAY_DELIMITER) : String(value);
  return text.includes('"') ? `"${text.replace(/"/g, '""')}"` : `"${text}"`;
}

/** Lines are written in chunks of about this many characters (one write per chunk, not per line). */
const CHUNK = 1 << 22;

async function writeCsv(file: string, head: string[], rows: Iterable<PropertyValue[]>): Promise<void> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const flush = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  let chunk = `${head.join(',')}\n`;
  for (const row of rows) {
    chunk += `${row.map(cell).join(',')}\n`;
    if (chunk.length >= CHUNK) {
      await flush(chunk);
      chunk = '';
    }
  }
  await flush(chunk);
  out.end();
  await once(out, 'finish');
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    let group = groups.get(k);
    if (!group) groups.set(k, (group = []));
    group.push(item);
  }
  return groups;
}
