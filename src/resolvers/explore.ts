import { AppError, ErrorCode } from '../errors';
import type { Language, Resolvers } from '../generated/graphql';
import type { EntityWithProps } from '../models/search';
import { MAX_DEPTH, MAX_HOPS } from '../repositories/ExploreRepository';
import type { Loaders } from '../loaders/createLoaders';
import { localized, typeNameOf } from './helpers';
import { pageOf } from './pagination';

export const MAX_NEIGHBOURHOOD_LIMIT = 500;

export const exploreResolvers: Resolvers = {
  Query: {
    connections: async (_, { fromId, toId, maxHops, first }, { repositories, loaders }) => {
      const hops = boundedInt(maxHops ?? MAX_HOPS, 'maxHops', 1, MAX_HOPS);
      const { limit } = pageOf({ first: first ?? 5 });
      if (fromId === toId) throw new AppError('fromId and toId must be different entities', ErrorCode.BadUserInput, { argument: 'toId' });
      const { fromFound, toFound, paths } = await repositories.explore.connections(fromId, toId, hops, limit);
      for (const [found, id, argument] of [[fromFound, fromId, 'fromId'], [toFound, toId, 'toId']] as const) {
        if (!found) throw new AppError(`no entity has the id ${JSON.stringify(id)}`, ErrorCode.NotFound, { argument });
      }
      for (const path of paths) prime(loaders, path.nodes);
      return paths.map((path) => ({ ...path, length: path.edges.length }));
    },
    neighbourhood: async (_, { id, depth, limit }, { repositories, loaders }) => {
      const hops = boundedInt(depth ?? 1, 'depth', 1, MAX_DEPTH);
      const size = boundedInt(limit ?? 100, 'limit', 1, MAX_NEIGHBOURHOOD_LIMIT);
      const subgraph = await repositories.explore.neighbourhood(id, hops, size);
      if (subgraph) prime(loaders, subgraph.nodes);
      return subgraph;
    },
  },
  GraphNode: {
    type: (node) => typeNameOf(node),
    label: (node, { lang }) => displayLabel(node, lang ?? 'EN'),
    entity: async (node, _, { loaders }) => ((await loaders.entityById.load(node.id)) ?? node) as never,
  },
};

/** The nodes of a path or subgraph carry all their properties: `entity` then needs no round trip. */
function prime(loaders: Loaders, nodes: EntityWithProps[]): void {
  for (const node of nodes) loaders.entityById.prime(node.id, node);
}

function boundedInt(value: number, argument: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError(`${argument} must be between ${min} and ${max}, but got: ${value}`, ErrorCode.BadUserInput, { argument });
  }
  return value;
}

const LABEL_LENGTH = 80;
const NUMBERED: Readonly<Record<string, [string, string]>> = {
  Decision: ['Decision', 'Décision'], ActionItem: ['Action', 'Mesure de suivi'],
};

/**
 * A short label for a graph view: the entity's name, label or title in `lang` (else the other
 * language), its abbreviation for bodies and organizations, or a numbered description for records.
 */
export function displayLabel(entity: EntityWithProps, lang: Language): string {
  const type = typeNameOf(entity);
  const text = (field: string) => localized(entity, field, lang);
  const plain = (field: string) => (typeof entity[field] === 'string' ? (entity[field] as string) : null);
  const numbered = NUMBERED[type];
  const label = (() => {
    switch (type) {
      case 'Person': return plain('name');
      case 'Body': case 'Organization': return text('abbreviation') ?? text('name');
      case 'Jurisdiction': return text('name');
      case 'Theme': return text('label');
      case 'Meeting': return text('title') ?? plain('date');
      case 'AgendaItem': return `${plain('number') ?? '?'}. ${text('title') ?? ''}`.trim();
      case 'Statement': return [plain('attributionText'), text('summary')].filter(Boolean).join(': ');
      case 'Attendance': return plain('attributionText') ?? humanize(plain('role'));
      case 'Membership': return text('title') ?? humanize(plain('role'));
      case 'SourceDocument': return text('title') ?? plain('path');
      default: return numbered ? `${lang === 'FR' ? numbered[1] : numbered[0]} ${plain('number') ?? ''}`.trim() : null;
    }
  })();
  return shorten(label || entity.id);
}

/** `CO_CHAIR` → `Co chair`: a readable stand-in where no localized title is stored. */
function humanize(code: string | null): string | null {
  return code && `${code.charAt(0)}${code.slice(1).toLowerCase().replace(/_/g, ' ')}`;
}

function shorten(text: string): string {
  return text.length <= LABEL_LENGTH ? text : `${text.slice(0, LABEL_LENGTH - 1).trimEnd()}…`;
}
