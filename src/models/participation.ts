import type { BodyModel, JurisdictionModel, MeetingModel, OrganizationModel, PersonModel } from './index';

/** Taking part in one body's meetings (GraphQL BodyParticipation), gathered from attendance records. */
export interface BodyParticipationModel {
  body: BodyModel;
  meetings: MeetingModel[];
  meetingCount: number;
  people: PersonModel[];
  firstDate: string | null;
  lastDate: string | null;
}

/** One person at one body's meetings over time (GraphQL BodyParticipant). */
export interface BodyParticipantModel {
  person: PersonModel;
  meetings: MeetingModel[];
  meetingCount: number;
  firstDate: string | null;
  lastDate: string | null;
  onBehalfOf: Array<JurisdictionModel | OrganizationModel>;
}

/** How long an action has been waiting (GraphQL ActionAge). */
export interface ActionAgeModel { days: number | null; since: MeetingModel }
