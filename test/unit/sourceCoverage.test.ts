import { describeUncovered, findEvidence, sourceCoverage, toRanges } from '../../src/coverage/sourceCoverage';

const SOURCE = [
  'COMPTE RENDU', //            1  title block
  '', //                        2  blank
  'Point  Décision ou suivi', // 3  column headings
  'A) Approbation', //          4  agenda item title
  '   ', //                     5  blank (white space only)
  'Le compte rendu est', //     6  decision, two lines
  'adopté.', //                 7
  'Aucun commentaire.', //      8  no discussion
  'Une phrase perdue.', //      9  in no record
  '', //                        10
  'Une autre phrase.', //       11 in no record
].join('\n');

const evidence = (quote: string, first: number, last: number) => ({ quote, lines: [first, last] });

function document(extra: Record<string, unknown> = {}) {
  return {
    format: 'council-graph/v1',
    source: { id: 'src-x', noFacts: [{ lines: [1, 1], kind: 'TITLE_BLOCK' }, { lines: [3, 3], kind: 'HEADING' }] },
    meetings: [{
      id: 'mtg-x',
      agenda: [{
        id: 'mtg-x-item-1',
        evidence: evidence('A) Approbation', 4, 4),
        noDiscussion: evidence('Aucun commentaire.', 8, 8),
        decisions: [{
          id: 'mtg-x-decision-1', text: { fr: 'a text is not evidence' },
          evidence: evidence('Le compte rendu est adopté.', 6, 7),
        }],
      }],
    }],
    ...extra,
  };
}

describe('sourceCoverage', () => {
  it('classifies every line: covered, no-fact, blank or uncovered', () => {
    const coverage = sourceCoverage(document(), SOURCE);
    expect(coverage.statuses).toEqual([
      'noFact', 'blank', 'noFact', 'covered', 'blank', 'covered', 'covered', 'covered',
      'uncovered', 'blank', 'uncovered',
    ]);
    expect(coverage).toMatchObject({
      lineCount: 11, contentLines: 8, coveredLines: 4, noFactLines: 2, uncovered: [9, 11],
    });
    expect(coverage.percentage).toBeCloseTo(100 * 4 / 6);
    expect(coverage.errors).toEqual([]);
    expect(coverage.notes).toEqual([]);
  });

  it('is 100 % when every content line is evidence or marked as carrying no fact', () => {
    const coverage = sourceCoverage(document({
      people: [{ id: 'person-x', inferred: [{ field: 'x', reason: 'y', evidence: evidence('Une phrase', 9, 11) }] }],
    }), SOURCE);
    expect(coverage.uncovered).toEqual([]);
    expect(coverage.percentage).toBe(100);
  });

  it('finds evidence anywhere by its shape, with the path to it', () => {
    const found = findEvidence({
      bodies: [{ statusEvidence: evidence('q', 2, 3) }],
      meetings: [{ evidence: evidence('q', 1, 1), references: [{ evidence: evidence('q', 4, 5) }] }],
      source: { noFacts: [{ lines: [7, 7], kind: 'OTHER' }] },
      other: { quote: 42, lines: [8, 8] },
    });
    expect(found).toEqual([
      { path: 'bodies[0].statusEvidence', first: 2, last: 3 },
      { path: 'meetings[0].evidence', first: 1, last: 1 },
      { path: 'meetings[0].references[0].evidence', first: 4, last: 5 },
    ]);
  });

  it('counts a covered line as covered even when it is also marked no-fact, and notes the overlap', () => {
    const doc = document();
    doc.source.noFacts.push({ lines: [6, 6], kind: 'OTHER' });
    const coverage = sourceCoverage(doc, SOURCE);
    expect(coverage.statuses[5]).toBe('covered');
    expect(coverage.noFactLines).toBe(2);
    expect(coverage.notes).toEqual([
      'source.noFacts[2] (OTHER, lines 6-6) overlaps evidence: meetings[0].agenda[0].decisions[0].evidence [6, 7]',
    ]);
  });

  it('reports ranges past the end of the source as errors', () => {
    const doc = document();
    doc.source.noFacts.push({ lines: [11, 14], kind: 'PAGE_FURNITURE' });
    const coverage = sourceCoverage(doc, SOURCE);
    expect(coverage.errors).toEqual(['source.noFacts[2].lines: [11, 14] is past the end of the source (11 lines)']);
    expect(coverage.statuses[10]).toBe('noFact');
  });

  it('reports 100 % for a source with nothing to cover', () => {
    expect(sourceCoverage({ source: {} }, '\n  \n').percentage).toBe(100);
  });

  it('lists uncovered lines with their text, a run of lines per block', () => {
    const coverage = sourceCoverage(document(), SOURCE);
    expect(describeUncovered(coverage, SOURCE)).toEqual([
      '  lines 9-11:', '    Une phrase perdue.', '    Une autre phrase.',
    ]);
  });
});

describe('toRanges', () => {
  it('groups consecutive line numbers', () => {
    expect(toRanges([3, 4, 5, 9, 11, 12])).toEqual([[3, 5], [9, 9], [11, 12]]);
    expect(toRanges([])).toEqual([]);
  });
});
