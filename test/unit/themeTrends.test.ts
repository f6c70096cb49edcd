import { periodOf, themeTrendsOf } from '../../src/resolvers/trends';

describe('theme trends', () => {
  it('places a date in its year, quarter or month', () => {
    expect(periodOf('2018-10-17', 'YEAR')).toBe('2018');
    expect(periodOf('2018-10-17', 'QUARTER')).toBe('2018-Q4');
    expect(periodOf('2019-03-31', 'QUARTER')).toBe('2019-Q1');
    expect(periodOf('2019-03-31', 'MONTH')).toBe('2019-03');
  });

  it('counts every theme over the same periods, quiet ones included, and ranks risen themes first', () => {
    const trends = themeTrendsOf([
      { date: '2018-11-21', themes: [{ themeId: 'theme-a', count: 3 }, { themeId: 'theme-b', count: 1 }] },
      { date: '2018-12-19', themes: [{ themeId: 'theme-a', count: 1 }] },
      { date: '2019-05-14', themes: [{ themeId: 'theme-b', count: 4 }] },
    ], 'QUARTER');
    // 2018-Q4 … 2019-Q2: three periods; the middle one (2019-Q1) counts in neither half.
    expect(trends).toEqual([
      { themeId: 'theme-b', periods: [{ period: '2018-Q4', count: 1 }, { period: '2019-Q1', count: 0 }, { period: '2019-Q2', count: 4 }], total: 5, change: 3 },
      { themeId: 'theme-a', periods: [{ period: '2018-Q4', count: 4 }, { period: '2019-Q1', count: 0 }, { period: '2019-Q2', count: 0 }], total: 4, change: -4 },
    ]);
  });

  it('crosses year ends in months, and says nothing without statements', () => {
    const [trend] = themeTrendsOf([
      { date: '2018-12-13', themes: [{ themeId: 'theme-a', count: 1 }] },
      { date: '2019-02-04', themes: [{ themeId: 'theme-a', count: 2 }] },
    ], 'MONTH');
    expect(trend?.periods.map((p) => p.period)).toEqual(['2018-12', '2019-01', '2019-02']);
    expect(trend?.change).toBe(1);
    expect(themeTrendsOf([{ date: '2019-01-01', themes: [] }], 'YEAR')).toEqual([]);
  });
});
