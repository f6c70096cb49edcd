import { findDates, parseMeetingDate } from '../../../src/importer/read/meetingDates';

describe('parseMeetingDate', () => {
  it.each([
    ['May 16, 2018, 9:30-11am', 'en', '2018-05-16'],
    ['September 24th, 2020', 'en', '2020-09-24'],
    ['2018-05-16', 'en', '2018-05-16'],
    ['Thursday 24 September 2020', 'en', '2020-09-24'],
    ['16 mai 2018', 'fr', '2018-05-16'],
    ['le 24 septembre 2020', 'fr', '2020-09-24'],
    ['Le 1er octobre 2020', 'fr', '2020-10-01'],
    ['21 novembre, 2018, 9 h -10 h 30', 'fr', '2018-11-21'],
    ['2018-05-16', 'fr', '2018-05-16'],
  ] as const)('%s (%s) → %s', (text, lang, expected) => {
    expect(parseMeetingDate(text, lang)).toBe(expected);
  });

  it.each([
    ['15 juillet', 'fr'],
    ['le mercredi 15 juillet à 10 h', 'fr'],
    ['July 15', 'en'],
    ['May 2018', 'en'],
    ['next Tuesday at 9 am', 'en'],
    ['de 9 h à 10 h 30', 'fr'],
    ['no date here', 'en'],
  ] as const)('%s (%s) → null: no year written, none invented', (text, lang) => {
    expect(parseMeetingDate(text, lang)).toBeNull();
  });
});

describe('findDates', () => {
  it('returns every full date with its span, ending at the year', () => {
    const text = 'Le 19 décembre 2018 de 9 h à 10 h 30. Le compte rendu du 26 février 2020 est adopté; suivi le 15 juillet.';
    expect(findDates(text, 'fr')).toEqual([
      { date: '2018-12-19', text: '19 décembre 2018', start: 3, end: 19 },
      { date: '2020-02-26', text: '26 février 2020', start: 57, end: 72 },
    ]);
    for (const found of findDates(text, 'fr')) expect(text.slice(found.start, found.end)).toBe(found.text);
  });

  it('reads English dates with ordinals and times', () => {
    const text = 'Meeting of September 24th, 2020 at 1 pm; next meeting 2020-11-19.';
    expect(findDates(text, 'en').map(({ date, text: written }) => [date, written])).toEqual([
      ['2020-09-24', 'September 24th, 2020'],
      ['2020-11-19', '2020-11-19'],
    ]);
  });

  it('reads a range of days written with an en dash as its first day, quoting the text as written', () => {
    const text = 'BOARD OF DIRECTORS MEETING, February 22–23, 2025';
    expect(findDates(text, 'en')).toEqual([{ date: '2025-02-22', text: 'February 22–23, 2025', start: 28, end: 48 }]);
  });

  it('reads two days joined by "and" / "et" as the first day', () => {
    expect(findDates('Les 3 et 4 avril 2025', 'fr')).toEqual([{ date: '2025-04-03', text: '3 et 4 avril 2025', start: 4, end: 21 }]);
    expect(findDates('Held June 3 and 4, 2025', 'en').map((found) => found.date)).toEqual(['2025-06-03']);
  });
});
