import type { Resolvers, TrendPeriod } from '../generated/graphql';
import type { MeetingModel, ThemeModel } from '../models';
import type { ThemeTrendModel } from '../models/analytics';
import { loadEntities, meetingFilter } from './analytics';

/**
 * Which themes rose or faded: the per-meeting theme counts of themesPerMeeting (one aggregating
 * query), bucketed by period here. Undated meetings cannot be placed in a period and are left out.
 */

export interface DatedThemeCounts { date: string; themes: Array<{ themeId: string; count: number }> }
export interface ThemeTrendCounts { themeId: string; periods: Array<{ period: string; count: number }>; total: number; change: number }

/** The period a date (YYYY-MM-DD) falls in: "2019", "2019-Q1" or "2019-03". */
export function periodOf(date: string, period: TrendPeriod): string {
  const [year, month] = [date.slice(0, 4), Number(date.slice(5, 7))];
  if (period === 'YEAR') return year;
  if (period === 'QUARTER') return `${year}-Q${Math.ceil(month / 3)}`;
  return date.slice(0, 7);
}

/** The periods from `first` to `last` inclusive, in order. */
function periodsBetween(first: string, last: string, period: TrendPeriod): string[] {
  const index = (key: string) => {
    const year = Number(key.slice(0, 4));
    if (period === 'YEAR') return year;
    return period === 'QUARTER' ? year * 4 + Number(key.slice(6)) - 1 : year * 12 + Number(key.slice(5, 7)) - 1;
  };
  const keyOf = (i: number) => {
    if (period === 'YEAR') return String(i);
    if (period === 'QUARTER') return `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
    return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  };
  const keys: string[] = [];
  for (let i = index(first); i <= index(last); i++) keys.push(keyOf(i));
  return keys;
}

/**
 * Counts per theme and period over the whole range of the meetings given (every theme shares the
 * same periods, so trends compare), with the change from the earlier half of the periods to the later.
 */
export function themeTrendsOf(meetings: DatedThemeCounts[], period: TrendPeriod): ThemeTrendCounts[] {
  const dated = meetings.filter((m) => m.themes.length > 0);
  if (dated.length === 0) return [];
  const keys = dated.map((m) => periodOf(m.date, period)).sort();
  const periods = periodsBetween(keys[0] as string, keys[keys.length - 1] as string, period);
  const half = Math.floor(periods.length / 2);
  const counts = new Map<string, Map<string, number>>();
  for (const meeting of dated) {
    const key = periodOf(meeting.date, period);
    for (const { themeId, count } of meeting.themes) {
      const byPeriod = counts.get(themeId) ?? new Map<string, number>();
      byPeriod.set(key, (byPeriod.get(key) ?? 0) + count);
      counts.set(themeId, byPeriod);
    }
  }
  return [...counts].map(([themeId, byPeriod]) => {
    const series = periods.map((key) => ({ period: key, count: byPeriod.get(key) ?? 0 }));
    const sum = (list: typeof series) => list.reduce((total, p) => total + p.count, 0);
    return { themeId, periods: series, total: sum(series), change: sum(series.slice(periods.length - half)) - sum(series.slice(0, half)) };
  }).sort((a, b) => b.change - a.change || a.themeId.localeCompare(b.themeId));
}

export const trendResolvers: Resolvers = {
  Query: {
    themeTrends: async (_, { period, bodyId, from, to, statementTypes, basis }, { loaders, repositories }) => {
      const reports = await repositories.themeAnalytics.themesPerMeeting(meetingFilter({ from, to, bodyId, statementTypes, basis }));
      // Meetings and themes in one batch, as themesPerMeeting does.
      const entities = await loadEntities(loaders, reports.flatMap((r) => [r.meetingId, ...r.themes.map((t) => t.themeId)]));
      const dated = reports.flatMap((report) => {
        const date = entities.one<MeetingModel>(report.meetingId, 'Meeting')?.date;
        return date ? [{ date, themes: report.themes }] : [];
      });
      return themeTrendsOf(dated, period ?? 'QUARTER').flatMap(({ themeId, ...counts }): ThemeTrendModel[] => {
        const theme = entities.one<ThemeModel>(themeId, 'Theme');
        return theme ? [{ theme, ...counts }] : [];
      });
    },
  },
};
