import { AppError, ErrorCode } from '../errors';
import type { Language, Resolvers, SearchKind } from '../generated/graphql';
import { SEARCH_KIND_LABELS, type EntityWithProps, type SearchHitModel } from '../models/search';
import { MAX_QUERY_LENGTH, MAX_SEARCH_WORDS, searchWords } from '../repositories/luceneQuery';
import { connection, pageOf } from './pagination';
import { snippet } from './snippet';

const ALL_LABELS = Object.values(SEARCH_KIND_LABELS);
const KINDS = Object.keys(SEARCH_KIND_LABELS) as SearchKind[];

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, { query, lang, kinds, first, after }, { repositories, loaders }) => {
      const page = pageOf({ first, after });
      const words = wordsOf(query);
      const labels = kinds ? [...new Set(kinds.map((kind) => SEARCH_KIND_LABELS[kind]))] : ALL_LABELS;
      // Nothing to look for (only stop words or punctuation) or no kind wanted: no hits, no query.
      if (words.length === 0 || labels.length === 0) return connection<SearchHitModel>([], 0, page);
      const result = await repositories.search.search(words, labels, page);
      const hits = result.hits.map(({ entity, score }): SearchHitModel => {
        // The hit carries the whole entity: `entity` then needs no second round trip.
        loaders.entityById.prime(entity.id, entity);
        return { entity, score, terms: words, relaxed: result.relaxed, lang };
      });
      return connection(hits, result.total, page);
    },
  },
  SearchHit: {
    kind: (hit) => kindOf(hit.entity),
    snippet: (hit) => snippet(snippetCandidates(hit.entity, hit.lang), hit.terms, hit.relaxed),
    entity: async (hit, _, { loaders }) => ((await loaders.entityById.load(hit.entity.id)) ?? hit.entity) as never,
  },
};

/** Validates the search text (1 to MAX_QUERY_LENGTH characters, not blank) and cuts it into words. */
function wordsOf(query: string): string[] {
  if (query.trim().length === 0) throw new AppError('query must not be empty', ErrorCode.BadUserInput, { argument: 'query' });
  if (query.length > MAX_QUERY_LENGTH) {
    throw new AppError(`query must be at most ${MAX_QUERY_LENGTH} characters, but got: ${query.length}`, ErrorCode.BadUserInput, { argument: 'query' });
  }
  const words = searchWords(query);
  if (words.length > MAX_SEARCH_WORDS) {
    throw new AppError(`query must have at most ${MAX_SEARCH_WORDS} distinct words, but got: ${words.length}`, ErrorCode.BadUserInput, { argument: 'query' });
  }
  return words;
}

function kindOf(entity: EntityWithProps): SearchKind {
  const kind = KINDS.find((name) => entity.labels.includes(SEARCH_KIND_LABELS[name]));
  if (!kind) throw new Error(`search hit ${entity.id} has no searchable label`);
  return kind;
}

/** Localized text fields that can be quoted in a snippet, in order of preference. */
const TEXT_FIELDS = ['name', 'label', 'title', 'abbreviation', 'summary', 'text', 'completionNote', 'statusNote'];

/** The entity's texts: the requested language first, then unlocalized text, then the other language, then synonyms and aliases. */
export function snippetCandidates(entity: Record<string, unknown>, lang: Language): string[] {
  const [preferred, other] = lang === 'FR' ? ['Fr', 'En'] : ['En', 'Fr'];
  const texts: string[] = [];
  for (const suffix of [preferred, '', other]) {
    for (const field of TEXT_FIELDS) {
      const value = entity[`${field}${suffix}`];
      if (typeof value === 'string') texts.push(value);
    }
  }
  for (const field of [`synonyms${preferred}`, `synonyms${other}`, 'aliases']) {
    const value = entity[field];
    if (Array.isArray(value) && value.length > 0) texts.push(value.filter((item) => typeof item === 'string').join(' · '));
  }
  return texts;
}
