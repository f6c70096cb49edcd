import { run } from './pipelineHelpers';

const people = (lines: string[], name = 'minutes.md') => run(name, lines).then(({ extraction }) => extraction.attendance.map(({ name: person, role, affiliation, lines: at }) => ({ person, role, affiliation, line: at[0] })));

describe('attendance', () => {
  it('reads "Present: A, B and C" with a "(Chair)" annotation, and "Regrets:"', async () => {
    expect(await people(['**Present:** Dana Whitfield (Chair), Omar Haddad, Lucie Tremblay, Raj Patel and Grace O\'Connor', '**Regrets:** Tom Brennan, Aisha Karim'])).toEqual([
      { person: 'Dana Whitfield', role: 'CHAIR', affiliation: null, line: 1 },
      { person: 'Omar Haddad', role: 'MEMBER', affiliation: null, line: 1 },
      { person: 'Lucie Tremblay', role: 'MEMBER', affiliation: null, line: 1 },
      { person: 'Raj Patel', role: 'MEMBER', affiliation: null, line: 1 },
      { person: 'Grace O\'Connor', role: 'MEMBER', affiliation: null, line: 1 },
      { person: 'Tom Brennan', role: 'REGRETS', affiliation: null, line: 2 },
      { person: 'Aisha Karim', role: 'REGRETS', affiliation: null, line: 2 },
    ]);
  });

  it('reads "Directors present: A, B, and C" (serial comma)', async () => {
    expect((await people(['Directors present: Ann Lee, Bo Chen, and Carla Diaz', '', 'The board met.'], 'm.txt')).map((p) => p.person)).toEqual(['Ann Lee', 'Bo Chen', 'Carla Diaz']);
  });

  it('gives the organisation of an "Org: A, B and C" entry to each person', async () => {
    expect(await people(['## Attendees', '', '* TBS: Heather Laird, Stacey Williams and Melanie Robert', '* Dugald Topshee, Justice'])).toEqual([
      { person: 'Heather Laird', role: 'MEMBER', affiliation: 'TBS', line: 3 },
      { person: 'Stacey Williams', role: 'MEMBER', affiliation: 'TBS', line: 3 },
      { person: 'Melanie Robert', role: 'MEMBER', affiliation: 'TBS', line: 3 },
      { person: 'Dugald Topshee', role: 'MEMBER', affiliation: 'Justice', line: 4 },
    ]);
  });

  it('separates names from titles and organisations in the common forms', async () => {
    expect(await people([
      '**Staff:** Paul Nguyen, Recording Secretary (City of Port Alder)',
      '**Guests:** Constable Mark Delaney (Port Alder Police Service); Helen Cho, Port Alder Public Library',
      '**Presenter:** Sarah Mitchell, Parks Planning, City of Port Alder',
    ])).toEqual([
      { person: 'Paul Nguyen', role: 'SECRETARIAT', affiliation: 'City of Port Alder', line: 1 },
      { person: 'Mark Delaney', role: 'GUEST', affiliation: 'Port Alder Police Service', line: 2 },
      { person: 'Helen Cho', role: 'GUEST', affiliation: 'Port Alder Public Library', line: 2 },
      { person: 'Sarah Mitchell', role: 'PRESENTER', affiliation: 'Parks Planning, City of Port Alder', line: 3 },
    ]);
  });

  it('reads French lists: honorifics dropped, "présidente" as chair, a function is no affiliation', async () => {
    expect(await people([
      'Présents : Mme Hélène Gagnon, présidente; M. Karim Benali',
      'Également présents : Mme Isabelle Côté, agente de liaison, Ville de Saint-Aubert',
      'Observateurs : six résidents du quartier',
    ], 'pv.txt')).toEqual([
      { person: 'Hélène Gagnon', role: 'CHAIR', affiliation: null, line: 1 },
      { person: 'Karim Benali', role: 'MEMBER', affiliation: null, line: 1 },
      { person: 'Isabelle Côté', role: 'GUEST', affiliation: 'Ville de Saint-Aubert', line: 2 },
    ]);
  });

  it('reads OSAB list items: "Name, Org", "Name (Org)", "Name Org", a co-chair, organisation-only entries', async () => {
    expect(await people(['Attendees', '* Jack Gulas, Co-chair, Yoppworks', '* Al Akdari MongoDB', '* Sébastien Lemay (TBS)', '* Noureen, Microsoft', '* CSPS', '* Intel', '* John Campbell,'])).toEqual([
      { person: 'Jack Gulas', role: 'CO_CHAIR', affiliation: 'Yoppworks', line: 2 },
      { person: 'Al Akdari', role: 'MEMBER', affiliation: 'MongoDB', line: 3 },
      { person: 'Sébastien Lemay', role: 'MEMBER', affiliation: 'TBS', line: 4 },
      { person: 'Noureen', role: 'MEMBER', affiliation: 'Microsoft', line: 5 },
      { person: null, role: 'MEMBER', affiliation: 'CSPS', line: 6 },
      { person: null, role: 'MEMBER', affiliation: 'Intel', line: 7 },
      { person: 'John Campbell', role: 'MEMBER', affiliation: null, line: 8 },
    ]);
  });

  it('reads a separating dash with no space before it, or with nothing after it (OSAB Tools WG, 2019-02-05 and 2019-03-13)', async () => {
    expect(await people(['Attendees', '* Sang Trinh - ', '* Mike Nguyen- GitHub', '* Reg Maltais - SSC', '* Robert Ahenakew- Lyons'])).toEqual([
      { person: 'Sang Trinh', role: 'MEMBER', affiliation: null, line: 2 },
      { person: 'Mike Nguyen', role: 'MEMBER', affiliation: 'GitHub', line: 3 },
      { person: 'Reg Maltais', role: 'MEMBER', affiliation: 'SSC', line: 4 },
      // A double name broken where the line wrapped stays one name.
      { person: 'Robert Ahenakew-Lyons', role: 'MEMBER', affiliation: null, line: 5 },
    ]);
  });

  it('never merges two people who share a first name or a surname; a person listed twice counts once', async () => {
    const names = (await people(['## Present', '', '* Mick Nguyen', '* Mike Nguyen', '* Martin, SSC', '* Philippe Martin, Cloudera', '* Fraser', '* Ashley Casovan', '* Fraser'])).map((p) => `${p.person}@${p.line}`);
    expect(names).toEqual(['Mick Nguyen@3', 'Mike Nguyen@4', 'Martin@5', 'Philippe Martin@6', 'Fraser@7', 'Ashley Casovan@8']);
  });

  it('reads "First Last Organisation" lines of a record without punctuation', async () => {
    expect(await people(['Présence', 'Coprésidents du CPSSP', '', 'Catherine Bennett Emploi et Développement social Canada/Service Canada', 'Mark Burns Yukon', '', 'Membres du CPSSP', '', 'Deb Bergey Municipal Service Delivery Officials (MSDO) (Région de Waterloo)', 'Shelley Darlington MSDO (région de Norfolk)'], 'r.txt')).toEqual([
      { person: 'Catherine Bennett', role: 'CO_CHAIR', affiliation: 'Emploi et Développement social Canada/Service Canada', line: 4 },
      { person: 'Mark Burns', role: 'CO_CHAIR', affiliation: 'Yukon', line: 5 },
      { person: 'Deb Bergey', role: 'MEMBER', affiliation: 'Municipal Service Delivery Officials (MSDO) (Région de Waterloo)', line: 9 },
      { person: 'Shelley Darlington', role: 'MEMBER', affiliation: 'MSDO (région de Norfolk)', line: 10 },
    ]);
  });

  it('reads a table of attendees, its header row aside', async () => {
    expect(await people(['## Attendees', '', '| Name | Organization |', '|---|---|', '| Ann Lee | City of Port Alder |', '| Bo Chen | Library |'])).toEqual([
      { person: 'Ann Lee', role: 'MEMBER', affiliation: 'City of Port Alder', line: 5 },
      { person: 'Bo Chen', role: 'MEMBER', affiliation: 'Library', line: 6 },
    ]);
  });

  it('does not take the body\'s own name, marked beside a member, for an affiliation', async () => {
    expect(await people(['# Pellucid Technical Steering Committee (TSC) Meeting', '', '## Present', '', '* Tobias Lindqvist @tlindqvist (TSC, chair) - Quayside Labs', '* Dariusz Wolak (TSC)', '* Ana Ruiz, TSC liaison, Northbeam'])).toEqual([
      { person: 'Tobias Lindqvist', role: 'CHAIR', affiliation: 'Quayside Labs', line: 5 },
      { person: 'Dariusz Wolak', role: 'MEMBER', affiliation: null, line: 6 },
      { person: 'Ana Ruiz', role: 'MEMBER', affiliation: 'Northbeam', line: 7 },
    ]);
  });
});
