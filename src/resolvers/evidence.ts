import type { Language } from '../generated/graphql';
import type { Loaders } from '../loaders/createLoaders';
import type { EntityModel, EvidenceModel, EvidenceProps } from '../models';
import { evidenceOf } from './helpers';

/**
 * A record's passages in each version of its minutes (e.g. English and French): one SOURCED_FROM
 * per version, its own source first (TRAVERSALS.sourcedFrom orders them). A fact said in one
 * version only has one passage.
 */
export async function evidenceVersions(record: EntityModel & EvidenceProps, loaders: Loaders): Promise<EvidenceModel[]> {
  const sources = await loaders.related('sourcedFrom').load(record.id);
  const versions = sources.flatMap((source): EvidenceModel[] => {
    const { quote, lineStart, lineEnd } = source.via?.props ?? {};
    if (typeof quote !== 'string' || typeof lineStart !== 'number' || typeof lineEnd !== 'number') return [];
    return [{ quote, lineStart, lineEnd, ownerId: record.id, source }];
  });
  const own = evidenceOf(record);
  return versions.length === 0 && own ? [own] : versions;
}

/** The record's passage; with `lang`, the one of its version in that language, else its own. */
export async function evidenceIn(record: EntityModel & EvidenceProps, lang: Language | null | undefined, loaders: Loaders): Promise<EvidenceModel | null> {
  const own = evidenceOf(record);
  if (!lang) return own;
  const versions = await evidenceVersions(record, loaders);
  return versions.find((version) => version.source?.language.toUpperCase() === lang) ?? own;
}

/** `evidence(lang)` and `evidences` of every type whose records quote the minutes. */
export const versionedEvidence = {
  evidence: (record: EntityModel & EvidenceProps, { lang }: { lang?: Language | null }, { loaders }: { loaders: Loaders }) =>
    evidenceIn(record, lang, loaders),
  evidences: (record: EntityModel & EvidenceProps, _: unknown, { loaders }: { loaders: Loaders }) => evidenceVersions(record, loaders),
};
