import { daysBetween } from '../../src/resolvers/records';

describe('the age of an action', () => {
  it('counts whole days between two calendar dates, across months, leap days and years', () => {
    expect(daysBetween('2020-09-24', '2020-10-24')).toBe(30);
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2018-12-19', '2019-01-16')).toBe(28);
    expect(daysBetween('2019-01-16', '2018-12-19')).toBe(-28);
  });
});
