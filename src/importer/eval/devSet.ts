import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../config';

/**
 * The importer's development set (test/fixtures/importer-dev): documents with hand-checked
 * expected results. OSAB documents are read from the archive the repository ships, byte-exact with
 * its licence (`osab:<path>` → seeds/minutes/sources/osab/<path>, or OSAB_ARCHIVE_DIR);
 * `repo:<path>` is a file of this repository; a bare path is relative to the set's folder.
 */
export const DEV_SET_DIR = path.join(PROJECT_ROOT, 'test/fixtures/importer-dev');
/** Documents kept out of rule development, labelled by someone who did not read the rules. */
export const HELD_OUT_DIR = path.join(PROJECT_ROOT, 'test/fixtures/importer-heldout');

export interface DevDocument {
  id: string;
  source: string;
  language: 'en' | 'fr';
  layout: string;
  body: string;
}

export interface ExpectedAttendee { name: string | null; role: string; affiliation: string | null; line?: number }
export interface ExpectedDecision { text: string; line?: number }
export interface ExpectedAction { text: string; owners: string[]; due: string | null; line?: number }
export interface ExpectedStatement { speaker: string; line?: number }
export interface Expected {
  date: string | null;
  title: string | null;
  attendance: ExpectedAttendee[];
  decisions: ExpectedDecision[];
  actionItems: ExpectedAction[];
  statements: ExpectedStatement[];
}

export function osabArchiveDir(): string {
  return process.env.OSAB_ARCHIVE_DIR ?? path.join(PROJECT_ROOT, 'seeds/minutes/sources/osab');
}

export async function loadDevSet(dir = DEV_SET_DIR): Promise<DevDocument[]> {
  return parse(await fs.readFile(path.join(dir, 'index.yaml'), 'utf8')) as DevDocument[];
}

export async function loadExpected(document: DevDocument, dir = DEV_SET_DIR): Promise<Expected> {
  const raw = parse(await fs.readFile(path.join(dir, 'expected', `${document.id}.yaml`), 'utf8')) as Partial<Expected>;
  return {
    date: raw.date === undefined || raw.date === null ? null : String(raw.date),
    title: raw.title ?? null,
    attendance: raw.attendance ?? [],
    decisions: raw.decisions ?? [],
    actionItems: raw.actionItems ?? [],
    statements: raw.statements ?? [],
  };
}

/** The file a dev-set entry names: its path and bytes. */
export async function sourceFile(document: DevDocument, dir = DEV_SET_DIR): Promise<{ name: string; bytes: Buffer }> {
  const [prefix, rest] = document.source.split(/:(.*)/s) as [string, string | undefined];
  const file = rest === undefined ? path.join(dir, document.source)
    : prefix === 'osab' ? path.join(osabArchiveDir(), rest)
      : prefix === 'repo' ? path.join(PROJECT_ROOT, rest)
        : path.join(dir, document.source);
  return { name: file, bytes: await fs.readFile(file) };
}
