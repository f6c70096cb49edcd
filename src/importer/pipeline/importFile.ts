import { createHash } from 'node:crypto';
import path from 'node:path';
import type { SeedDocument } from '../../ingest/SeedDocument';
import { AffiliationResolver } from '../AffiliationResolver';
import { writeDraft } from '../DraftWriter';
import { ThemeTagger } from '../ThemeTagger';
import type { Draft } from '../types';
import { readMinutes } from '../read/readMinutes';
import type { MinutesFile, ReadDocument } from '../read/types';
import { draftFromExtraction } from './draft';
import type { Extraction } from './types';

/** The stages between READ and DRAFT: structure, classify and extract. */
export type ExtractStages = (read: ReadDocument, language?: 'en' | 'fr') => { extraction: Extraction; language: 'en' | 'fr' };

export interface ImportedFile {
  draft: Draft;
  yaml: string;
  /**
   * The text the draft's evidence quotes. For text and markdown it is the file itself (`path`
   * points at it); for HTML, PDF and Word it is the extracted text, to be written at `path`.
   */
  source: { path: string; text: string; extracted: boolean };
}

/**
 * Any minutes file to a draft seed document: read → structure → classify → extract → resolve →
 * draft. `draftPath` is where the draft will be written: source paths are relative to it.
 */
export async function importFile(
  file: MinutesFile, stages: ExtractStages, options: { reference: SeedDocument[]; draftPath: string; language?: 'en' | 'fr'; body?: string },
): Promise<ImportedFile> {
  const read = await readMinutes(file);
  const { extraction, language } = stages(read, options.language);
  const draftDir = path.dirname(path.resolve(options.draftPath));
  const extracted = read.source.format !== 'text' && read.source.format !== 'markdown';
  const sourceFile = extracted ? `${options.draftPath.replace(/\.ya?ml$/i, '')}.source.txt` : path.resolve(file.name);
  const sourcePath = path.relative(draftDir, path.resolve(sourceFile)).split(path.sep).join('/');
  const reference = new AffiliationResolver(options.reference);
  const tagger = new ThemeTagger(options.reference.flatMap((d) => d.themes ?? []));
  // Evidence is checked against the bytes the draft cites: the file itself, or the extracted text as written.
  const sha256 = createHash('sha256').update(extracted ? Buffer.from(read.source.text, 'utf8') : file.bytes).digest('hex');
  const draft = draftFromExtraction(read, extraction, { reference, tagger, sourcePath, sha256, fileName: path.basename(file.name), language, body: options.body });
  return { draft, yaml: writeDraft(draft), source: { path: sourceFile, text: read.source.text, extracted } };
}
