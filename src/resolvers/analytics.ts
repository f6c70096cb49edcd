import type { Context } from '../context';
import { AppError, ErrorCode } from '../errors';
import type { Resolvers } from '../generated/graphql';
import type { EntityModel, MeetingModel, PersonModel, StatementModel, ThemeModel } from '../models';
import type { MeetingFilter, RepresentativeModel } from '../models/analytics';
import { planOfField, selects } from '../loaders/selectionPlan';
import { EMPTY_PLAN } from '../repositories/prefetchCypher';
import { isCalendarDate } from './scalars';

/**
 * Theme analytics: each root field sends one aggregating query (ThemeAnalyticsRepository), then
 * loads every entity the report names in one batch through `loaders.entityById`, and returns
 * plain models. Fields below (a statement's speaker, evidence, …) use the usual loaders, so the
 * number of round trips depends on the selection, never on the data.
 */
export const analyticsResolvers: Resolvers = {
  // Loaded only when selected; the loads of all representatives batch into one query per field.
  RepresentativeThemeActivity: {
    meetings: async (activity, _, { loaders }) => (await loadEntities(loaders, activity.meetingIds)).many<MeetingModel>(activity.meetingIds, 'Meeting'),
    speakers: async (activity, _, { loaders }) => (await loadEntities(loaders, activity.speakerIds)).many<PersonModel>(activity.speakerIds, 'Person'),
    statements: async (activity, _, { loaders }) => (await loadEntities(loaders, activity.statementIds)).many<StatementModel>(activity.statementIds, 'Statement'),
  },
  Query: {
    themeAcrossMeetings: async (_, { themeId, includeNarrower, from, to, bodyId, statementTypes, basis }, { loaders, repositories, planSelections }, info) => {
      const below = (list: 'meetings' | 'speakers' | 'statements') => {
        if (!selects(info, ['representatives', list])) return undefined;
        return planSelections ? planOfField(info, ['representatives', list]) : EMPTY_PLAN;
      };
      const plans = { meetings: below('meetings'), speakers: below('speakers'), statements: below('statements') };
      const report = await repositories.themeAnalytics.themeAcrossMeetings(themeId, includeNarrower ?? true, meetingFilter({ from, to, bodyId, statementTypes, basis }), plans);
      if (!report) return null;
      // The report carries the entities it names, and what is selected below them: the loads below
      // find them already loaded. (An entity is primed once; its `related` follows the first plan.)
      for (const { node, related, list } of report.entities) {
        loaders.primeEntity(node);
        const plan = list ? plans[list] : undefined;
        if (plan) loaders.prime(plan, node.id, related);
      }
      const entities = await loadEntities(loaders, [...report.themeIds, ...report.representatives.map((r) => r.representativeId)]);
      const theme = entities.one<ThemeModel>(report.themeId, 'Theme');
      if (!theme) return null;
      return {
        theme,
        themes: entities.many<ThemeModel>(report.themeIds, 'Theme'),
        totalStatements: report.totalStatements,
        unattributedStatements: report.unattributedStatements,
        representatives: report.representatives.flatMap((activity) => {
          const representative = entities.representative(activity.representativeId);
          if (!representative) return [];
          return [{
            representative,
            statementCount: activity.statementIds.length,
            meetingIds: activity.meetingIds,
            speakerIds: activity.speakerIds,
            statementIds: activity.statementIds,
          }];
        }),
      };
    },

    jurisdictionThemes: async (_, { representativeId, from, to, statementTypes, basis }, { loaders, repositories }) => {
      const report = await repositories.themeAnalytics.representativeThemes(representativeId, meetingFilter({ from, to, statementTypes, basis }));
      if (!report) return null;
      const entities = await loadEntities(loaders, [
        report.representativeId,
        ...report.themes.flatMap((t) => [t.themeId, ...t.perMeeting.map((m) => m.meetingId)]),
      ]);
      const representative = entities.representative(report.representativeId);
      if (!representative) return null;
      return {
        representative,
        totalStatements: report.totalStatements,
        themes: report.themes.flatMap((entry) => {
          const theme = entities.one<ThemeModel>(entry.themeId, 'Theme');
          if (!theme) return [];
          const perMeeting = entry.perMeeting.flatMap(({ meetingId, count }) => {
            const meeting = entities.one<MeetingModel>(meetingId, 'Meeting');
            return meeting ? [{ meeting, count }] : [];
          });
          return [{ theme, count: entry.count, perMeeting, perYear: entry.perYear }];
        }),
      };
    },

    themeJurisdictionMatrix: async (_, { from, to, bodyId, themeIds, includeNarrower, statementTypes, basis }, { loaders, repositories }) => {
      const report = await repositories.themeAnalytics.themeMatrix(themeIds ?? null, includeNarrower ?? false, meetingFilter({ from, to, bodyId, statementTypes, basis }));
      const entities = await loadEntities(loaders, [...report.themeIds, ...report.representativeIds]);
      return {
        themes: entities.many<ThemeModel>(report.themeIds, 'Theme'),
        representatives: report.representativeIds.flatMap((id) => present(entities.representative(id))),
        cells: report.cells.flatMap(({ themeId, representativeId, count }) => {
          const theme = entities.one<ThemeModel>(themeId, 'Theme');
          const representative = entities.representative(representativeId);
          return theme && representative ? [{ theme, representative, count }] : [];
        }),
      };
    },

    themesPerMeeting: async (_, { bodyId, from, to, statementTypes, basis }, { loaders, repositories }) => {
      const reports = await repositories.themeAnalytics.themesPerMeeting(meetingFilter({ from, to, bodyId, statementTypes, basis }));
      const entities = await loadEntities(loaders, reports.flatMap((r) => [r.meetingId, ...r.themes.map((t) => t.themeId)]));
      return reports.flatMap((report) => {
        const meeting = entities.one<MeetingModel>(report.meetingId, 'Meeting');
        if (!meeting) return [];
        const themes = report.themes.flatMap(({ themeId, count }) => {
          const theme = entities.one<ThemeModel>(themeId, 'Theme');
          return theme ? [{ theme, count }] : [];
        });
        return [{ meeting, statementCount: report.statementCount, themes }];
      });
    },
  },
};

/**
 * The meeting filter of an analytics field. The Date scalar already rejects malformed dates; they
 * are checked again here so the rule holds even for callers that bypass the scalar.
 */
export function meetingFilter(args: {
  from?: string | null; to?: string | null; bodyId?: string | null; statementTypes?: readonly string[] | null; basis?: string | null;
}): MeetingFilter {
  const from = args.from ?? null;
  const to = args.to ?? null;
  for (const [argument, value] of [['from', from], ['to', to]] as const) {
    if (value !== null && !isCalendarDate(value)) {
      throw new AppError(`${argument} must be a calendar date written YYYY-MM-DD, but got: ${JSON.stringify(value)}`, ErrorCode.BadUserInput, { argument });
    }
  }
  if (from !== null && to !== null && from > to) {
    throw new AppError(`from must not be after to, but got: from ${from}, to ${to}`, ErrorCode.BadUserInput, { argument: 'from' });
  }
  const statementTypes = args.statementTypes && args.statementTypes.length > 0 ? [...args.statementTypes] : null;
  return { from, to, bodyId: args.bodyId ?? null, statementTypes, basis: args.basis ?? null };
}

/** Entities loaded by id in one batch, read back only with the label the caller expects. */
class LoadedEntities {
  constructor(private readonly byId: Map<string, EntityModel>) {}

  one<T extends EntityModel>(id: string, label: string): T | undefined {
    const entity = this.byId.get(id);
    return entity?.labels.includes(label) ? (entity as T) : undefined;
  }

  /** In the order of `ids`; an id that vanished since the report (a concurrent re-ingestion) is skipped. */
  many<T extends EntityModel>(ids: readonly string[], label: string): T[] {
    return ids.flatMap((id) => present(this.one<T>(id, label)));
  }

  representative(id: string): RepresentativeModel | undefined {
    return this.one<RepresentativeModel>(id, 'Jurisdiction') ?? this.one<RepresentativeModel>(id, 'Organization');
  }
}

export async function loadEntities(loaders: Context['loaders'], ids: readonly string[]): Promise<LoadedEntities> {
  const unique = [...new Set(ids)];
  const loaded = await loaders.entityById.loadMany(unique);
  const byId = new Map<string, EntityModel>();
  loaded.forEach((entity) => {
    // A failed batch is a failed request, not a silently shorter report.
    if (entity instanceof Error) throw entity;
    if (entity) byId.set(entity.id, entity);
  });
  return new LoadedEntities(byId);
}

function present<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}
