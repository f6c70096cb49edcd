import { run } from './pipelineHelpers';

const people = (name: string, lines: string[]) => run(name, lines).then(({ extraction }) => extraction.attendance.map(({ name: person, role, affiliation, lines: at }) => `${person ?? '-'}|${role}|${affiliation ?? '-'}@${at[0]}`));

describe('attendance in other layouts', () => {
  it('reads a two-column label block: entries under a label, wrapped lists and one entry a line', async () => {
    expect(await people('board.txt', [
      'MINUTES OF THE REGULAR BOARD MEETING', '',
      'Trustees Present:     Janet Holloway (Chair), Derek Osei (Vice-Chair),',
      '                      Peter Kowalski, Samira Farouk',
      'Student Trustee:      Ava Lindqvist',
      'Regrets:              Trustee Colin Mayhew',
      'Staff Present:        Robert Ellison, Director of Education',
      '                      Karen Liu, Superintendent of Business',
      'Also Present:         Greg Fairbanks, Millbrook Teachers\' Federation',
    ])).toEqual([
      'Janet Holloway|CHAIR|-@3', 'Derek Osei|MEMBER|-@3', 'Peter Kowalski|MEMBER|-@3', 'Samira Farouk|MEMBER|-@3',
      'Ava Lindqvist|MEMBER|-@5', 'Colin Mayhew|REGRETS|-@6', 'Robert Ellison|SECRETARIAT|-@7', 'Karen Liu|SECRETARIAT|-@8',
      'Greg Fairbanks|GUEST|Millbrook Teachers\' Federation@9',
    ]);
  });

  it('reads a French procès-verbal block: "Étaient présents", "Absences motivées", "Secrétaire d\'assemblée", honorifics', async () => {
    expect(await people('pv.txt', [
      'Étaient présents :      M. Alain Bergeron, président',
      '                        Mme Sylvie Pelletier, vice-présidente',
      'Absences motivées :     M. Denis Gauthier, administrateur',
      'Également présents :    M. Luc Fortier, Caisse populaire des Trois-Rives',
      'Secrétaire d\'assemblée : Mme Marie-Ève Girard',
    ])).toEqual([
      'Alain Bergeron|CHAIR|-@1', 'Sylvie Pelletier|MEMBER|-@2', 'Denis Gauthier|REGRETS|-@3',
      'Luc Fortier|GUEST|Caisse populaire des Trois-Rives@4', 'Marie-Ève Girard|SECRETARIAT|-@5',
    ]);
  });

  it('keeps "(Organisation, function)" together and continues a list wrapped after a comma', async () => {
    expect(await people('notes.txt', [
      'Participants : Julien Martel (Ville, coordonnateur), Camille Dufresne (Vélo Lac-Beaumont),',
      'Olivier Nadeau (Société de transport), Marc-André Roy (citoyen)',
      'Absente : Stéphanie Paquin (Chambre de commerce)',
    ])).toEqual([
      'Julien Martel|MEMBER|Ville@1', 'Camille Dufresne|MEMBER|Vélo Lac-Beaumont@1', 'Olivier Nadeau|MEMBER|Société de transport@1',
      'Marc-André Roy|MEMBER|-@1', 'Stéphanie Paquin|REGRETS|Chambre de commerce@3',
    ]);
  });

  it('gives a jurisdiction shaped like a name ("Nova Scotia: Ian MacLeod") to the people it heads', async () => {
    expect(await people('record.md', ['**Participants:**', '', '- Alberta: Brent Sawchuk', '- Nova Scotia: Ian MacLeod, Joanne Lee'])).toEqual([
      'Brent Sawchuk|MEMBER|Alberta@3', 'Ian MacLeod|MEMBER|Nova Scotia@4', 'Joanne Lee|MEMBER|Nova Scotia@4',
    ]);
  });

  it('reads a tab-separated block under "<Body> present:" and "Members absent:", ranks removed', async () => {
    expect(await people('council.txt', [
      'Council Present:\tMayor Brenda Kowalchuk', '\tDeputy Mayor Frank Olsen', 'Members absent:\tCouncillor Wade Purcell',
      'Staff Present:\tDiane Roy, Chief Administrative Officer',
    ])).toEqual(['Brenda Kowalchuk|MEMBER|-@1', 'Frank Olsen|MEMBER|-@2', 'Wade Purcell|REGRETS|-@3', 'Diane Roy|SECRETARIAT|-@4']);
  });

  it('reads a table whose first row names kinds of attendee, one person a line in each column', async () => {
    expect(await people('committee.html', [
      '<h1>Registration Committee – Minutes of May 15, 2025</h1>', '<h2>Attendance</h2>',
      '<table><tr><td>Committee members</td><td>Staff</td><td>Guests</td></tr>',
      '<tr><td>Dana Whitcombe, RRT (Chair)<br>Gordon Lisle, Public Member</td><td>Tomasz Brodeur, Registrar</td><td>Marcus Thiessen, Fairway Legal LLP</td></tr></table>',
      '<p>Regrets: Colin Featherstone, RRT</p>',
    ]).then((rows) => rows.map((row) => row.replace(/@\d+$/u, '')))).toEqual([
      'Dana Whitcombe|CHAIR|-', 'Gordon Lisle|MEMBER|-', 'Tomasz Brodeur|SECRETARIAT|-', 'Marcus Thiessen|GUEST|Fairway Legal LLP', 'Colin Featherstone|REGRETS|-',
    ]);
  });

  it('reads governments by their abbreviations with their people in parentheses, and a long label naming the members', async () => {
    expect(await people('notes.txt', [
      'FPT Heads of Statistics Network -- teleconference notes', 'Thursday May 22, 2025', '',
      'Chair: Helen Marchetti (StatCan)',
      'Participants: BC (Harjit Sandhu), ON (Rebecca Tan, Mark Oduya),',
      '  QC (Sylvie Gagnon)',
      'Regrets: NU, YT', '',
      "Membres du conseil d'administration présents : Nathalie Bouchard, Alain Fortier",
    ])).toEqual([
      'Helen Marchetti|CHAIR|StatCan@4', 'Harjit Sandhu|MEMBER|BC@5', 'Rebecca Tan|MEMBER|ON@5', 'Mark Oduya|MEMBER|ON@5', 'Sylvie Gagnon|MEMBER|QC@5',
      '-|REGRETS|NU@7', '-|REGRETS|YT@7', 'Nathalie Bouchard|MEMBER|-@9', 'Alain Fortier|MEMBER|-@9',
    ]);
  });

  it('reads people written with their function in lower case and their organisation between commas', async () => {
    expect(await people('aga.md', [
      '# Assemblée générale annuelle', '',
      "**Invités :** Louise Béland (Fédération des coopératives), Martine Girouard, vérificatrice (Cabinet Girouard Lemay CPA), Jean-Philippe Marois, conseiller municipal, Municipalité de Sainte-Clotilde, Caisse populaire de Val-Fleuri",
    ])).toEqual([
      'Louise Béland|GUEST|Fédération des coopératives@3', 'Martine Girouard|GUEST|Cabinet Girouard Lemay CPA@3',
      'Jean-Philippe Marois|GUEST|Municipalité de Sainte-Clotilde@3', '-|GUEST|Caisse populaire de Val-Fleuri@3',
    ]);
  });

  it('reads who facilitated and who took notes from a sentence of the introduction, and a "Who attended" table', async () => {
    expect(await people('summary.md', [
      '# Quarterly meeting summary: 5 November 2025', '',
      'Sixteen people joined the fall call. Facilitated by Amara Osei (City of Ridgeford); notes by Julien Gagnon (Ville de Saint-Oreste).', '',
      '## Who attended', '', '| Name | Organization | Province |', '|---|---|---|',
      '| Amara Osei | City of Ridgeford | AB |', '| Derek Fong | City of Toronto | ON |',
    ])).toEqual([
      'Amara Osei|CHAIR|City of Ridgeford@3', 'Julien Gagnon|SECRETARIAT|Ville de Saint-Oreste@3', 'Derek Fong|MEMBER|City of Toronto@10',
    ]);
  });

  it('reads councillors grouped by "Mesdames les conseillères" and the chair closing the list', async () => {
    expect(await people('pv.txt', [
      'PROCÈS-VERBAL DE LA SÉANCE ORDINAIRE DU 8 SEPTEMBRE 2025', '',
      'SONT PRÉSENTS : Mesdames les conseillères Nathalie Bergevin et Josée Lamontagne, Messieurs les conseillers Réjean Tousignant et Gilles Ouimet, formant quorum sous la présidence de monsieur le maire Denis Charbonneau.',
    ])).toEqual([
      'Nathalie Bergevin|MEMBER|-@3', 'Josée Lamontagne|MEMBER|-@3', 'Réjean Tousignant|MEMBER|-@3', 'Gilles Ouimet|MEMBER|-@3', 'Denis Charbonneau|CHAIR|-@3',
    ]);
  });

  it('reads "Directors:" in the header as the members and "Name – Title" entries listed with commas', async () => {
    expect(await people('board.txt', [
      'WESTMARCH PROVINCIAL HOUSING CORPORATION', '', 'Minutes of the Regular Meeting of the Board of Directors', '',
      'Directors: Carol Brennan (Chair), Harjit Sandhu, Owen Teague', '',
      'Executive: Lena Morrow – President and CEO, Dev Ramaswamy – Vice-President, Finance and Chief Financial Officer', '',
      'Also Attending: Maya Trent – Partner, Kellerby & Moss LLP (for item 6)',
    ])).toEqual([
      'Carol Brennan|CHAIR|-@5', 'Harjit Sandhu|MEMBER|-@5', 'Owen Teague|MEMBER|-@5',
      'Lena Morrow|SECRETARIAT|-@7', 'Dev Ramaswamy|SECRETARIAT|-@7', 'Maya Trent|GUEST|Kellerby & Moss LLP@9',
    ]);
  });

  it('reads a ministers\' table by its "Jurisdiction | Minister/Deputy Minister" header, and observers written as sentences under a label', async () => {
    expect(await people('ministers.html', [
      '<h1>Record of Decisions – FPT Ministers Responsible for Seniors</h1>', '<h2>Participants</h2>',
      '<table><tr><th>Jurisdiction</th><th>Minister/Deputy Minister</th></tr>',
      '<tr><td>Canada</td><td>Hon. Nadia Ferreira, Minister of Seniors (Federal co-chair)</td></tr>',
      '<tr><td>Manitoba</td><td>Owen Sigurdson, Deputy Minister, Families and Seniors</td></tr></table>',
      '<p>Observers: Yukon was represented by Tanis Jack, Director of Aging and Continuing Care (Government of Yukon). Ruth Okafor, Executive Director, Canadian Seniors Alliance, and Paul Lindahl, Co-Chair, Elders Advisory Circle, attended the afternoon session as observers.</p>',
    ]).then((rows) => rows.map((row) => row.replace(/@\d+$/u, '')))).toEqual([
      'Nadia Ferreira|CO_CHAIR|Canada', 'Owen Sigurdson|MEMBER|Manitoba', 'Tanis Jack|OBSERVER|Government of Yukon',
      'Ruth Okafor|OBSERVER|Canadian Seniors Alliance', 'Paul Lindahl|OBSERVER|Elders Advisory Circle',
    ]);
  });

  it('keeps a title\'s unit with its person: "Name, Director, Accessibility Programs" is one staff member', async () => {
    expect(await people('staff.txt', [
      'Minutes', '', 'Staff in Attendance', 'Colm Reddy, Director, Accessibility Programs', 'Anjali Roy, Senior Policy Analyst',
    ])).toEqual(['Colm Reddy|SECRETARIAT|-@4', 'Anjali Roy|SECRETARIAT|-@5']);
  });

  it('reads a roll call written as prose: "N members were present at roll call: …", a late arrival, absences and "including" guests', async () => {
    expect(await people('nc.md', [
      '# Minutes', '', '## 1. Call to Order and Roll Call', '',
      'President Ana Ruiz called the meeting to order at 6:30 p.m. Eight of the 11 seated Board Members were present at roll call: Ana Ruiz (President), Tom Keel (Vice President), Lee Park (At-Large, by phone) and Rosa Bell (Renter Representative). Board Member Ivo Grant arrived at 6:50 p.m. Two Board Members were absent: Mia Lund (excused) and Ray Cole.', '',
      'Also attending: 12 stakeholders, including Senior Lead Officer Dana Fox (Harbor Police Department), Ken Ito – Field Deputy, Office of Councilmember Jo Adair, and Pat Moss, Liaison, City Office of Civic Engagement.',
    ]).then((rows) => rows.map((row) => row.replace(/@\d+$/u, '')))).toEqual([
      'Ana Ruiz|CHAIR|-', 'Tom Keel|MEMBER|-', 'Lee Park|MEMBER|-', 'Rosa Bell|MEMBER|-', 'Ivo Grant|MEMBER|-', 'Mia Lund|REGRETS|-', 'Ray Cole|REGRETS|-',
      'Dana Fox|GUEST|Harbor Police Department', 'Ken Ito|GUEST|Office of Councilmember Jo Adair', 'Pat Moss|GUEST|City Office of Civic Engagement',
    ]);
  });

  it('reads a procès-verbal whose opening sentence ends "à laquelle sont présents :", and "Assiste également à la séance A, qui agit à titre de secrétaire"', async () => {
    expect(await people('pv.txt', [
      'PROCÈS-VERBAL DE LA SÉANCE ORDINAIRE DU 6 OCTOBRE 2025', '',
      'Séance ordinaire du conseil de la Municipalité de Saint-Luc tenue le lundi 6 octobre 2025, à 19 h 30, à la salle municipale située au 12, rue Principale, à laquelle sont présents :', '',
      'Mme Josée Tardif, conseillère, siège no 1', 'M. Denis Gagné, conseiller, siège no 2', '',
      'Formant quorum sous la présidence de M. Paul Roy, maire.', '',
      'Assiste également à la séance Mme Lise Caron, directrice générale, qui agit à titre de secrétaire d\'assemblée.', '',
      'Est aussi présent : M. Marc Huot, inspecteur en bâtiment.',
    ]).then((rows) => rows.map((row) => row.replace(/@\d+$/u, '')))).toEqual([
      'Josée Tardif|MEMBER|-', 'Denis Gagné|MEMBER|-', 'Paul Roy|CHAIR|-', 'Lise Caron|SECRETARIAT|-', 'Marc Huot|GUEST|-',
    ]);
  });

  it('reads an attendance checklist (an unticked box is an absence), "Org Representative", "Name / Org / Org" and "(notes)"', async () => {
    expect(await people('tac.md', [
      '# TAC Meeting', '', '## Voting member attendance', '',
      '* [x] Mira Solberg - Chairperson, Tidewell Systems', '* [ ] Hugo Varga, Palisade Data Inc.', '* [x] Nils Aune, Driftwood Project Representative', '',
      '## Other Attendees', '', '* Ola Brandt / Northfold Cloud / Kestrel', '* Wren Castell (notes)',
    ])).toEqual([
      'Mira Solberg|CHAIR|Tidewell Systems@5', 'Hugo Varga|REGRETS|Palisade Data Inc@6', 'Nils Aune|MEMBER|Driftwood Project@7',
      'Ola Brandt|GUEST|Northfold Cloud@11', 'Wren Castell|SECRETARIAT|-@12',
    ]);
  });

  it('reads surnames in capitals, inclusive labels ("excusé-e-s"), a head count closing a list, and a semicolon list whose parts list people', async () => {
    expect(await people('ca.md', [
      '# CA', '', '## Participation', '', 'membres présents :', '', '- Mathieu OUELLET', '- Chloé BERGERON-LAVOIE, trésorière', '',
      'excusé-e-s :', '', '- Olivier CÔTÉ', '', 'invité-e-s : Kevin Nguyen (Ville de Mirabel), Rosalie Gaudreault — chargée de projet, 2 membres', '',
      '**Committee members:** Dr. Fiona Hale (Co-Chair) and Rémi Lavallée (Co-Chair); Ana Warsame, Colleen Ptarmigan, Dr. Suresh Venkat.',
    ]).then((rows) => rows.map((row) => row.replace(/@\d+$/u, '')))).toEqual([
      'Mathieu OUELLET|MEMBER|-', 'Chloé BERGERON-LAVOIE|MEMBER|-', 'Olivier CÔTÉ|REGRETS|-', 'Kevin Nguyen|GUEST|Ville de Mirabel', 'Rosalie Gaudreault|GUEST|-',
      'Fiona Hale|CO_CHAIR|-', 'Rémi Lavallée|CO_CHAIR|-', 'Ana Warsame|MEMBER|-', 'Colleen Ptarmigan|MEMBER|-', 'Suresh Venkat|MEMBER|-',
    ]);
  });

  it('reads "Name / Org / @handle (facilitating)" entries, and a label whose list runs on the lines below its own', async () => {
    expect(await people('notes.md', [
      '# Community call', '', '### Attending', '', '- Mara Okon / Halyard Labs / @mokon (facilitating)', '- Teo Valdes / independent / @tvaldes (notes)', '- Kwame Asante / @kasante',
    ])).toEqual(['Mara Okon|CHAIR|Halyard Labs@5', 'Teo Valdes|SECRETARIAT|-@6', 'Kwame Asante|MEMBER|-@7']);
    expect(await people('cr.txt', [
      'Compte rendu de la rencontre de la Table', '', 'Présences :\tGinette Roy, présidente, Association des retraités',
      'Réjean Lapointe, Club FADOQ de Sainte-Aldégonde', 'Nadia Cormier, organisatrice communautaire, CISSS des Collines', '',
      'Absences motivées :', 'Marc Gingras, Office municipal d\'habitation',
    ])).toEqual([
      'Ginette Roy|CHAIR|Association des retraités@3', 'Réjean Lapointe|MEMBER|Club FADOQ de Sainte-Aldégonde@4',
      'Nadia Cormier|MEMBER|CISSS des Collines@5', 'Marc Gingras|REGRETS|Office municipal d\'habitation@8',
    ]);
  });

  it('reads initials in brackets and arrival times as no part of an entry, a role in a label\'s parentheses, and a label item over a table', async () => {
    expect(await people('ca.md', [
      '# PV', '', '## PRÉSENTS :', '', '**Administrateurs**', '- Jean-Philippe Auclair [JPA], membre utilisateur (18:30)', '',
      '**Employée**', '- Annie Bérubé [ACB], coordonnatrice', '', '**Membres de la coop (observateurs)**', '- Thérèse Lamy', '',
      '## Attendance', '', '* Host: Ingrid Solberg', '* Council members:', '', '| Name | Affiliation | Present |', '|---|---|---|',
      '| Adaeze Okonkwo | Lumenfield Analytics | yes |', '| Mei-Ling Tsou | Tidewater Library | regrets |',
    ])).toEqual([
      'Jean-Philippe Auclair|MEMBER|-@6', 'Annie Bérubé|SECRETARIAT|-@9', 'Thérèse Lamy|OBSERVER|-@12', 'Ingrid Solberg|CHAIR|-@16',
      'Adaeze Okonkwo|MEMBER|Lumenfield Analytics@21', 'Mei-Ling Tsou|REGRETS|Tidewater Library@22',
    ]);
  });
});

describe('an FPT record: a jurisdiction table and a secretariat shared by two people', () => {
  it('reads "Administration | Participantes et participants" as a people table, a row without its jurisdiction as the one above, and "A et B, Org"', async () => {
    const { extraction } = await run('cr.md', [
      '# Compte rendu des décisions', '',
      '## Présences', '',
      '| Administration | Participantes et participants |',
      '|---|---|',
      '| Canada | Hélène Varga-Doucet, coprésidente |',
      '| | Nathaniel Obi |',
      '| Québec | Amélie Gendreau |', '',
      'Secrétariat : Bérénice Lavoie et Tomasz Wójcik, Secrétariat des conseils conjoints', '',
      '## 1. Mot d\'ouverture', '',
      'Les coprésidentes souhaitent la bienvenue aux membres.',
    ], 'fr');
    expect(extraction.attendance.map(({ name, role, affiliation }) => `${name}|${role}|${affiliation}`)).toEqual([
      'Hélène Varga-Doucet|CO_CHAIR|Canada', 'Nathaniel Obi|MEMBER|Canada', 'Amélie Gendreau|MEMBER|Québec',
      'Bérénice Lavoie|SECRETARIAT|Secrétariat des conseils conjoints', 'Tomasz Wójcik|SECRETARIAT|Secrétariat des conseils conjoints',
    ]);
  });
});

describe('a participants table by jurisdiction in markdown, with role rows', () => {
  it('reads an absent government, a secretariat row and a guest row, and no chair from "Led by the Department"', async () => {
    expect(await people('summary.md', [
      '# Working Group — Meeting Summary', '',
      '*Led by the Manitoba Department of Public Service Delivery, Procurement Policy Branch.*', '',
      '## Participants', '',
      '| Jurisdiction | Participants |', '|---|---|',
      '| Manitoba | Delphine Okafor (Chair); Rupert Haldane |',
      '| Saskatchewan | Regrets |',
      '| Ontario | Mireille Audet-Kwan |',
      '| Secretariat | Fenella Brightwater; Jun-ho Park (note-taker) |',
      '| Guest | Dr. Ysolde Marchetti, Accessibility Standards Canada (item 3) |', '',
      '## 1. Welcome', '', 'Delphine welcomed members.',
    ])).toEqual([
      'Delphine Okafor|CHAIR|Manitoba@9', 'Rupert Haldane|MEMBER|Manitoba@9', '-|REGRETS|Saskatchewan@10', 'Mireille Audet-Kwan|MEMBER|Ontario@11',
      'Fenella Brightwater|SECRETARIAT|-@12', 'Jun-ho Park|SECRETARIAT|-@12', 'Ysolde Marchetti|GUEST|Accessibility Standards Canada@13',
    ]);
  });
});
