import { run } from './pipelineHelpers';

const people = (name: string, lines: string[]) => run(name, lines).then(({ extraction }) => extraction.attendance.map(({ name: person, role, affiliation, lines: at }) => `${person ?? '-'}|${role}|${affiliation ?? '-'}@${at[0]}`));

describe('attendance tables and column layouts', () => {
  it('reads a people table by its header: name, title, organisation and role columns, an organisation-only row', async () => {
    expect(await people('table.md', [
      '# Joint Committee', '', '## In Attendance', '',
      '| Name | Position | Organization | Committee role |', '|---|---|---|---|',
      '| Delores Whitehawk | Chief | Willow Point First Nation | Co-Chair |',
      '| Curtis Lavallee | Director of Operations | Willow Point First Nation | Member (staff) |',
      '| Tessa Ruiz | Committee Clerk | Town of Carrick Falls | Recorder |',
      '| – | – | Prairie Regional Water Services Commission | Observer |',
    ])).toEqual([
      'Delores Whitehawk|CO_CHAIR|Willow Point First Nation@7', 'Curtis Lavallee|MEMBER|Willow Point First Nation@8',
      'Tessa Ruiz|SECRETARIAT|Town of Carrick Falls@9', '-|OBSERVER|Prairie Regional Water Services Commission@10',
    ]);
  });

  it('reads roles noted in parentheses in table cells, and a jurisdiction row naming no one', async () => {
    expect(await people('fpt.md', [
      '# FPT table', '', '## Participants', '',
      '| Jurisdiction | Participant | Position |', '|---|---|---|',
      '| Canada | Laura Whitcombe (Co-Chair) | Director General, Social Services Policy |',
      '| Quebec (observer) | Josée Lemire | Conseillère principale |',
      '| Nunavut | *officials* | |',
    ])).toEqual(['Laura Whitcombe|CO_CHAIR|Canada@7', 'Josée Lemire|OBSERVER|Quebec@8', '-|MEMBER|Nunavut@9']);
  });

  it('takes the organisation column over the jurisdiction beside it, and reads a campus column as an affiliation', async () => {
    expect(await people('diwg.md', [
      '# Working group', '', '### Participants', '',
      '| Jurisdiction | Name | Organization | Role |', '|---|---|---|---|',
      '| Canada | Mira Holt | Canada Revenue Agency | Member |',
      '| Saskatchewan | Odile Farr | | Member |',
      '| Secretariat | Noor Hadi | TBS-OCIO | Note-taker |',
    ])).toEqual(['Mira Holt|MEMBER|Canada Revenue Agency@7', 'Odile Farr|MEMBER|-@8', 'Noor Hadi|SECRETARIAT|TBS-OCIO@9']);
    expect(await people('senat.md', [
      '# Sénat', '', '### PRÉSENCES', '',
      '| Nom | Fonction | Campus |', '|---|---|---|',
      '| Lucie Vautier | doyenne, Faculté des études supérieures | Pointe-Sabline |',
    ])).toEqual(['Lucie Vautier|MEMBER|Pointe-Sabline@7']);
  });

  it('reads a PDF table whose labels sit in the middle of their rows, under a title row', async () => {
    expect(await people('board.txt', [
      'Attendance',
      '                         Margaret Osei, Chair',
      'Board Members Present Hugh Castellanos',
      '                         Ingrid Vollmer',
      'Regrets                 Robert Quinlan-Hayes',
      '                         Alison Trudeau, Chief Executive Officer',
      'Staff                    Janet Okonkwo, Recording Secretary',
      '                         Marcus Bell, Director, Finance and Facilities',
      'Presenter               Derek Mallory, Mallory & Finch Architects Inc.',
      '                         Sophie Lindqvist, President, Friends of the Library',
      'Guests',
      '                         Two members of the public',
    ])).toEqual([
      'Margaret Osei|CHAIR|-@2', 'Hugh Castellanos|MEMBER|-@3', 'Ingrid Vollmer|MEMBER|-@4', 'Robert Quinlan-Hayes|REGRETS|-@5',
      'Alison Trudeau|SECRETARIAT|-@6', 'Janet Okonkwo|SECRETARIAT|-@7', 'Marcus Bell|SECRETARIAT|-@8',
      'Derek Mallory|PRESENTER|Mallory & Finch Architects Inc@9', 'Sophie Lindqvist|GUEST|Friends of the Library@10',
    ]);
  });

  it('reads entries set side by side in an indented label block, and staff portfolios as no organisation', async () => {
    expect(await people('ca.txt', [
      '   Members Present: R. Vandermeer, Chair (Township of Carrow Hills)        P. Lavigne (City of Port Esker)',
      '                    M. Castellanos* (Town of Brackley Falls)',
      '',
      '   Regrets:         G. Tremaine (Township of Owlen)                        S. Abboud (City of Port Esker)',
      '',
      '   Staff Present:   D. Haldane, Director, Watershed Services',
      '                    E. Van Rooyen, Administrative Coordinator/Recording Secretary',
    ])).toEqual([
      'R. Vandermeer|CHAIR|Township of Carrow Hills@1', 'P. Lavigne|MEMBER|City of Port Esker@1', 'M. Castellanos|MEMBER|Town of Brackley Falls@2',
      'G. Tremaine|REGRETS|Township of Owlen@4', 'S. Abboud|REGRETS|City of Port Esker@4',
      'D. Haldane|SECRETARIAT|-@6', 'E. Van Rooyen|SECRETARIAT|-@7',
    ]);
  });

  it('reads member categories in a left column without colons, and "sous la présidence de" after the list', async () => {
    expect(await people('ce.txt', [
      'SONT PRÉSENTS :',
      '   Parents          Mme Valérie Gingras, présidente',
      '                    M. Olivier Tremblay, représentant au comité de parents',
      '   Personnel        Mme Lucie Ouellet, technicienne en service de garde',
      '   Communauté (sans droit de vote)',
      '                    Mme Francine Dubé, Maison des jeunes L\'Envolée',
      '',
      'EST ABSENT :',
      '    Monsieur Gilles Pelletier, délégué de la Municipalité de Val-Prudent (absence motivée)',
      'formant quorum sous la présidence de madame Louise Bérubé, mairesse.',
      '',
      'Dix-huit (18) personnes assistent à la séance.',
    ])).toEqual([
      'Valérie Gingras|CHAIR|-@2', 'Olivier Tremblay|MEMBER|-@3', 'Lucie Ouellet|MEMBER|-@4', 'Francine Dubé|MEMBER|Maison des jeunes L\'Envolée@6',
      'Gilles Pelletier|REGRETS|Municipalité de Val-Prudent@9', 'Louise Bérubé|CHAIR|-@10',
    ]);
  });

  it('reads GitHub handles, scoped labels and organisations after "de la firme"', async () => {
    expect(await people('tsc.md', [
      '# TSC', '', '## Present', '', '* Ana Ribeiro @aribeiro (Larkspur Cloud) - chair', '* Joachim Brandt @jbrandt (Independent)', '',
      '**Presenter (item 4):** Dr. Yvonne Achterberg, Northern Institute for Disaster Recovery', '',
      '**Invités :** Julie Marceau, CPA, de Marceau Hébert CPA inc.; la Corporation de développement communautaire du Bas-Ruisseau',
    ])).toEqual([
      'Ana Ribeiro|CHAIR|Larkspur Cloud@5', 'Joachim Brandt|MEMBER|Independent@6', 'Yvonne Achterberg|PRESENTER|Northern Institute for Disaster Recovery@8',
      'Julie Marceau|GUEST|Marceau Hébert CPA inc.@10', '-|GUEST|Corporation de développement communautaire du Bas-Ruisseau@10',
    ]);
  });

  it('reads attendance written as sentences, each with its role', async () => {
    expect(await people('board.md', [
      '# Authority', '', '## ATTENDANCE', '',
      'The following directors were present: Helen Marchetti (Chair), Desmond Achterberg and Anouk Sauvé. Regrets were received from Terrence Oduya.', '',
      'Attending as guests for item 5 were Keisha Obuya and Daniel Fairweather of Lindqvist Marr LLP, the Authority’s external auditors. Tomasz Wierzbicki (Harbourline Naval Architects) attended as a presenter for item 6.1. Ruth Anand-Cole, Assistant Deputy Minister, Ministry of Transportation, attended as the Ministry’s observer.',
    ])).toEqual([
      'Helen Marchetti|CHAIR|-@5', 'Desmond Achterberg|MEMBER|-@5', 'Anouk Sauvé|MEMBER|-@5', 'Terrence Oduya|REGRETS|-@5',
      'Keisha Obuya|GUEST|Lindqvist Marr LLP@7', 'Daniel Fairweather|GUEST|Lindqvist Marr LLP@7',
      'Tomasz Wierzbicki|PRESENTER|Harbourline Naval Architects@7', 'Ruth Anand-Cole|OBSERVER|Ministry of Transportation@7',
    ]);
  });

  it('reads a government heading its minister and officials, and a roll call typed with a presence column', async () => {
    expect(await people('fpt.txt', [
      'Participants', '', 'Canada (co-chair)', '', 'The Honourable Aaron Whitford-Lee, Minister of Rural Economic Development',
      'Accompanied by: Darren Kuzyk, Deputy Minister, Rural Development Canada', '', 'Yukon', '', 'The Honourable Mariah Lindgren, Minister of Community Services', '',
      'PRÉSENCES', '------------', '',
      'Nom                      Fonction                                   Présence',
      'Marie-Ève Thibodeau      présidente                                 présent(e)',
      'Louise Charbonneau       administratrice                            excusé(e)',
      'Line Beaulieu            observatrice (CISSS des Trois-Lacs)        présent(e)',
    ])).toEqual([
      'Aaron Whitford-Lee|CO_CHAIR|Canada@5', 'Darren Kuzyk|MEMBER|Rural Development Canada@6', 'Mariah Lindgren|MEMBER|Yukon@10',
      'Marie-Ève Thibodeau|CHAIR|-@16', 'Louise Charbonneau|REGRETS|-@17', 'Line Beaulieu|OBSERVER|CISSS des Trois-Lacs@18',
    ]);
  });

  it('reads "Nom | Organisation / Municipalité" as a header and a label row across the table as the role of the rows below', async () => {
    expect(await people('comite.html', [
      '<h1>Procès-verbal du comité</h1>', '<h2>Présences</h2>',
      '<table><tr><td>Nom</td><td>Organisation / Municipalité</td></tr>',
      '<tr><td>Mme Lucie Gendron-Paré, présidente du comité</td><td>Municipalité de Sainte-Brigitte</td></tr>',
      '<tr><td>M. Réjean Thibodeau, vice-président</td><td>Ville de Port-Sauvageau</td></tr>',
      '<tr><td>Également présents</td></tr>',
      '<tr><td>M. Olivier Lachance, directeur général</td><td>AMBRS</td></tr></table>',
    ]).then((rows) => rows.map((row) => row.replace(/@\d+$/u, '')))).toEqual([
      'Lucie Gendron-Paré|CHAIR|Municipalité de Sainte-Brigitte', 'Réjean Thibodeau|MEMBER|Ville de Port-Sauvageau', 'Olivier Lachance|GUEST|AMBRS',
    ]);
  });

  it('reads governments as sub-headings of the participants, and a government alone among regrets', async () => {
    expect(await people('gt.md', [
      '# Groupe de travail FPT', '', '**Coprésidence :** Nouveau-Brunswick et Canada', '', '## Participants', '',
      '### Nouveau-Brunswick', '', '- Geneviève Thériault, sous-ministre adjointe, Bureau des langues officielles (coprésidente)', '',
      '### Manitoba', '', '- Claire Desrosiers-Kemp', '',
      '### Absences motivées', '', '- Île-du-Prince-Édouard', '- Saskatchewan : Isabelle Fortier-Dyck, Direction des affaires francophones',
    ])).toEqual([
      // Canada heads no one here, so it stays a co-chair of its own; New Brunswick is its people.
      '-|CO_CHAIR|Canada@3', 'Geneviève Thériault|CO_CHAIR|Bureau des langues officielles@9', 'Claire Desrosiers-Kemp|MEMBER|Manitoba@13',
      '-|REGRETS|Île-du-Prince-Édouard@17', 'Isabelle Fortier-Dyck|REGRETS|Direction des affaires francophones@18',
    ]);
  });

  it('reads several people in one name cell, "Regrets" in the name cell and a presence column', async () => {
    expect(await people('wg.md', [
      '# Officials Working Group', '', '## Participants', '',
      '| Jurisdiction | Representative(s) |', '|---|---|',
      '| British Columbia | Priya Dhaliwal; Gordon Ash |', '| Nunavut | Regrets |', '',
      '## Attendance', '', '| Name | Role | Present |', '|---|---|---|',
      '| Dana Whitcombe | Chair | Yes |', '| Gregory Hale | Member | No |',
    ])).toEqual([
      'Priya Dhaliwal|MEMBER|British Columbia@7', 'Gordon Ash|MEMBER|British Columbia@7', '-|REGRETS|Nunavut@8',
      'Dana Whitcombe|CHAIR|-@14', 'Gregory Hale|REGRETS|-@15',
    ]);
  });

  it('reads a label block whose second column gives each person\'s title, not another person', async () => {
    expect(await people('cow.txt', [
      'MINUTES OF THE COMMITTEE OF THE WHOLE', '',
      'PRESENT:             Harriet Olmstead                     Mayor (Chair)',
      '                     Devon Achterberg                     Deputy Mayor',
      'STAFF:               Colin Mercier                        Chief Administrative Officer',
      'ALSO PRESENT:        Farah Qureshi, P.Eng.                Northbank Engineering Ltd.',
    ])).toEqual([
      'Harriet Olmstead|CHAIR|-@3', 'Devon Achterberg|MEMBER|-@4', 'Colin Mercier|SECRETARIAT|-@5', 'Farah Qureshi|GUEST|Northbank Engineering Ltd@6',
    ]);
  });

  it('reads people columns typed side by side under their labels, a wrapped entry and a bare label over its people', async () => {
    expect(await people('council.txt', [
      'MINUTES OF THE MEETING OF OCTOBER 22, 2025', '',
      'Members Present                                           Members Absent',
      'Delphine Okafor (Chair)                                   Rupert Vasquez-Hale, Northern Operators Association',
      'Marcus Tindall (Vice-Chair), Eastshore Disability         Ingrid Solberg, Council of Seniors\' Clubs',
      '   Alliance',
      'Priya Ramdeen, Lakeland Paratransit Co-operative', '',
      'Staff in Attendance', 'Colm Reddington, Director, Accessibility Programs',
    ])).toEqual([
      'Delphine Okafor|CHAIR|-@4', 'Marcus Tindall|MEMBER|Eastshore Disability Alliance@5', 'Priya Ramdeen|MEMBER|Lakeland Paratransit Co-operative@7',
      'Rupert Vasquez-Hale|REGRETS|Northern Operators Association@4', 'Ingrid Solberg|REGRETS|Council of Seniors\' Clubs@5', 'Colm Reddington|SECRETARIAT|-@10',
    ]);
  });

  it('reads a PDF attendance table whose labels are centred over their columns, entries wrapped and a label line after it', async () => {
    expect(await people('board.txt', [
      'Minutes of the Board of Directors Meeting', '',
      'Attendance',
      '                         Present                                            Regrets',
      '                                                          Colin MacIsaac, Director, Atlantic (Province of',
      'Priya Raghunathan, President and Chair (City of Brantwood)',
      '                                                          Nova Cambria)',
      'Ruth Kaplinski, Director, Federal (Shared Services Agency of',
      'Canada)',
      'Sandra Ivey, Past President, ex officio (Norfield County)',
      'Staff: Lorraine Becker, Executive Director',
    ]).then((rows) => rows.map((row) => row.replace(/\|[^|]*@\d+$/u, '')))).toEqual([
      'Priya Raghunathan|CHAIR', 'Ruth Kaplinski|MEMBER', 'Sandra Ivey|MEMBER', 'Colin MacIsaac|REGRETS', 'Lorraine Becker|SECRETARIAT',
    ]);
  });

  it('reads a participants table after a label line under its heading, a presenters label and an organisation before its person', async () => {
    expect(await people('fpt.md', [
      '# Forum FPT des ministres', '', '## Participants', '',
      'Coprésidence : Canada et Yukon', '',
      '| Gouvernement | Participant(e) | Titre |', '|---|---|---|',
      '| Canada (coprésidente) | L’honorable Maude Lachapelle-Reid | Ministre des Archives |',
      '| Nouveau-Brunswick | L’honorable Rémi Cormier-LeBlanc | Ministre du Patrimoine |', '',
      'Présentations : Ophélie Nantel, Groupe de travail FPT sur la numérisation (point 3)', '',
      'Secrétariat : SCIC – Mélanie Aubut-Forrester, agente principale des conférences',
    ]).then((rows) => rows.filter((row) => !row.startsWith('-|')))).toEqual([
      'Maude Lachapelle-Reid|CO_CHAIR|Canada@9', 'Rémi Cormier-LeBlanc|MEMBER|Nouveau-Brunswick@10',
      'Ophélie Nantel|PRESENTER|Groupe de travail FPT sur la numérisation@12', 'Mélanie Aubut-Forrester|SECRETARIAT|SCIC@14',
    ]);
  });

  it('reads an eSCRIBE table whose header fields and people labels are centred on their rows, under a title', async () => {
    expect(await people('council.txt', [
      '                           The Corporation of the Town of Ashcombe Mills', '',
      '                            Regular Council Meeting Minutes',
      'Date:      Tuesday, October 14, 2025',
      '           Council Chambers, Municipal Office',
      'Location:',
      '           and Electronic Participation',
      '                    Mayor Diane Kowalchuk',
      'Council Present:',
      '                    Councillor Owen Feeney',
      'Regrets:            Councillor Bruce Ainsley',
      '                    K. Osei, Chief Administrative Officer',
      'Staff Present:',
      '                    C. MacRury, Manager of Planning & Development',
      '                    Priya Nandakumar, Fenwick Lowe LLP',
      'Also Present:',
      '                    Marnie Leclair, Ashcombe Mills Curling Club', '',
      '1. Call to Order', '', 'Mayor Kowalchuk called the meeting to order at 6:00 p.m.', '',
      '15. Adjournment', '', '     Moved by: Councillor Feeney', '     Seconded by: Councillor Ainsley', '     That Council adjourn at 8:56 p.m.',
    ])).toEqual([
      'Diane Kowalchuk|MEMBER|-@8', 'Owen Feeney|MEMBER|-@10', 'Bruce Ainsley|REGRETS|-@11', 'K. Osei|SECRETARIAT|-@12',
      'C. MacRury|SECRETARIAT|-@14', 'Priya Nandakumar|GUEST|Fenwick Lowe LLP@15', 'Marnie Leclair|GUEST|Ashcombe Mills Curling Club@17',
    ]);
  });

  it('reads one person a line below a label whose first entry is on its line, and a wrapped inline list as one list', async () => {
    expect(await people('chac.txt', [
      'Community Health Advisory Council', 'Meeting Minutes', '',
      'Co-Chairs:\tAnneliese Fairweather (Community Co-Chair)',
      'Dr. Marcus Oduya, Medical Director, Western Shore Health Zone (Zone Co-Chair)',
      'Members Present:\tGord Pettipas – Town of Lower Corrigan',
      'Roberta Marchand – Corrigan Basin Seniors’ Network',
      'Staff Resources:\tLeona Okafor, Community Health Planner (CHAC Lead)',
      'Darcy Whynot, Manager, Primary Health Care',
      'Directors Absent: Margaret Ellery-Singh (Chair), Tobias Renwick, Dr. Anik Lavallée, Harold',
      'Two Rivers, Colleen Matheson',
    ])).toEqual([
      'Anneliese Fairweather|CO_CHAIR|-@4', 'Marcus Oduya|CO_CHAIR|Western Shore Health Zone@5', 'Gord Pettipas|MEMBER|Town of Lower Corrigan@6',
      'Roberta Marchand|MEMBER|Corrigan Basin Seniors’ Network@7', 'Leona Okafor|SECRETARIAT|-@8', 'Darcy Whynot|SECRETARIAT|-@9',
      'Margaret Ellery-Singh|REGRETS|-@10', 'Tobias Renwick|REGRETS|-@10', 'Anik Lavallée|REGRETS|-@10', 'Harold Two Rivers|REGRETS|-@10', 'Colleen Matheson|REGRETS|-@10',
    ]);
  });

  it('reads initials and surnames in a label cell as directors, "Corporate Secretary" as a label, and a list wrapped inside a parenthesis', async () => {
    expect(await people('board.html', [
      '<h1>Minutes of the Regular Meeting of the Board of Directors</h1>',
      '<table><tr><td>Directors:</td><td>M. Oyelaran-Fitch, Chair<br>C. Ashdown<br>P. Kjellberg</td></tr>',
      '<tr><td>Corporate Secretary:</td><td>H. Okonkwo-Lane</td></tr></table>',
    ]).then((rows) => rows.map((row) => row.replace(/@\d+$/u, '')))).toEqual([
      'M. Oyelaran-Fitch|CHAIR|-', 'C. Ashdown|MEMBER|-', 'P. Kjellberg|MEMBER|-', 'H. Okonkwo-Lane|SECRETARIAT|-',
    ]);
    expect(await people('bog.txt', [
      'BOARD OF GOVERNORS', '', 'Present:',
      'Helen Achterberg (Chair), Tomasz Wierzbicki, Kwame Asante-Bellamy (Student',
      'Governor), Odette Fairweather, Dr. Lise Thibodeau (Faculty',
      'Governor), Priya Venkataraman',
    ]).then((rows) => rows.map((row) => row.replace(/@\d+$/u, '')))).toEqual([
      'Helen Achterberg|CHAIR|-', 'Tomasz Wierzbicki|MEMBER|-', 'Kwame Asante-Bellamy|MEMBER|-', 'Odette Fairweather|MEMBER|-', 'Lise Thibodeau|MEMBER|-', 'Priya Venkataraman|MEMBER|-',
    ]);
  });
});
