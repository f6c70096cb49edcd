import { parseAttendeeEntry } from '../../../src/importer/pipeline/patterns/attendeeEntry';
import { run } from './pipelineHelpers';
import { entriesOfBlock } from '../../../src/importer/pipeline/patterns/peopleList';
import { isPersonName } from '../../../src/importer/pipeline/text/personNames';

/** One attendance entry: the name, then what its parts say (pure; no document around it). */
const affiliationOf = (text: string) => parseAttendeeEntry(text)?.affiliation;

describe('the organisation of an attendance entry', () => {
  it('is the department a unit belongs to, after the person\'s title', () => {
    expect(affiliationOf('Anil Choudhury, Director General, Benefits Delivery Modernization, Department of Citizen Service Operations'))
      .toBe('Department of Citizen Service Operations');
    expect(affiliationOf('Hélène Gauthier-Roy, Directrice générale, Prestation de services aux citoyens, Ministère de la Cybersécurité et des Services gouvernementaux'))
      .toBe('Ministère de la Cybersécurité et des Services gouvernementaux');
    expect(affiliationOf('Mina Park, Director, Digital Credentials Program, Employment and Skills Canada')).toBe('Employment and Skills Canada');
    // The unit repeats its organisation's name.
    expect(affiliationOf('Colin MacAulay, Executive Director, Service New Brunswick Operations, Service New Brunswick')).toBe('Service New Brunswick');
  });

  it('keeps a name that has a comma of its own, and parts that are no unit of a department', () => {
    expect(affiliationOf('Luc Girard, Immigration, Réfugiés et Citoyenneté Canada')).toBe('Immigration, Réfugiés et Citoyenneté Canada');
    expect(affiliationOf('Ravi Shah, Director, Digital Transformation Office, Manitoba Finance')).toBe('Digital Transformation Office, Manitoba Finance');
  });

  it('leaves a researcher\'s or professor\'s title out of it', () => {
    expect(affiliationOf('Dana Wu, Senior Researcher, Northbridge Institute for Digital Trust')).toBe('Northbridge Institute for Digital Trust');
    expect(affiliationOf('Omar Haddad, Associate Professor, Laurentian Shield University')).toBe('Laurentian Shield University');
  });

  it('keeps the period of a company\'s legal form, and drops any other final one', () => {
    expect(affiliationOf('Olivier Brassard, ingénieur, de la firme Groupe Arpents inc.')).toBe('Groupe Arpents inc.');
    expect(affiliationOf('Jane Roe, Palisade Data Inc.')).toBe('Palisade Data Inc.');
    expect(affiliationOf('Jane Roe, Town of Elm.')).toBe('Town of Elm');
  });

  it('is the municipality a mayor is of, written as French place names are', () => {
    expect(affiliationOf('Monsieur Réjean Boisvert, maire de Saint-Fulbert-des-Ormes, président')).toBe('Saint-Fulbert-des-Ormes');
    expect(affiliationOf('M. Yvon Desjardins, maire de Lac-aux-Grèbes')).toBe('Lac-aux-Grèbes');
    // A double surname is no place.
    expect(affiliationOf('Mme Ginette Lavallée-Roy, mairesse')).toBeNull();
  });

  it('is an organisation whose name starts with a seat word, but not the seat itself', () => {
    expect(affiliationOf('Mei Lin Zhou, District Parent Advisory Council')).toBe('District Parent Advisory Council');
    expect(affiliationOf('Luis Ferreira (District of Seabright)')).toBe('District of Seabright');
    expect(affiliationOf('Ann Lee, District 6')).toBeNull();
    expect(affiliationOf('Bob Ray (Ward 3)')).toBeNull();
    expect(affiliationOf('Dale Vandermeer, Public Works Foreman')).toBeNull();
    expect(affiliationOf('Marc Giroux, Rapporteur')).toBeNull();
  });
});

describe('an organisation named after its province', () => {
  it('is the affiliation at the end of an entry, not a second person', () => {
    expect(entriesOfBlock({ kind: 'paragraph', text: 'Curtis Belanger, Director, Digital Transformation Office, Manitoba Finance', lines: [1, 1] })?.map((entry) => [entry.name, entry.affiliation]))
      .toEqual([['Curtis Belanger', 'Digital Transformation Office, Manitoba Finance']]);
    expect(isPersonName('Nova Scotia Health')).toBe(false);
    expect(isPersonName('Moose Crossing Cree Community')).toBe(false);
  });
});

describe('a person\'s own initials in brackets', () => {
  it('are no affiliation: "Hugo Tremblay-Nakogee (HTN), Première Nation de Wahkami"', () => {
    expect(parseAttendeeEntry('Hugo Tremblay-Nakogee (HTN), Première Nation de Wahkami')).toMatchObject({ name: 'Hugo Tremblay-Nakogee', affiliation: 'Première Nation de Wahkami' });
    expect(parseAttendeeEntry('Daniel Giroux (DG)')).toMatchObject({ name: 'Daniel Giroux', affiliation: null });
    expect(parseAttendeeEntry('Jane Doe (TBS)')).toMatchObject({ name: 'Jane Doe', affiliation: 'TBS' });
    expect(parseAttendeeEntry('Mme Karine Poitras, présidente (KP)')).toMatchObject({ name: 'Karine Poitras', affiliation: null, role: 'CHAIR' });
  });
});

describe('members listed by how they attended', () => {
  it('reads "En salle :" and "En ligne :" as the members\' list, not as their organisation', async () => {
    const { extraction } = await run('pv.md', [
      '# Procès-verbal de la réunion du conseil d\'administration', '', '## Présences', '',
      '**En salle :** Josée Lamontagne (JL), présidente; Anik Béland (AB), Canton de Mattawishkwia', '',
      '**En ligne :** Francis Laberge (FL), Collège boréal-Nord', '', '### 1. Ouverture', '', 'La présidente ouvre la réunion.',
    ], 'fr');
    expect(extraction.attendance.map((a) => `${a.name}|${a.role}|${a.affiliation ?? '-'}`)).toEqual([
      'Josée Lamontagne|CHAIR|-', 'Anik Béland|MEMBER|Canton de Mattawishkwia', 'Francis Laberge|MEMBER|Collège boréal-Nord',
    ]);
  });
});
