import { AffiliationResolver } from '../../src/importer/AffiliationResolver';
import { NameResolver } from '../../src/importer/pipeline/resolve';
import type { SeedDocument } from '../../src/ingest/SeedDocument';

const reference: SeedDocument = {
  format: 'council-graph/v1',
  jurisdictions: [
    { id: 'ca-gc-tbs', kind: 'FEDERAL_DEPARTMENT', name: { en: 'Treasury Board of Canada Secretariat', fr: 'Secrétariat du Conseil du Trésor du Canada' }, abbreviation: { en: 'TBS', fr: 'SCT' } },
  ],
  organizations: [],
};
const resolver = () => new NameResolver(new AffiliationResolver([reference]));

describe('resolving the names minutes use', () => {
  it('gives a first name to the one listed person who has it (OSAB People WG 2018-11-02: "Guillaume to share links")', () => {
    const names = resolver();
    const guillaume = names.listed('Guillaume Charest');
    names.listed('Stacey Williams');
    expect(names.mentioned('Guillaume')).toBe(guillaume);
    expect(guillaume.aliases).toEqual(['Guillaume']);
  });

  it('never merges two people on a first name they share', () => {
    const names = resolver();
    names.listed('Mark Burns');
    names.listed('Mark Arsenault');
    const mark = names.mentioned('Mark');
    expect(mark.id).toBe('person-mark');
    expect(mark.listed).toBe(false);
    expect(mark.review[0]).toMatch(/first name of Mark Burns and Mark Arsenault: not merged/);
  });

  it('resolves known organizations by name or abbreviation in either language, and drafts unknown ones', () => {
    const names = resolver();
    expect(names.affiliation('SCT').id).toBe('ca-gc-tbs');
    expect(names.affiliation('Treasury Board of Canada Secretariat').id).toBe('ca-gc-tbs');
    expect(names.affiliation('Glenmore Heights Residents’ Association').id).toBe('org-glenmore-heights-residents-association');
    expect([...names.organizations.values()][0]?.review[0]).toMatch(/names no known organization/);
  });

  it('takes an owner that names an organization as that organization, and a person otherwise', () => {
    const names = resolver();
    names.listed('Jim Cowie');
    expect(names.owner('TBS')).toBe('ca-gc-tbs');
    expect(names.owner('Jim')).toBe('person-jim-cowie');
  });
});
