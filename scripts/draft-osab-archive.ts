/**
 * node --import tsx scripts/draft-osab-archive.ts <out dir>
 * Drafts every English meeting of the OSAB archive (seeds/minutes/sources/osab/en) with the
 * importer, one draft per meeting at <out dir>/<board|people|rules|tools>/<date>.yaml, against the
 * reference data at the top of seeds/. The drafts under seeds/minutes/osab were made this way and
 * then reviewed by hand: this script is how a review starts, not a build step.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { loadReference } from '../src/importer/loadReference';
import { extractStages } from '../src/importer/pipeline';
import { importFile } from '../src/importer/pipeline/importFile';
import { reviewList } from '../src/importer/reviewList';

const ARCHIVE = path.resolve(__dirname, '../seeds/minutes/sources/osab/en');
const GROUPS = [
  { folder: 'Meetings', out: 'board', body: 'body-osab' },
  { folder: 'Working_Group_People', out: 'people', body: 'body-osab-people-wg' },
  { folder: 'Working_Group_Rules', out: 'rules', body: 'body-osab-rules-wg' },
  { folder: 'Working_Group_Tools', out: 'tools', body: 'body-osab-tools-wg' },
];

async function main(outDir: string): Promise<void> {
  const reference = await loadReference();
  for (const group of GROUPS) {
    const files = (await fs.readdir(path.join(ARCHIVE, group.folder))).filter((f) => /^\d{4}-\d{2}-\d{2}.*\.md$/.test(f)).sort();
    for (const file of files) {
      const draftPath = path.resolve(outDir, group.out, `${file.slice(0, 10)}.yaml`);
      const name = path.join(ARCHIVE, group.folder, file);
      const { draft, yaml } = await importFile({ name, bytes: await fs.readFile(name) }, extractStages, { reference, draftPath, language: 'en', body: group.body });
      await fs.mkdir(path.dirname(draftPath), { recursive: true });
      await fs.writeFile(draftPath, yaml);
      console.log(`${path.relative(process.cwd(), draftPath)}: ${draft.attendance.length} attendance, ${reviewList(draft).length} to review`);
    }
  }
}

main(process.argv[2] ?? 'drafts').catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
