import type { Resolvers } from '../generated/graphql';
import type { ActionItemModel, ActionUpdateModel } from '../models';
import { required } from './entities';
import { firstOrNull, localized } from './helpers';
import { basisOf, inferencesOf, reasonOf } from './provenance';
import { versionedEvidence } from './evidence';

/** Statuses that leave an action still to do: reported so, the action is carried over. */
export const NOT_DONE = ['OPEN', 'IN_PROGRESS'];

/** The status the latest report gives (reports come oldest first), else the one it was assigned with. */
export function currentStatus(action: ActionItemModel, history: ActionUpdateModel[]): string {
  return history.at(-1)?.status ?? action.status;
}

/**
 * Actions followed across meetings: a later meeting's reports on earlier actions (ActionUpdate,
 * written by that meeting's seed document) make each action's status history.
 */
export const followUpResolvers: Resolvers = {
  ActionUpdate: {
    status: (update) => update.status as never,
    note: (update, { lang }) => localized(update, 'note', lang),
    action: (update, _, { loaders }) => loaders.follow('updatedAction', update.id, (list) => required(list, update.id, 'action')),
    meeting: (update, _, { loaders }) => loaders.follow('reportedAt', update.id, (list) => required(list, update.id, 'meeting')),
    agendaItem: (update, _, { loaders }) => loaders.follow('attendanceAgendaItem', update.id, firstOrNull),
    ...versionedEvidence,
    basis: (update) => basisOf(update),
    reason: (update) => reasonOf(update),
    inferences: (update) => inferencesOf(update),
  },
  ActionItem: {
    status: (action, _, { loaders }) => loaders.follow('actionUpdates', action.id, (history) => currentStatus(action, history) as never),
    assignedStatus: (action) => action.status as never,
    statusHistory: (action, _, { loaders }) => loaders.follow('actionUpdates', action.id),
    // A meeting reports on an action once at most (documentShape), so reports count meetings.
    carriedOver: (action, _, { loaders }) =>
      loaders.follow('actionUpdates', action.id, (history) => history.filter((update) => NOT_DONE.includes(update.status)).length),
  },
  Meeting: {
    actionUpdates: (meeting, _, { loaders }) => loaders.follow('meetingActionUpdates', meeting.id),
  },
};
