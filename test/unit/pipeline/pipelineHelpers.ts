import { readMinutes } from '../../../src/importer/read/readMinutes';
import { extract } from '../../../src/importer/pipeline/extract';
import { structure } from '../../../src/importer/pipeline/structure';
import type { Extraction, StructuredDocument } from '../../../src/importer/pipeline/types';

/** Reads a snippet as the named kind of file (`.md`, `.txt`) and runs structure → extract on it. */
export async function run(name: string, lines: string[], language?: 'en' | 'fr'): Promise<{ doc: StructuredDocument; extraction: Extraction }> {
  const read = await readMinutes({ name, bytes: Buffer.from(`${lines.join('\n')}\n`, 'utf8') });
  const doc = structure(read, language);
  return { doc, extraction: extract(doc) };
}

/** Sections as "first line:kind[/role]", for compact assertions. */
export function sectionKinds(doc: StructuredDocument): string[] {
  return doc.sections.map((section) => `${section.lines[0]}:${section.kind}${section.role ? `/${section.role}` : ''}`);
}
