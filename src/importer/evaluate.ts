import type { AgendaItemSpec, SeedDocument, StatementSpec } from '../ingest/SeedDocument';

export interface Score { name: string; truePositives: number; predicted: number; expected: number; precision: number; recall: number }

/**
 * Precision and recall of a draft against a curated seed of the same record:
 * - attendance: (person, role, onBehalfOf)
 * - decisions, action items: (agenda item, number)
 * - statements: (speaker, agenda item), matched one to one with overlapping line ranges
 * - theme tags: (matched statement, theme); tags of unmatched statements count as misses
 */
export function evaluateDraft(draft: SeedDocument, gold: SeedDocument): Score[] {
  const d = draft.meetings?.[0];
  const g = gold.meetings?.[0];
  const attendance = (doc: typeof d) => (doc?.attendance ?? []).map((a) => `${a.person}|${a.role}|${a.onBehalfOf ?? ''}`);
  const perItem = (doc: typeof d, pick: (i: AgendaItemSpec) => Array<{ number: string }>) =>
    (doc?.agenda ?? []).flatMap((item) => pick(item).map((x) => `${item.id}|${x.number}`));
  const pairs = matchStatements(d?.agenda ?? [], g?.agenda ?? []);
  const predictedThemes = statements(d?.agenda ?? []).flatMap(({ statement }) =>
    (statement.themes ?? []).map((t) => `${pairs.get(statement.id) ?? statement.id}|${t}`));
  const expectedThemes = statements(g?.agenda ?? []).flatMap(({ statement }) => (statement.themes ?? []).map((t) => `${statement.id}|${t}`));
  return [
    score('attendance (person+role+affiliation)', attendance(d), attendance(g)),
    score('decisions (item+number)', perItem(d, (i) => i.decisions ?? []), perItem(g, (i) => i.decisions ?? [])),
    score('action items (item+number)', perItem(d, (i) => i.actionItems ?? []), perItem(g, (i) => i.actionItems ?? [])),
    { name: 'statements (speaker+item)', ...ratio(pairs.size, statements(d?.agenda ?? []).length, statements(g?.agenda ?? []).length) },
    score('theme tags (statement→theme)', predictedThemes, expectedThemes),
  ];
}

function statements(agenda: AgendaItemSpec[]): Array<{ item: string; statement: StatementSpec }> {
  return agenda.flatMap((item) => (item.statements ?? []).map((statement) => ({ item: item.id, statement })));
}

/** Predicted statement id → curated statement id, same speaker and item, overlapping lines, one to one. */
function matchStatements(predicted: AgendaItemSpec[], expected: AgendaItemSpec[]): Map<string, string> {
  const pairs = new Map<string, string>();
  const used = new Set<string>();
  const gold = statements(expected);
  for (const { item, statement } of statements(predicted)) {
    const [from, to] = statement.evidence.lines;
    const match = gold.find(({ item: gi, statement: g }) => gi === item && g.speaker === statement.speaker && !used.has(g.id)
      && g.evidence.lines[0] <= to && from <= g.evidence.lines[1]);
    if (match) { pairs.set(statement.id, match.statement.id); used.add(match.statement.id); }
  }
  return pairs;
}

function score(name: string, predicted: string[], expected: string[]): Score {
  const remaining = [...expected];
  let truePositives = 0;
  for (const key of predicted) {
    const at = remaining.indexOf(key);
    if (at >= 0) { truePositives++; remaining.splice(at, 1); }
  }
  return { name, ...ratio(truePositives, predicted.length, expected.length) };
}

function ratio(truePositives: number, predicted: number, expected: number): Omit<Score, 'name'> {
  return { truePositives, predicted, expected, precision: predicted === 0 ? 0 : truePositives / predicted, recall: expected === 0 ? 0 : truePositives / expected };
}

/** The scores as a fixed-width table. */
export function formatScores(scores: Score[]): string {
  const rows = scores.map((s) => [s.name, String(s.truePositives), String(s.predicted), String(s.expected), s.precision.toFixed(3), s.recall.toFixed(3)]);
  const header = ['measure', 'matched', 'predicted', 'curated', 'precision', 'recall'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
