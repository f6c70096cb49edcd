import { composedPeopleLabel } from '../../../src/importer/pipeline/structure/composedLabel';
import { lookUpPeopleLabel } from '../../../src/importer/pipeline/structure/headingLexicon';
import { parseAttendeeEntry } from '../../../src/importer/pipeline/patterns/attendeeEntry';
import { run } from './pipelineHelpers';

const people = (name: string, lines: string[]) => run(name, lines).then(({ extraction }) => extraction.attendance.map(({ name: person, role, affiliation, lines: at }) => `${person ?? '-'}|${role}|${affiliation ?? '-'}@${at[0]}`));

describe('rolls of municipal and public bodies', () => {
  it('reads seat labels under "Members Present:" and the absent and secretary sentences after them', async () => {
    expect(await people('rm.txt', [
      'Minutes of the Regular Meeting of Council held Wednesday, April 9th, 2025.',
      'Members Present:',
      'Reeve: Harold Kowalchuk',
      'Councillors: Wilma Dyck, Stan Ferens and Ivan Sorensen.',
      'Councillor Tkachuk was absent with notice.',
      'CAO Brenda Olafson was present and acted as secretary.',
      'Finance Officer Gail Mazur was also present.',
      '1. Call to Order',
    ]).then((found) => found.map((entry) => entry.replace(/@\d+$/u, '')))).toEqual([
      'Harold Kowalchuk|MEMBER|-', 'Wilma Dyck|MEMBER|-', 'Stan Ferens|MEMBER|-', 'Ivan Sorensen|MEMBER|-',
      'Tkachuk|REGRETS|-', 'Brenda Olafson|SECRETARIAT|-', 'Gail Mazur|GUEST|-',
    ]);
  });

  it('keeps a seat label inside a labelled block as more of its list', async () => {
    expect(await people('village.txt', [
      'PRESENT:          Mayor Doreen Halvorsen',
      '                  Councillors: Ray Kostiuk, Owen Baptiste',
      '                  Administrator – Carla Jessop',
      '',
      'REGRETS:          Councillor Wendell Pryce',
    ])).toEqual(['Doreen Halvorsen|MEMBER|-@1', 'Ray Kostiuk|MEMBER|-@2', 'Owen Baptiste|MEMBER|-@2', 'Carla Jessop|MEMBER|-@3', 'Wendell Pryce|REGRETS|-@5']);
  });

  it('reads labels set off by a slash, as a table copied with its cells', async () => {
    expect(await people('league.txt', [
      'Board Meeting Minutes',
      'PRESENT / Priya, Tomasz, Wendell',
      'REGRETS / Hana, Luis, Odette',
      '',
      'Item / Discussion / Action',
    ])).toEqual(['Priya|MEMBER|-@2', 'Tomasz|MEMBER|-@2', 'Wendell|MEMBER|-@2', 'Hana|REGRETS|-@3', 'Luis|REGRETS|-@3', 'Odette|REGRETS|-@3']);
  });

  it('reads attendance paragraphs whose labels say who, in what role, with "were"', async () => {
    expect(await people('boh.md', [
      'Members in attendance were: Ms. Audrey Fenwick (Chair), Mr. Paul Gagnon and Mr. Victor Szabo.', '',
      'Member(s) with regrets: Ms. Beatrice Lowe.', '',
      'Staff members in attendance were: Mr. Colin Baptie and Ms. Dolores Kwan.', '',
      'Guests in attendance were: Mr. Graham Voss, Baker Ridley LLP.',
    ])).toEqual([
      'Audrey Fenwick|CHAIR|-@1', 'Paul Gagnon|MEMBER|-@1', 'Victor Szabo|MEMBER|-@1', 'Beatrice Lowe|REGRETS|-@3',
      'Colin Baptie|SECRETARIAT|-@5', 'Dolores Kwan|SECRETARIAT|-@5', 'Graham Voss|GUEST|Baker Ridley LLP@7',
    ]);
  });

  it('gives the people "also present" the guest role whatever their office', async () => {
    expect(await people('board.txt', [
      'TRUSTEES PRESENT:   K. Almeida, Chair',
      'ALSO PRESENT:       B. Kaminski, Secretary-Treasurer',
      '                    F. Osei, Director of Human Resources',
    ])).toEqual(['K. Almeida|CHAIR|-@1', 'B. Kaminski|GUEST|-@2', 'F. Osei|GUEST|-@3']);
  });
});

describe('people labels', () => {
  it('reads a label in both languages by either half', () => {
    expect(lookUpPeopleLabel('Substitutions present / Membres remplaçants présents')).toEqual({ kind: 'attendance', role: 'MEMBER' });
    expect(lookUpPeopleLabel('Decisions / Décisions')).toBeNull();
  });

  it('reads how members took part as their attendance', () => {
    expect(lookUpPeopleLabel('VIA VIDEO CONFERENCE')).toEqual({ kind: 'attendance', role: 'MEMBER' });
    expect(lookUpPeopleLabel('Remote Participation')).toEqual({ kind: 'attendance', role: 'MEMBER' });
  });

  it('composes a label from who and a word of presence, but not a clause or a government with its role', () => {
    expect(composedPeopleLabel('Ex-officio member(s) in attendance')).toEqual({ kind: 'attendance', role: 'MEMBER' });
    expect(composedPeopleLabel("Membres du conseil d'administration présents")).toEqual({ kind: 'attendance', role: 'MEMBER' });
    expect(composedPeopleLabel('Observers present')).toEqual({ kind: 'attendance', role: 'OBSERVER' });
    expect(composedPeopleLabel("et résolu à l'unanimité des délégués présents")).toBeNull();
    expect(composedPeopleLabel('Quebec (observer)')).toBeNull();
    expect(composedPeopleLabel('Budget')).toBeNull();
  });

  it('reads a title written before an initial and a surname', () => {
    expect(parseAttendeeEntry('KLPS Solicitor B. Yee')).toMatchObject({ name: 'B. Yee', affiliation: null });
    expect(parseAttendeeEntry('Secretary P. Nakoda')).toMatchObject({ name: 'P. Nakoda', role: 'SECRETARIAT' });
  });
});

describe('French rolls written with civilities', () => {
  it('reads category labels under "Présents :" as its groups, and surnames in capitals after a civility', async () => {
    expect(await people('ecole.md', [
      "# Conseil d'école du 6 novembre 2025", '',
      '**Présents :**', '',
      'Enseignant(e)s :',
      '- Mme LE GALL-MOREAU (directrice, présidente du conseil)',
      '- M. ROPARS', '',
      "Parents d'élèves :",
      "- Mme N'DIAYE",
      '- M. LE BIHAN', '',
      "Excusés : Mme RIOU (Inspectrice de l'Education nationale), M. LAUNAY (enseignant), Mme QUÉRÉ et M. FLOCH (parents élus).", '',
      'Le conseil débute à 17h40.',
    ])).toEqual([
      'LE GALL-MOREAU|CHAIR|-@6', 'ROPARS|MEMBER|-@7', "N'DIAYE|MEMBER|-@10", 'LE BIHAN|MEMBER|-@11',
      'RIOU|REGRETS|-@13', 'LAUNAY|REGRETS|-@13', 'QUÉRÉ|REGRETS|-@13', 'FLOCH|REGRETS|-@13',
    ]);
  });

  it('keeps every name after a plural title a person, and "Prof." opens an entry of its own', async () => {
    expect(await people('senate.html.txt', [
      'WITNESSES:',
      'Brightwater Assurance LLP:',
      'Colette Mbeki-Fournier, Partner, Public Sector Assurance.',
      '',
      'Members of the committee present: The Honourable Senators Achterberg, Baptiste-Lowe (Nova Scotia), Delorme and Oyelaran (4).',
    ]).then((found) => found.filter((entry) => !entry.startsWith('Colette')))).toEqual([
      'Achterberg|MEMBER|-@5', 'Baptiste-Lowe|MEMBER|Nova Scotia@5', 'Delorme|MEMBER|-@5', 'Oyelaran|MEMBER|-@5',
    ]);
    expect(await people('senate.txt', ['PRESENT: Dr. Elaine Marchbank (Chair), Dr. Rohan Mehta, Prof. Samuel Okafor.']))
      .toEqual(['Elaine Marchbank|CHAIR|-@1', 'Rohan Mehta|MEMBER|-@1', 'Samuel Okafor|MEMBER|-@1']);
  });
});

describe('British and New Zealand rolls', () => {
  it('reads initials without full stops, group titles after a full stop and a second label inside an item', async () => {
    expect(await people('tuc.txt', [
      'Minutes of Delegate Meeting', '',
      '1. Attendance: Bros. T Hargreaves, D Lomax, W Ashcroft. Sis. J Okafor-Reece, A Whitworth. Observers: Sis. H Mistry (Northvale College SU), Bro. C Ellery.',
      'Apologies: Bros. G Thwaite, Sis. E Latimer.',
    ])).toEqual([
      'T Hargreaves|MEMBER|-@3', 'D Lomax|MEMBER|-@3', 'W Ashcroft|MEMBER|-@3', 'J Okafor-Reece|MEMBER|-@3', 'A Whitworth|MEMBER|-@3',
      'H Mistry|OBSERVER|Northvale College SU@3', 'C Ellery|OBSERVER|-@3', 'G Thwaite|REGRETS|-@4', 'E Latimer|REGRETS|-@4',
    ]);
  });

  it('reads a roll grouped by rank between semicolons', async () => {
    expect(await people('board.txt', [
      'PRESENT:        Professor E Rautahi (Chair); Professors K Beaumont and S Tupaea; Associate Professors',
      '                A Mahuika and R Valentine; Drs H Fairweather and T Lusk; B Pomare and C Whitlock',
    ]).then((found) => found.map((entry) => entry.replace(/@\d+$/u, '')))).toEqual([
      'E Rautahi|CHAIR|-', 'K Beaumont|MEMBER|-', 'S Tupaea|MEMBER|-', 'A Mahuika|MEMBER|-', 'R Valentine|MEMBER|-',
      'H Fairweather|MEMBER|-', 'T Lusk|MEMBER|-', 'B Pomare|MEMBER|-', 'C Whitlock|MEMBER|-',
    ]);
  });
});

describe('rolls of intergovernmental committees', () => {
  it('joins a labelled list wrapped inside a name, and reads an organisation heading its people under the roll', async () => {
    expect(await people('crpr.txt', [
      'Présents :', '',
      'Comité : Geneviève Trudel-Lasalle (coprésidente); Oluwaseun Adebayo (coprésident); Marjolaine',
      'Cyr, Bernard Kowalczyk, Nour Haddad.', '',
      'Absents : Fabienne Morissette', '',
      'Agence canadienne de santé publique (ACSP) : Marie-Ève Gendron, gestionnaire; Adrien Lafleur, analyste principal.',
    ]).then((found) => found.map((entry) => entry.replace(/@\d+$/u, '')))).toEqual([
      'Geneviève Trudel-Lasalle|CO_CHAIR|-', 'Oluwaseun Adebayo|CO_CHAIR|-', 'Marjolaine Cyr|MEMBER|-', 'Bernard Kowalczyk|MEMBER|-',
      'Nour Haddad|MEMBER|-', 'Fabienne Morissette|REGRETS|-', 'Marie-Ève Gendron|MEMBER|Agence canadienne de santé publique (ACSP)',
      'Adrien Lafleur|MEMBER|Agence canadienne de santé publique (ACSP)',
    ]);
  });

  it('gives a co-chair named again below the roll the co-chair role at the first line', async () => {
    expect(await people('idlc.md', [
      '## Attendees', '',
      '| Jurisdiction | Name | Title |', '|---|---|---|',
      '| Canada | Geneviève Arsenault | Deputy Chief Information Officer |',
      '| Manitoba | Darnell Fontaine | Chief Service Officer |', '',
      'Co-chairs: Geneviève Arsenault (Canada); Darnell Fontaine (Manitoba)',
    ])).toEqual(['Geneviève Arsenault|CO_CHAIR|Canada@5', 'Darnell Fontaine|CO_CHAIR|Manitoba@6']);
  });
});

describe('French labels and surname-first rolls', () => {
  it('reads a roll written "SURNAME, Given – unit" in every list of the document', async () => {
    expect(await people('aspg.md', [
      '# Procès-verbal', '',
      '**Présents**', '',
      'BÉLANGER, Olivier – ING-MTMD', 'BOUCHARD, Nadia – AGR-MAPAQ', 'CÔTÉ-RIOUX, Manon – BIO-MELCCFP', '',
      '**Observateurs**', '',
      'BERGERON, Éloïse – AGR-MAPAQ', '',
      '**Absences motivées**', '',
      'LANDRY, Véronique – BIO-MELCCFP', '',
      '1. **Ouverture de la séance**',
    ])).toEqual([
      'BÉLANGER, Olivier|MEMBER|ING-MTMD@5', 'BOUCHARD, Nadia|MEMBER|AGR-MAPAQ@6', 'CÔTÉ-RIOUX, Manon|MEMBER|BIO-MELCCFP@7',
      'BERGERON, Éloïse|OBSERVER|AGR-MAPAQ@11', 'LANDRY, Véronique|REGRETS|BIO-MELCCFP@15',
    ]);
  });

  it('reads singular and inclusive labels of absence, and no sentence whose verb is "présente"', () => {
    expect(lookUpPeopleLabel('Était absente')).toEqual({ kind: 'regrets', role: 'REGRETS' });
    expect(lookUpPeopleLabel('Excusé(e)(s)')).toEqual({ kind: 'regrets', role: 'REGRETS' });
    expect(composedPeopleLabel('Also present for part of Day 2')).toEqual({ kind: 'attendance', role: 'GUEST' });
    expect(composedPeopleLabel('Émilie R. présente deux options')).toBeNull();
    expect(composedPeopleLabel('[ACB] présente le rapport de la coordination')).toBeNull();
  });
});
