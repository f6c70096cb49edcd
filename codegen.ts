import type { CodegenConfig } from '@graphql-codegen/cli';

const model = (name: string) => `../models#${name}`;

/** Resolver types: each GraphQL type's parent is its storage model (src/models). */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#Context',
        useTypeImports: true,
        useIndexSignature: false,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: 'string', ID: 'string' },
        mappers: {
          Person: model('PersonModel'),
          Jurisdiction: model('JurisdictionModel'),
          Organization: model('OrganizationModel'),
          Body: model('BodyModel'),
          Membership: model('MembershipModel'),
          Meeting: model('MeetingModel'),
          MeetingReference: model('MeetingReferenceModel'),
          Attendance: model('AttendanceModel'),
          AgendaItem: model('AgendaItemModel'),
          Decision: model('DecisionModel'),
          ActionItem: model('ActionItemModel'),
          ActionUpdate: model('ActionUpdateModel'),
          Statement: model('StatementModel'),
          Theme: model('ThemeModel'),
          SourceDocument: model('SourceDocumentModel'),
          Evidence: model('EvidenceModel'),
          Program: model('ProgramModel'),
          Mention: model('MentionModel'),
          Inference: model('InferenceModel'),
          BodyParticipation: '../models/participation#BodyParticipationModel',
          ActionAge: '../models/participation#ActionAgeModel',
          BodyParticipant: '../models/participation#BodyParticipantModel',
          ThemeAcrossMeetings: '../models/analytics#ThemeAcrossMeetingsModel',
          ThemeTrend: '../models/analytics#ThemeTrendModel',
          RepresentativeThemeActivity: '../models/analytics#RepresentativeThemeActivityModel',
          RepresentativeThemeProfile: '../models/analytics#RepresentativeThemeProfileModel',
          RepresentativeThemeCount: '../models/analytics#RepresentativeThemeCountModel',
          ThemeMeetingCount: '../models/analytics#ThemeMeetingCountModel',
          ThemeYearCount: '../models/analytics#ThemeYearCountModel',
          ThemeMatrix: '../models/analytics#ThemeMatrixModel',
          ThemeMatrixCell: '../models/analytics#ThemeMatrixCellModel',
          MeetingThemes: '../models/analytics#MeetingThemesModel',
          MeetingThemeCount: '../models/analytics#MeetingThemeCountModel',
          SearchHit: '../models/search#SearchHitModel',
          GraphNode: '../models/search#EntityWithProps',
        },
      },
    },
  },
};

export default config;
