import { run } from './pipelineHelpers';

/** Minutes as wiki and workspace tools export them, and the French conventions met beside them. */
describe('wiki exports: mentions of full names', () => {
  it('reads "@Full Name" in a participants table as the name, its Team column as the affiliation', async () => {
    const { extraction } = await run('notes.html', [
      '<h1>Space : 2025-03-11 Portal Working Group</h1>', '<h2>Participants</h2>',
      '<table><tr><th>Name</th><th>Team</th><th>Role</th></tr>',
      '<tr><td><a class="user-mention">@Wren Okafor</a></td><td>Member Services</td><td>Chair</td></tr>',
      '<tr><td><a class="user-mention">@Bram Achterberg</a></td><td>Identity &amp; Access</td><td>Member</td></tr></table>',
      '<p>Regrets: @Tomasz Ilievski</p>',
    ]);
    expect(extraction.attendance.map(({ name, role, affiliation }) => [name, role, affiliation])).toEqual([
      ['Wren Okafor', 'CHAIR', 'Member Services'],
      ['Bram Achterberg', 'MEMBER', 'Identity & Access'],
      ['Tomasz Ilievski', 'REGRETS', null],
    ]);
  });

  it('gives a task to the mentioned people before it, without their "@"', async () => {
    const { extraction } = await run('notes.md', [
      '# Portal WG', '', '## Action items', '',
      '- @Signe Halvorsen confirm with the regulator that email codes satisfy the requirement',
      '- @Kofi Mbeki-Larsen and @Wren Okafor write the scripted outage message',
      '- @Patrick et @Hélène — proposer un modèle de banque de bénévoles',
    ]);
    expect(extraction.actionItems.map((item) => item.owners)).toEqual([['Signe Halvorsen'], ['Kofi Mbeki-Larsen', 'Wren Okafor'], ['Patrick', 'Hélène']]);
  });

  it('reads "Name: <noun> … was …" in discussion as reported words, not a task', async () => {
    const { extraction } = await run('notes.md', [
      '# Notes', '', '## Attendees', '', '- Kofi Mbeki-Larsen', '- Dalia Fenwick', '', '## Discussion', '',
      'Kofi: call volume on 18 and 19 February was four times the usual level.',
      'Dalia: send the funnel dashboard that was shown to the group.',
    ]);
    expect(extraction.actionItems.map((item) => [item.lines[0], item.owners])).toEqual([[11, ['Dalia']]]);
  });
});

describe('decision tables with a status', () => {
  it('leaves out the rows whose status decides nothing', async () => {
    const { extraction } = await run('notes.md', [
      '# Portal WG', '', '## Decisions', '', '| Decision | Status | Impact |', '|---|---|---|',
      '| Passkey sign-in becomes the default for new portal accounts | DECIDED | High |',
      '| Outsource the outage message line to an answering service | NOT DECIDED - revisit 25 Mar | Low |',
    ]);
    expect(extraction.decisions.map((decision) => decision.text)).toEqual(['Passkey sign-in becomes the default for new portal accounts']);
  });

  it('reads a « Relevé de décisions » table, a rejected proposal left out', async () => {
    const { extraction } = await run('cr.md', [
      '# Comité syndical', '', '## Relevé de décisions', '', '| N° | Objet | Décision | Vote |', '|---|---|---|---|',
      '| 2025-031 | Compte rendu | Le comité syndical approuve le compte rendu de la séance du 26 juin 2025 sans modification. | Unanimité |',
      '| — | Motion sur la déchetterie | Proposition d\'ouverture le dimanche matin présentée par M. Aubrac-Lenoir : rejetée. | 3 pour, 9 contre |',
    ], 'fr');
    expect(extraction.decisions.map((decision) => decision.lines[0])).toEqual([7]);
  });
});

describe('French names with a particle', () => {
  it('reads a long « Étaient présents » line whose names hold a capitalised particle', async () => {
    const { extraction } = await run('cr.md', [
      '# Comité syndical', '',
      '**Étaient présents :** Mme Hélène Vaudrey (présidente), M. Joël Parmentier, Mme Adeline Sorbier, M. Tristan Le Goff-Malaval, Mme Nadège Bouchereau, M. Fabien Ortolan, Mme Claire-Anne Duvivier, M. Serge Aubrac-Lenoir',
      '', '**Étaient absents excusés :** M. Didier Ravanel, M. Ben Adeyemi',
    ], 'fr');
    expect(extraction.attendance.map((attendee) => attendee.name)).toEqual([
      'Hélène Vaudrey', 'Joël Parmentier', 'Adeline Sorbier', 'Tristan Le Goff-Malaval', 'Nadège Bouchereau', 'Fabien Ortolan',
      'Claire-Anne Duvivier', 'Serge Aubrac-Lenoir', 'Didier Ravanel', 'Ben Adeyemi',
    ]);
  });

  it('keeps « Le » of a surname after a title when it names an owner', async () => {
    const { extraction } = await run('cr.md', [
      '# Comité syndical', '', '## Suivi des actions', '',
      '- M. Le Goff-Malaval et Mme Belkadi : préparer l\'étude sur la tarification sociale — comité de janvier 2026',
    ], 'fr');
    expect(extraction.actionItems.map((item) => item.owners)).toEqual([['Le Goff-Malaval', 'Belkadi']]);
  });
});

describe('rolls written surname first', () => {
  it('reads "Surname, Given" entries as names when the document writes its roll that way', async () => {
    const { extraction } = await run('pv.md', [
      '# Procès-verbal du conseil de faculté', '', '**Étaient présent·e·s**', '',
      '- *Corps professoral* : Aubin-Kaya, Mélodie (doyenne, présidente); Desrosiers, Luc; Van Houtte, Annelies',
      '- *Étudiantes et étudiants* : Benali, Yanis; Tremblay, Océane', '',
      '**Invitée** : Marchand, Élise (Bureau du registraire)',
    ], 'fr');
    expect(extraction.attendance.map(({ name, role, affiliation }) => [name, role, affiliation])).toEqual([
      ['Aubin-Kaya, Mélodie', 'CHAIR', null], ['Desrosiers, Luc', 'MEMBER', null], ['Van Houtte, Annelies', 'MEMBER', null],
      ['Benali, Yanis', 'MEMBER', null], ['Tremblay, Océane', 'MEMBER', null], ['Marchand, Élise', 'GUEST', 'Bureau du registraire'],
    ]);
  });

  it('keeps a lone "Name, Organisation" an affiliation where the roll is not written surname first', async () => {
    const { extraction } = await run('wg.md', ['# Attendees', '* Caster, Github', '* Will Stevens, Cloud Ops']);
    expect(extraction.attendance.map(({ name, affiliation }) => [name, affiliation])).toEqual([['Caster', 'Github'], ['Will Stevens', 'Cloud Ops']]);
  });
});

describe('a roll run on without punctuation between name and organisation', () => {
  it('reads "Title First Last Organisation, …" entries as people of those organisations, the document\'s other lists alike', async () => {
    const { extraction } = await run('minutes.txt', [
      'Regional Economic Development Board', 'Executive Board Meeting Minutes – July 9, 2025', '',
      'Present: Councillor Joanne Vickery Township of Elsdale (Chair), Mayor Ardal Finnerty Village of',
      'Crosby Mills, Hollis Brandvold RNREDB, Chief Darlene Kewageshig Miskwaa Point First Nation, Wendell Osei Guest.', '',
      'Regrets: Silas Hartigan Crosby Mills BIA, Nadia Froese.',
    ]);
    expect(extraction.attendance.map(({ name, role, affiliation }) => [name, role, affiliation])).toEqual([
      ['Joanne Vickery', 'CHAIR', 'Township of Elsdale'], ['Ardal Finnerty', 'MEMBER', 'Village of Crosby Mills'],
      ['Hollis Brandvold', 'MEMBER', 'RNREDB'], ['Darlene Kewageshig', 'MEMBER', 'Miskwaa Point First Nation'],
      ['Wendell Osei', 'GUEST', null], ['Silas Hartigan', 'REGRETS', 'Crosby Mills BIA'], ['Nadia Froese', 'REGRETS', null],
    ]);
  });

  it('keeps "Name, Title, Organisation" one entry', async () => {
    const { extraction } = await run('minutes.txt', ['Minutes', '', 'Presenter: Dr. Amara Lindqvist, Hydrology Research Lead, Coastal Futures Institute']);
    expect(extraction.attendance.map(({ name, affiliation }) => [name, affiliation])).toEqual([['Amara Lindqvist', 'Coastal Futures Institute']]);
  });
});

describe('a roll copied out of a PDF', () => {
  it('reads two titled people a line, set in columns, under « Sont présents les membres suivants »', async () => {
    const { extraction } = await run('pv.txt', [
      'Procès-verbal de la séance ordinaire du conseil d’administration — 20 mai 2025', '',
      'Sont présents les membres suivants :', '',
      '    Madame Élodie Brassard-Nadeau, présidente         Monsieur Karim Haddad-Poulin',
      '    Madame Véronique Thibodeau                        Madame Annick Deschênes-Roy',
      '    Membres de la communauté', '',
      '    Madame Fanny Grenier-Lalancette                   Monsieur Alexis Dumontier', '',
      '1. OUVERTURE DE LA SÉANCE',
    ], 'fr');
    expect(extraction.attendance.map(({ name, role }) => [name, role])).toEqual([
      ['Élodie Brassard-Nadeau', 'CHAIR'], ['Karim Haddad-Poulin', 'MEMBER'], ['Véronique Thibodeau', 'MEMBER'],
      ['Annick Deschênes-Roy', 'MEMBER'], ['Fanny Grenier-Lalancette', 'MEMBER'], ['Alexis Dumontier', 'MEMBER'],
    ]);
  });

  it('joins a semicolon list wrapped after a title and a first name', async () => {
    const { extraction } = await run('pv.txt', [
      'Procès-verbal de la séance du 20 mai 2025', '',
      'Absences motivées : madame Catherine Lemay-Fortin, membre du personnel; monsieur Olivier',
      'St-Amand, membre de la communauté.', '', '1. OUVERTURE DE LA SÉANCE',
    ], 'fr');
    expect(extraction.attendance.map(({ name, role }) => [name, role])).toEqual([['Catherine Lemay-Fortin', 'REGRETS'], ['Olivier St-Amand', 'REGRETS']]);
  });
});

describe('a roll table copied out of a PDF with labels between its rows', () => {
  it('gives the rows under "Also Present – Management" and "Presenter" those roles, a wrapped row ending before a label', async () => {
    const { extraction } = await run('minutes.txt', [
      'LAKELAND ENERGY CORPORATION', 'Minutes of the Governance Committee', '', '', '1.   ATTENDANCE', '',
      ' Name                    Role                           Organization',
      ' Committee Members',
      ' Priya Raman             Committee Chair                Board of Directors',
      ' Also Present – Management',
      ' Dale Sorensen           President and Chief            Lakeland Energy',
      '                         Executive Officer              Corporation',
      ' Tessa MacRury           Corporate Secretary            Lakeland Energy',
      '                         (recording)                    Corporation',
      ' Presenter',
      ' Ruth Kaminski           Partner                        Fairlane Compensation',
      '                                                        Advisors', '',
      '2.   CALL TO ORDER', '', '     The Chair called the meeting to order at 1:02 p.m.',
    ]);
    expect(extraction.attendance.map(({ name, role, affiliation }) => [name, role, affiliation])).toEqual([
      ['Priya Raman', 'CHAIR', 'Board of Directors'], ['Dale Sorensen', 'GUEST', 'Lakeland Energy Corporation'],
      ['Tessa MacRury', 'SECRETARIAT', 'Lakeland Energy Corporation'], ['Ruth Kaminski', 'PRESENTER', 'Fairlane Compensation Advisors'],
    ]);
  });
});

describe('a table that records the meeting item by item', () => {
  const minutes = [
    '# Meeting Minutes', '', '## Attendees:', '', '* Declan Furey', '* Ines Carvalho', '* Ruth Okonkwo', '', '## Agenda', '', '* April minutes', '* Default licence', '',
    '| Discussion Point | Notes | Actions: Responsible / Note |', '| --- | --- | --- |',
    '| April minutes | Motion to approve the April minutes as circulated, moved by Declan, seconded by Ines. Motion carried. | |',
    '| Default licence | **Declan** noted that three departments still publish code with no licence file. | Ruth to draft the licence guidance page before the June meeting |',
  ];

  it('reads its notes for motions and speakers and its Actions column for tasks, under an agenda heading', async () => {
    const { extraction } = await run('notes.md', minutes);
    expect(extraction.decisions.map((decision) => [decision.lines[0], decision.motion?.movedBy])).toEqual([[16, 'Declan']]);
    expect(extraction.statements.map((statement) => [statement.lines[0], statement.speaker])).toEqual([[17, 'Declan']]);
    expect(extraction.actionItems.map((item) => [item.lines[0], item.owners])).toEqual([[17, ['Ruth']]]);
  });

  it('leaves a table of short notes, and a follow-up register, as tables', async () => {
    const { extraction } = await run('notes.md', ['# Minutes', '', '## Attendees', '', '* Ruth Okonkwo', '* Declan Furey', '', '## Follow-up', '',
      '| Action | Owner | Due | Notes |', '| --- | --- | --- | --- |', '| Draft the licence guidance page | Ruth | June 11 | in progress |']);
    expect(extraction.actionItems.map((item) => [item.owners, item.due])).toEqual([[['Ruth'], 'June 11']]);
  });
});

describe('a summary record of an intergovernmental body', () => {
  it('reads its date past the distribution date, its chair past leader dots, and its delegations', async () => {
    const { extraction } = await run('record.txt', [
      'ECBR/WP.7/2025/SR.4', '', 'Distr.: General — 12 March 2025 — Original: English', '', 'Working Party on Cold-Chain Logistics Statistics', '',
      'Summary record of the 4th meeting', '', 'Held at the Conference Centre, Tromsvik, on Wednesday, 26 February 2025, at 10 a.m.', '',
      'Chair: Ms. Halloran-Ruud ........................................ (Norway)', '', 'Present:', '',
      'Delegation\tRepresentative', 'Canada\tMr. Ostrowski-Lee', 'Estonia\tMs. Pärnits',
    ]);
    expect(extraction.date).toBe('2025-02-26');
    expect(extraction.attendance.map(({ name, role, affiliation }) => [name, role, affiliation])).toEqual([
      ['Halloran-Ruud', 'CHAIR', 'Norway'], ['Ostrowski-Lee', 'MEMBER', 'Canada'], ['Pärnits', 'MEMBER', 'Estonia'],
    ]);
  });

  it('reads its numbered paragraphs for speakers and decisions, the floor given being no task', async () => {
    const { extraction } = await run('record.md', [
      '# Summary record', '', '## Present', '', '* Mr. Ostrowski-Lee (Canada)', '* Ms. Pärnits (Estonia)', '',
      '## Agenda item 3: Revision of the cold-chain data glossary', '',
      '1. The Chair invited the secretariat to introduce the revised glossary.', '',
      '2. Mr. Ostrowski-Lee (Canada), presenting the results of the pilot survey, said that response rates had reached 68 per cent.', '',
      '3. Ms. Pärnits (Estonia) supported the proposal and noted that national customs data already recorded a range.', '',
      '4. The Chair said she took it that the Working Party wished to adopt the revised glossary, as orally amended.', '',
      '5. It was so decided.', '',
      '6. Draft decision ECBR/WP.7/2025/L.2, on the continuation of the pilot survey in 2026, was adopted.',
    ]);
    expect(extraction.statements.map((statement) => statement.speaker)).toEqual(['Ostrowski-Lee', 'Pärnits']);
    expect(extraction.decisions.map((decision) => decision.text)).toEqual([
      'the Working Party wished to adopt the revised glossary, as orally amended.',
      'Draft decision ECBR/WP.7/2025/L.2, on the continuation of the pilot survey in 2026, was adopted.',
    ]);
    expect(extraction.actionItems).toEqual([]);
  });
});

describe('a mailing-list post of a network call', () => {
  it('reads a people label named after the call, organisations heading their people, and "We agreed to …"', async () => {
    const { extraction } = await run('post.txt', [
      'Wed. Prairie Open Data Network call', '', 'Good call today (Wednesday, June 4, 2025)!', '',
      'Agreed on the call:', '', '- We agreed to send a joint letter to the three city clerks asking for a common open data licence.', '',
      'Wed. Network Call Participants:', '', 'Saskatoon Civic Lab: Bertrand Achterberg, Odile Fenwick', 'City of Regina: Callum Restrepo',
      'Mireille Castonguay - Centre for Access Studies', '', 'Directors not in Attendance: Janine Obuya',
    ]);
    expect(extraction.attendance.map(({ name, role, affiliation }) => [name, role, affiliation])).toEqual([
      ['Bertrand Achterberg', 'MEMBER', 'Saskatoon Civic Lab'], ['Odile Fenwick', 'MEMBER', 'Saskatoon Civic Lab'],
      ['Callum Restrepo', 'MEMBER', 'City of Regina'], ['Mireille Castonguay', 'MEMBER', 'Centre for Access Studies'], ['Janine Obuya', 'REGRETS', null],
    ]);
    expect(extraction.decisions.map((decision) => decision.lines[0])).toEqual([7]);
  });
});

describe('a record of decisions with items numbered by meeting and year', () => {
  it('reads "3/25   Title" as an item heading and "Audit and Evaluation Branch" as one organisation', async () => {
    const { doc, extraction } = await run('rod.txt', [
      'Departmental Audit Committee – Record of Decisions', 'Meeting No. 2025-02 | Thursday, June 19, 2025', '',
      'PRESENT                Aleksandra Voronova, External Member (Chair)',
      '                       Harjit Kaur, External Member',
      'IN ATTENDANCE          Farid Noorani, Audit and Evaluation Branch (Presenter, item 4)',
      'SECRETARIAT            Bronwyn Tait, DAC Secretariat', '',
      '3/25                   Status of Management Action Plans',
      '                       The Committee agreed that overdue items will be presented in person.', '',
      '                       ACTION: CAE to invite the ADM to the September meeting.',
    ]);
    expect(doc.sections.map((section) => section.kind)).toContain('discussion');
    expect(extraction.attendance.map(({ name, role, affiliation }) => [name, role, affiliation])).toEqual([
      ['Aleksandra Voronova', 'CHAIR', null], ['Harjit Kaur', 'MEMBER', null], ['Farid Noorani', 'PRESENTER', 'Audit and Evaluation Branch'],
      ['Bronwyn Tait', 'SECRETARIAT', 'DAC Secretariat'],
    ]);
    expect(extraction.decisions.map((decision) => decision.lines[0])).toEqual([10]);
    expect(extraction.actionItems.map((item) => item.owners)).toEqual([['CAE']]);
  });
});

describe('an entry that names the function before the person', () => {
  it('reads "Finance Officer - Priya Oommen, CPA" and "Recording Secretary - Mandy King" as those people', async () => {
    const { extraction } = await run('minutes.md', ['# Minutes', '', '## Staff', '', '- Finance Officer - Priya Oommen, CPA', '- Recording Secretary - Mandy King']);
    expect(extraction.attendance.map(({ name, role, affiliation }) => [name, role, affiliation])).toEqual([
      ['Priya Oommen', 'SECRETARIAT', null], ['Mandy King', 'SECRETARIAT', null],
    ]);
  });
});

describe('an Apologies item that records its motion', () => {
  it('reads the apology, not the motion\'s lines, as people; post-nominals are no affiliation', async () => {
    const { extraction } = await run('minutes.md', [
      '# Open minutes', '', '## Present', '', '- Graham Whitcombe, JP', '- Bruce Halligan, QSM', '', '## Apologies', '',
      'Tania Morehu', '', 'MOVED by Chairperson L Fa\'asalele, seconded by Deputy Chairperson G Whitcombe:', '',
      'That the Kahikatea Local Board:', '', 'a) accept the apology from Member T Morehu for absence.', '', 'CARRIED',
    ]);
    expect(extraction.attendance.map(({ name, role, affiliation }) => [name, role, affiliation])).toEqual([
      ['Graham Whitcombe', 'MEMBER', null], ['Bruce Halligan', 'MEMBER', null], ['Tania Morehu', 'REGRETS', null],
    ]);
  });
});
