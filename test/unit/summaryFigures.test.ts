import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { figuresOf, type FigureLang } from '../../src/ingest/figures';

// Requirement: summaries keep every figure of their passage. For every statement, decision and
// action item of a curated record, each figure of `evidence.quote` (in the source's language) must
// be among the figures of the English text.

interface Bilingual { en?: string; fr?: string }
interface Evidence { quote?: string }
interface Record_ {
  id?: string;
  summary?: Bilingual;
  text?: Bilingual;
  completionNote?: Bilingual;
  due?: { text?: Bilingual };
  evidence?: Evidence;
}
interface AgendaItem { decisions?: Record_[]; actionItems?: Record_[]; statements?: Record_[] }
interface Seed {
  source?: { path?: string; language?: FigureLang };
  meetings?: { agenda?: AgendaItem[] }[];
}

const MINUTES = path.join(__dirname, '../../seeds/minutes');
/** Every seed document under seeds/minutes (corpora sit in folders: seeds/minutes/osab/board/…), sources aside. */
const files = (readdirSync(MINUTES, { recursive: true }) as string[])
  .filter((name) => name.endsWith('.yaml') && !name.split(path.sep).includes('sources')).sort();

/** One line per record whose English lacks a figure of its passage: "<id>: missing <figures>". */
function missingFigures(seed: Seed): string[] {
  const lang = seed.source?.language ?? 'fr';
  const problems: string[] = [];
  const check = (record: Record_, english: (string | undefined)[]): void => {
    const have = new Set(figuresOf(english.filter(Boolean).join('\n'), 'en'));
    const missing = figuresOf(record.evidence?.quote ?? '', lang).filter((figure) => !have.has(figure));
    if (missing.length > 0) problems.push(`${record.id ?? '(no id)'}: missing ${missing.join(', ')}`);
  };
  for (const meeting of seed.meetings ?? []) {
    for (const item of meeting.agenda ?? []) {
      for (const statement of item.statements ?? []) check(statement, [statement.summary?.en]);
      for (const record of [...(item.decisions ?? []), ...(item.actionItems ?? [])]) {
        check(record, [record.text?.en, record.completionNote?.en, record.due?.text?.en]);
      }
    }
  }
  return problems;
}

describe('English summaries keep every figure of their passage', () => {
  it('finds curated records to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s', (file) => {
    const seed = parse(readFileSync(path.join(MINUTES, file), 'utf8')) as Seed;
    if (seed.source?.path === undefined) return; // reference data: no passages
    expect(missingFigures(seed)).toEqual([]);
  });

  it('reports the record and the figures its English lacks', () => {
    const seed: Seed = {
      source: { path: 'x.txt', language: 'fr' },
      meetings: [{ agenda: [{ statements: [{
        id: 'mtg-x-statement-01',
        summary: { en: 'Over 80% live off reserve.' },
        evidence: { quote: 'Plus de 80 % vivent hors réserve; 50 % ont moins de 25 ans.' },
      }] }] }],
    };
    expect(missingFigures(seed)).toEqual(['mtg-x-statement-01: missing 50%, 25']);
  });
});
