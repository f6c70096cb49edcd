import type { Resolvers } from '../generated/graphql';
import type {
  AnyEntityModel, BasisProps, EntityModel, InferenceModel, InferenceRecord, MentionModel,
} from '../models';
import type { Loaders } from '../loaders/createLoaders';
import { localized, typeNameOf } from './helpers';

/**
 * How facts are known (basis, inferences) and what their passages mention. The stored form is
 * written by buildPlan's basisOf and addMentions.
 */

type Basis = 'STATED' | 'INFERRED';

export function basisOf(fact: BasisProps): Basis {
  return fact.basis === 'INFERRED' ? 'INFERRED' : 'STATED';
}

export function inferencesOf(fact: EntityModel & BasisProps): InferenceModel[] {
  if (!fact.inferences) return [];
  const records = JSON.parse(fact.inferences) as InferenceRecord[];
  return records.map(({ field, reason, quote, lineStart, lineEnd, source }) => ({
    field,
    reason,
    evidence: quote !== null && lineStart !== null && lineEnd !== null
      ? { quote, lineStart, lineEnd, ownerId: fact.id, sourceId: source ?? undefined }
      : null,
  }));
}

/** The reasons of a fact's inferences, one sentence each; null for a stated fact. */
export function reasonOf(fact: EntityModel & BasisProps): string | null {
  const reasons = inferencesOf(fact).map((inference) => `${inference.field}: ${inference.reason}`);
  return reasons.length === 0 ? null : reasons.join(' ');
}

/** Keeps what passes the `listed` and `basis` arguments (null: no condition). */
export function keep<T extends { listed?: boolean } & BasisProps>(listed: boolean | null | undefined, basis: Basis | null | undefined) {
  return (fact: T) => (listed == null || fact.listed === listed) && (basis == null || basisOf(fact) === basis);
}

/** Keeps statements of the given kinds (all when none are given). */
export function ofTypes(types: readonly string[] | null | undefined) {
  return <T extends { type: string }>(list: T[]) => (types && types.length > 0 ? list.filter((s) => types.includes(s.type)) : list);
}

/** Evidence stored as `<prefix>Quote`, `<prefix>LineStart`, `<prefix>LineEnd` (buildPlan evidenceProps). */
function partEvidence(model: EntityModel, prefix: 'continuation' | 'endTime' | 'noDiscussion') {
  const props = model as unknown as Record<string, unknown>;
  const quote = props[`${prefix}Quote`];
  const lineStart = props[`${prefix}LineStart`];
  const lineEnd = props[`${prefix}LineEnd`];
  return typeof quote === 'string' && typeof lineStart === 'number' && typeof lineEnd === 'number'
    ? { quote, lineStart, lineEnd, ownerId: model.id }
    : null;
}
const continued = { continuation: (model: EntityModel) => partEvidence(model, 'continuation') };

/** The basis fields every fact type shares. */
const fact = {
  basis: (model: BasisProps) => basisOf(model),
  reason: (model: EntityModel & BasisProps) => reasonOf(model),
  inferences: (model: EntityModel & BasisProps) => inferencesOf(model),
};

function textsOf(entity: { via?: { props: Record<string, unknown> } }): string[] {
  const texts = entity.via?.props.texts;
  return Array.isArray(texts) ? texts.filter((text): text is string => typeof text === 'string') : [];
}

async function mentionsOf(record: AnyEntityModel, loaders: Loaders): Promise<MentionModel[]> {
  const entities = await loaders.related('mentions').load(record.id);
  return entities.map((entity) => ({ record, entity, texts: textsOf(entity) }));
}

async function mentionedIn(entity: AnyEntityModel, loaders: Loaders): Promise<MentionModel[]> {
  const records = await loaders.related('mentionedIn').load(entity.id);
  return records.map((record) => ({ record, entity, texts: textsOf(record) }));
}

const mentioning = {
  mentions: (record: AnyEntityModel, _: unknown, { loaders }: { loaders: Loaders }) => mentionsOf(record, loaders),
};
const mentioned = {
  mentionedIn: (entity: AnyEntityModel, _: unknown, { loaders }: { loaders: Loaders }) => mentionedIn(entity, loaders),
};

export const provenanceResolvers: Resolvers = {
  Fact: { __resolveType: (model) => typeNameOf(model) as never },
  MentionedEntity: { __resolveType: (model) => typeNameOf(model) as never },
  MentioningRecord: { __resolveType: (model) => typeNameOf(model) as never },
  Mention: {
    record: (mention) => mention.record as never,
    entity: (mention) => mention.entity as never,
    text: (mention) => mention.texts[0] ?? '',
  },
  Program: {
    name: (program, { lang }) => localized(program, 'name', lang),
    abbreviation: (program, { lang }) => localized(program, 'abbreviation', lang),
    aliases: (program) => program.aliases ?? [],
    runBy: (program, _, { loaders }) => loaders.follow('runBy', program.id, (list) => (list[0] ?? null) as never),
    ...mentioned,
  },
  Attendance: {
    ...fact,
    alsoOnBehalfOf: (attendance, _, { loaders }) => loaders.follow('alsoOnBehalfOf', attendance.id, (list) => list as never),
  },
  Membership: { ...fact },
  Meeting: { ...fact, ...mentioned, endTimeEvidence: (meeting) => partEvidence(meeting, 'endTime') },
  Body: {
    ...fact,
    ...mentioned,
    aliases: (body) => body.aliases ?? [],
    concernedBy: (body, _, { loaders }) => loaders.follow('bodyConcernedBy', body.id),
  },
  Decision: { ...fact, ...mentioning, ...continued },
  ActionItem: {
    ...fact,
    ...mentioning,
    ...continued,
    concerns: (action, _, { loaders }) => loaders.follow('concernsBodies', action.id),
  },
  Statement: { ...fact, ...mentioning, ...continued },
  AgendaItem: {
    noDiscussion: (item) => item.noDiscussion === true,
    noDiscussionEvidence: (item) => partEvidence(item, 'noDiscussion'),
  },
  Person: { ...mentioned },
  Organization: {
    ...mentioned,
    attendance: (organization, { listed, basis }, { loaders }) =>
      loaders.follow('attendanceOnBehalfOf', organization.id, (list) => list.filter(keep(listed, basis))),
  },
  Jurisdiction: { ...mentioned },
};
