import type { PrefetchedEntry } from '../repositories/prefetchCypher';
import type { EntityModel, JurisdictionModel, MeetingModel, OrganizationModel, ThemeModel } from './index';

/**
 * Theme analytics in two shapes: the *reports* the repository aggregates in Cypher (ids and counts
 * only), and the *models* the resolvers build from them once the entities are loaded by id (the
 * codegen mappers of schema/analytics.graphql).
 */

/** Whose behalf a statement was made on. */
export type RepresentativeModel = JurisdictionModel | OrganizationModel;

/** Filters shared by the analytics reports; null means "no bound". Dates are `YYYY-MM-DD`. */
export interface MeetingFilter {
  from: string | null; to: string | null; bodyId: string | null;
  /** Statement kinds counted (null: all) and basis (null: stated and inferred). */
  statementTypes: string[] | null; basis: string | null;
}

export interface RepresentativeActivityReport { representativeId: string; statementIds: string[]; meetingIds: string[]; speakerIds: string[] }
export interface ThemeAcrossMeetingsReport {
  themeId: string;
  /** The theme itself first, then the narrower themes counted, by id. */
  themeIds: string[];
  totalStatements: number;
  unattributedStatements: number;
  /** Most statements first, then by representative id. */
  representatives: RepresentativeActivityReport[];
  /**
   * The themes and representatives named, plus the meetings, speakers and statements asked for,
   * each with what the selection follows below it (one list per step of its plan) and the list it
   * was selected in (none for the themes and representatives).
   */
  entities: Array<{ node: EntityModel; related: PrefetchedEntry[][]; list?: 'meetings' | 'speakers' | 'statements' }>;
}

export interface MeetingCountReport { meetingId: string; count: number }
export interface YearCountReport { year: number; count: number }
export interface ThemeCountReport { themeId: string; count: number; perMeeting: MeetingCountReport[]; perYear: YearCountReport[] }
export interface RepresentativeThemesReport { representativeId: string; totalStatements: number; themes: ThemeCountReport[] }

export interface MatrixCellReport { themeId: string; representativeId: string; count: number }
export interface ThemeMatrixReport { themeIds: string[]; representativeIds: string[]; cells: MatrixCellReport[] }

export interface MeetingThemesReport { meetingId: string; statementCount: number; themes: Array<{ themeId: string; count: number }> }

/** Meetings, speakers and statements stay ids until a client selects them (they can be many). */
export interface RepresentativeThemeActivityModel {
  representative: RepresentativeModel; statementCount: number; meetingIds: string[]; speakerIds: string[]; statementIds: string[];
}
export interface ThemeAcrossMeetingsModel {
  theme: ThemeModel; themes: ThemeModel[]; totalStatements: number; unattributedStatements: number;
  representatives: RepresentativeThemeActivityModel[];
}

export interface ThemeMeetingCountModel { meeting: MeetingModel; count: number }
export interface ThemeYearCountModel { year: number; count: number }
export interface RepresentativeThemeCountModel { theme: ThemeModel; count: number; perMeeting: ThemeMeetingCountModel[]; perYear: ThemeYearCountModel[] }
export interface RepresentativeThemeProfileModel { representative: RepresentativeModel; totalStatements: number; themes: RepresentativeThemeCountModel[] }

export interface ThemeMatrixCellModel { theme: ThemeModel; representative: RepresentativeModel; count: number }
export interface ThemeMatrixModel { themes: ThemeModel[]; representatives: RepresentativeModel[]; cells: ThemeMatrixCellModel[] }

export interface MeetingThemeCountModel { theme: ThemeModel; count: number }
export interface MeetingThemesModel { meeting: MeetingModel; statementCount: number; themes: MeetingThemeCountModel[] }

/** Statements raising one theme per period (GraphQL ThemeTrend). */
export interface ThemeTrendModel { theme: ThemeModel; periods: Array<{ period: string; count: number }>; total: number; change: number }
