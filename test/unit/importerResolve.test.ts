import { AffiliationResolver } from '../../src/importer/AffiliationResolver';
import { NameResolver } from '../../src/importer/pipeline/resolve';
import type { SeedDocument } from '../../src/ingest/SeedDocument';

const reference: SeedDocument = {
  format: 'council-graph/v1',
  jurisdictions: [
    { id: 'ca-gc-tbs', kind: 'FEDERAL_DEPARTMENT', name: { en: 'Treasury Board of Canada Secretariat', fr: 'Secrétariat du Conseil du Trésor du Canada' }, abbreviation: { en: 'TBS', fr: 'SCT' } },
  ],
  organizations: [],
  bodies: [{ id: 'body-osab-tools-wg', type: 'WorkingGroup', name: { en: 'Tools Working Group' }, status: 'ACTIVE', aliases: ['Tools WG'] }],
  // A corpus's registry: one node per person across meetings, spelling variants as aliases.
  people: [
    { id: 'person-michael-cardy', name: 'Michael Cardy', aliases: ['Mike Cardy', 'Mike'] },
    { id: 'person-guillaume-charest', name: 'Guillaume Charest', aliases: ['Guillaume'] },
  ],
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

  it('reuses a person the reference data knows, under any full-name spelling, without defining it again', () => {
    const names = resolver();
    const listed = names.listed('Mike Cardy');
    expect(listed).toMatchObject({ id: 'person-michael-cardy', name: 'Michael Cardy', known: true });
    expect(names.mentioned('Michael Cardy')).toBe(listed);
    expect(names.mentioned('Mike')).toBe(listed);
  });

  it('never resolves a first name alone against the whole graph, only within the meeting', () => {
    const names = resolver();
    expect(names.mentioned('Guillaume')).toMatchObject({ id: 'person-guillaume', listed: false });
    expect(names.mentioned('Guillaume').known).toBeFalsy();
    const other = resolver();
    other.listed('Guillaume Charest');
    expect(other.mentioned('Guillaume').id).toBe('person-guillaume-charest');
  });

  it('takes an unknown owner whose words name a group or an office as an organization, not a person', () => {
    const names = resolver();
    expect(names.owner('The Canadian School of Public Service')).toBe('org-canadian-school-of-public-service');
    expect(names.owner('Tools WG')).toBe('body-osab-tools-wg');
    expect(names.owner('Stacey')).toBe('person-stacey');
    expect([...names.people.keys()]).toEqual(['person-stacey']);
  });
});
