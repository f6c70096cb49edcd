import type { Extraction } from '../../src/importer/pipeline/types';
import type { Expected } from '../../src/importer/eval/devSet';
import { ratios, scoreExtraction } from '../../src/importer/eval/score';

const none: Extraction = { date: null, title: null, attendance: [], decisions: [], actionItems: [], statements: [], unread: [] };
const expected: Expected = {
  date: '2018-11-02',
  title: null,
  attendance: [
    { name: 'Guillaume Charest', role: 'MEMBER', affiliation: null, line: 7 },
    { name: 'Stacey Williams', role: 'MEMBER', affiliation: 'TBS', line: 8 },
    { name: null, role: 'MEMBER', affiliation: 'CSPS', line: 9 },
  ],
  decisions: [{ text: 'The board agreed to publish', line: 20 }],
  actionItems: [
    { text: 'Guillaume to share links', owners: ['Guillaume'], due: null, line: 33 },
    { text: 'Confirm the email', owners: [], due: null, line: 34 },
  ],
  statements: [{ speaker: 'Jim', line: 21 }],
};

describe('scoring an extraction against hand-checked expectations', () => {
  it('pairs attendees by folded name (or organization) and role, and affiliation apart', () => {
    const counts = scoreExtraction(expected, {
      ...none,
      attendance: [
        { name: 'guillaume  charest', role: 'MEMBER', affiliation: null, lines: [7, 7], quote: '' },
        { name: 'Stacey Williams', role: 'MEMBER', affiliation: 'SSC', lines: [8, 8], quote: '' },
        { name: 'Stacey Williams', role: 'CHAIR', affiliation: 'TBS', lines: [8, 8], quote: '' },
        { name: null, role: 'MEMBER', affiliation: 'CSPS', lines: [9, 9], quote: '' },
      ],
    });
    expect(counts['attendance (name+role)']).toEqual({ matched: 3, predicted: 4, expected: 3 });
    expect(counts['affiliation (name+role+affiliation)']).toEqual({ matched: 2, predicted: 4, expected: 3 });
  });

  it('locates decisions and actions by line, and owners by name (a first name matches the full name)', () => {
    const counts = scoreExtraction(expected, {
      ...none,
      decisions: [{ text: 'x', lines: [19, 22], quote: '' }],
      actionItems: [
        { text: 'a', owners: ['Guillaume Charest'], due: null, lines: [33, 33], quote: '' },
        { text: 'b', owners: ['Stacey'], due: null, lines: [34, 34], quote: '' },
        { text: 'c', owners: [], due: null, lines: [40, 40], quote: '' },
      ],
    });
    expect(counts.decisions).toEqual({ matched: 1, predicted: 1, expected: 1 });
    expect(counts['action items']).toEqual({ matched: 2, predicted: 3, expected: 2 });
    expect(counts['action owners']).toEqual({ matched: 1, predicted: 3, expected: 2 });
  });

  it('matches by words when the expectation has no line (text extracted from PDF or Word)', () => {
    const counts = scoreExtraction({ ...expected, decisions: [{ text: 'The board agreed to publish' }] }, {
      ...none, decisions: [{ text: '', lines: [1, 2], quote: 'After discussion, the Board agreed to publish the roadmap.' }],
    });
    expect(counts.decisions?.matched).toBe(1);
  });

  it('scores a wrong date as a miss and a missing extraction as zero recall', () => {
    const counts = scoreExtraction(expected, { ...none, date: '2018-11-29' });
    expect(counts.date).toEqual({ matched: 0, predicted: 1, expected: 1 });
    expect(ratios(counts['statements (speaker)']!)).toEqual({ precision: 1, recall: 0 });
  });
});
