import { run } from './pipelineHelpers';

const people = (name: string, lines: string[], language?: 'en' | 'fr') => run(name, lines, language).then(({ extraction }) => extraction.attendance.map(({ name: person, role, affiliation, lines: at }) => `${person ?? '-'}|${role}|${affiliation ?? '-'}@${at[0]}`));

describe('committee minutes of proceedings and label-row tables', () => {
  it('reads the chair presiding in the opening sentence, substitutes "A for B", witnesses under their organisation, and ends the list at prose', async () => {
    expect(await people('minutes.txt', [
      'Minutes of Proceedings', 'Thursday, November 6, 2025', '',
      'The Standing Committee on Inland Waterways met at 3:31 p.m. this day, in Room 225-A, the Chair, Hon. Corinne Malkovich, presiding.', '',
      'Members of the Committee present: Rajan Bhattacharya, Hon. Corinne Malkovich and Brianne Tollefson.', '',
      'Acting Members present: Gordon Achterberg for Peter Lindqvist and Nadine Kuptana for Yvonne St-Cyr.', '',
      'Witnesses:',
      'Department of Transport: Harriet Okonkwo, Director General, Marine Safety and Security; Luc Bernier-Thompson, Director, Navigation Protection Program.',
      'Canadian Coast Guard: Sandra Kowalczyk, Assistant Commissioner, Central and Arctic Region; Aurelien Mbeki, Superintendent, Ice Operations.',
      'As an individual: Dr. Ambrose Kettering.', '',
      'The committee resumed its study.',
    ])).toEqual([
      'Corinne Malkovich|CHAIR|-@4', 'Rajan Bhattacharya|MEMBER|-@6', 'Brianne Tollefson|MEMBER|-@6',
      'Gordon Achterberg|MEMBER|-@8', 'Nadine Kuptana|MEMBER|-@8',
      'Harriet Okonkwo|PRESENTER|Department of Transport@11', 'Luc Bernier-Thompson|PRESENTER|Department of Transport@11',
      'Sandra Kowalczyk|PRESENTER|Canadian Coast Guard@12', 'Aurelien Mbeki|PRESENTER|Canadian Coast Guard@12',
      'Ambrose Kettering|PRESENTER|-@13',
    ]);
  });

  it('reads "sous la présidence de" in the opening sentence, "l\'hon." as an honorific and "À titre personnel" as no organisation', async () => {
    expect(await people('pv.txt', [
      'Procès-verbal', 'Le mercredi 22 octobre 2025', '',
      'Le Comité permanent se réunit aujourd\'hui à 16 h 34, dans la pièce 415, sous la présidence de Josée Lamarre-Doucet, présidente.', '',
      'Membres du Comité présents : l\'hon. Maureen Ashworth-Pike, Anik Bouffard et Josée Lamarre-Doucet.', '',
      'Membres substituts présents : Frédérique Hallé pour Keith Darnell.', '',
      'Témoins :', '',
      'À titre personnel : Mélodie Arsenault-Tran, agronome.',
    ], 'fr')).toEqual([
      'Josée Lamarre-Doucet|CHAIR|-@4', 'Maureen Ashworth-Pike|MEMBER|-@6', 'Anik Bouffard|MEMBER|-@6',
      'Frédérique Hallé|MEMBER|-@8', 'Mélodie Arsenault-Tran|PRESENTER|-@12',
    ]);
  });

  it('reads a label-row table ("PRESENT:" | name | title, then rows with the label cell empty) and a bare "Secretary" as the board\'s officer', async () => {
    expect(await people('minutes.html', [
      '<html><body><h1>Minutes of the Board of Directors</h1><p>Tuesday, October 21, 2025</p><table>',
      '<tr><td>PRESENT:</td><td>Priya Ramdial</td><td>President (Chair)</td></tr>',
      '<tr><td></td><td>Esther Okonkwo-Bell</td><td>Secretary (via Zoom)</td></tr>',
      '<tr><td>ALSO PRESENT:</td><td>Ruben Estrada</td><td>Assistant Property Manager, Harbourline Property Management Ltd.</td></tr>',
      '<tr><td>BY INVITATION:</td><td>Farah Siddiqui</td><td>Keller Brandt Engineering Inc.</td></tr>',
      '<tr><td>REGRETS:</td><td>Winston Chao</td><td>Director</td></tr>',
      '</table><h2>1. Call to order</h2><p>The President called the meeting to order.</p></body></html>',
    ]).then((entries) => entries.map((entry) => entry.replace(/@\d+$/u, '')))).toEqual([
      'Priya Ramdial|CHAIR|-', 'Esther Okonkwo-Bell|MEMBER|-', 'Ruben Estrada|GUEST|Harbourline Property Management Ltd',
      'Farah Siddiqui|GUEST|Keller Brandt Engineering Inc', 'Winston Chao|REGRETS|-',
    ]);
  });

  it('reads a committee\'s decisions: "It was agreed, — That …", "On motion of X", a motion decided after its amendment, "ORDERED", and a negatived motion as none', async () => {
    const { extraction } = await run('minutes.txt', [
      'Minutes of Proceedings', 'Thursday, November 6, 2025', '',
      'Members of the Committee present: Rajan Bhattacharya and Brianne Tollefson.', '',
      'It was agreed, — That the proposed budget in the amount of $18,450 be adopted.', '',
      'On motion of Marisol Ouimet-Grant, it was agreed, — That the Second Report of the Subcommittee be concurred in.', '',
      'It was agreed, — That members submit their witness lists to the Clerk of the Committee.', '',
      'Dale Fenwright moved, — That the Committee undertake a study of no fewer than four meetings on ferry safety.', '',
      'Debate arose thereon.', '',
      'Sukhdeep Rana moved, — That the motion be amended by replacing the words "four" with the words "three".', '',
      'The question being put on the amendment, it was agreed to.', '',
      'The question being put on the motion, as amended, it was agreed to.', '',
      'Hon. Walter Pemberton moved, — That the Committee travel to Port Lachenaie in January 2026.', '',
      'After debate, the question being put on the motion, it was negatived on the following recorded division:', '',
      'Harriet Okonkwo and Sandra Kowalczyk made statements and, with Luc Bernier-Thompson, answered questions.', '',
      'ORDERED, — That the Chair present the report to the House at the earliest opportunity.',
    ]);
    expect(extraction.decisions.map(({ text, lines, motion }) => [lines[0], text.slice(0, 40), motion?.movedBy ?? null])).toEqual([
      [6, 'It was agreed, — That the proposed budge', null],
      [8, 'That the Second Report of the Subcommitt', 'Marisol Ouimet-Grant'],
      [10, 'It was agreed, — That members submit the', null],
      [12, 'That the Committee undertake a study of ', 'Dale Fenwright'],
      [28, 'ORDERED, — That the Chair present the re', null],
    ]);
    expect(extraction.actionItems.map(({ owners, lines }) => [lines[0], owners])).toEqual([[10, ['members']], [28, ['Chair']]]);
    expect(extraction.statements.map(({ speaker }) => speaker)).toEqual(['Harriet Okonkwo', 'Sandra Kowalczyk', 'Luc Bernier-Thompson']);
  });

  it('reads "Il est convenu, — Que …", "Sur motion de X", "La motion, mise aux voix, est adoptée" and the date under a "Procès-verbal" heading', async () => {
    const { extraction } = await run('pv.md', [
      '# SADR Réunion de comité', '', '## Procès-verbal', '', 'Séance no 11 Le mercredi 22 octobre 2025', '',
      'Il est convenu, — Que la greffière du Comité invite des représentants de l\'Association à comparaître.', '',
      'Sur motion de Thierry Castonguay, il est convenu, — Que le Comité consacre une séance supplémentaire à l\'étude.', '',
      'Raymond Tétreault propose, — Que le Comité entreprenne une étude d\'au moins trois réunions.', '',
      'L\'hon. Maureen Ashworth-Pike propose, — Que la motion soit modifiée par adjonction des mots « et côtières ».', '',
      'L\'amendement, mis aux voix, est rejeté.', '',
      'La motion, mise aux voix, est adoptée.',
    ], 'fr');
    expect(extraction.date).toBe('2025-10-22');
    expect(extraction.decisions.map(({ text, lines, motion }) => [lines[0], text.slice(0, 30), motion?.movedBy ?? null])).toEqual([
      [7, 'Il est convenu, — Que la greff', null],
      [9, 'Que le Comité consacre une séa', 'Thierry Castonguay'],
      [11, 'Que le Comité entreprenne une ', 'Raymond Tétreault'],
    ]);
    expect(extraction.actionItems.map(({ owners, lines }) => [lines[0], owners])).toEqual([[7, ['greffière du Comité']]]);
  });

  it('reads a foundation board\'s report items: "@Officer: task" and "Approved by General Consent."', async () => {
    const { extraction } = await run('board.txt', [
      'Board of Directors Meeting Minutes', 'September 17, 2025', '',
      'Directors Present:', '    Marguerite Olsen', '    Lowell Park', '',
      '4. Officer Reports', '',
      '    B. President [Rosalind]', '',
      '       dr: Could we have a one-page summary of the risks before the October meeting?',
      '       @Rosalind: circulate the bookkeeping hand-over risk summary to',
      '                  board@ by October 10',
      '       Approved by General Consent.',
    ]);
    expect(extraction.actionItems.map(({ owners, lines }) => [lines[0], owners])).toEqual([[13, ['Rosalind']]]);
    expect(extraction.decisions.map(({ text, lines }) => [lines[0], text])).toEqual([[15, 'Approved by General Consent.']]);
  });

  it('reads an inline list wrapped inside a name, "Directors not in Attendance", "Invited Guest(s)" and an item note after a dash', async () => {
    expect(await people('minutes.txt', [
      'Board of Directors Meeting – Public Session Minutes', 'Date: Wednesday, October 29, 2025', '',
      'Directors Present: Margaret Ellery-Singh (Chair), Tobias Renwick (Vice Chair), Dr. Anik Lavallée, Harold',
      'Two Rivers, Colleen Matheson, Devinder Gill', '',
      'Directors not in Attendance: Janine Obuya, Curtis Falardeau', '',
      'Invited Guest(s): Dr. Priya Wexford (Medical Officer of Health, Tamsworth District Health Unit – for item 6.1)', '',
      '1. Call to Order', 'The meeting was called to order at 1:02 p.m.',
    ])).toEqual([
      'Margaret Ellery-Singh|CHAIR|-@4', 'Tobias Renwick|MEMBER|-@4', 'Anik Lavallée|MEMBER|-@4', 'Harold Two Rivers|MEMBER|-@4',
      'Colleen Matheson|MEMBER|-@4', 'Devinder Gill|MEMBER|-@4', 'Janine Obuya|REGRETS|-@7', 'Curtis Falardeau|REGRETS|-@7',
      'Priya Wexford|GUEST|Tamsworth District Health Unit@9',
    ]);
  });

  it('reads a procès-verbal web page: the mayor named in the presence sentence, and items laid out in a table with resolution numbers in the margin', async () => {
    const { extraction } = await run('pv.html', [
      '<html><body><h1>Procès-verbal – Séance ordinaire du 6 octobre 2025</h1>',
      '<p>PROCÈS-VERBAL d’une séance ordinaire du conseil tenue le lundi 6 octobre 2025 à 19 h 30, à laquelle étaient présents, outre son honneur le maire, monsieur Réjean Thibodeau, les conseillers suivants :</p>',
      '<p>Madame Josée Lalancette, siège no 1;<br>Monsieur Karim Benhaddou, siège no 4;</p>',
      '<table>',
      '<tr><td class="no">2025-10-241</td><td><strong>2. ADOPTION DE L’ORDRE DU JOUR</strong><br>',
      'L’ordre du jour est modifié par l’ajout du point 9.3 « Mandat – caractérisation des milieux humides du secteur Grande-Anse ».<br>',
      'Il est PROPOSÉ par la conseillère Josée Lalancette, APPUYÉ par le conseiller Karim Benhaddou et RÉSOLU unanimement :<br>',
      'D’ADOPTER l’ordre du jour de la séance ordinaire du 6 octobre 2025 tel que modifié, avec les ajouts demandés par les membres du conseil.<br>',
      '<strong>ADOPTÉE À L’UNANIMITÉ</strong></td></tr>',
      '</table></body></html>',
    ], 'fr');
    expect(extraction.attendance.map(({ name, role }) => `${name}|${role}`)).toEqual(['Réjean Thibodeau|CHAIR', 'Josée Lalancette|MEMBER', 'Karim Benhaddou|MEMBER']);
    expect(extraction.decisions.map(({ text, motion }) => [text.slice(0, 24), motion?.movedBy ?? null])).toEqual([['D’ADOPTER l’ordre du jou', 'Josée Lalancette']]);
  });

  it('reads a role written after a dash at the end of an attendee line ("- chair", "- note taker")', async () => {
    expect(await people('notes.md', [
      '# SIG Node Lifecycle', '', 'October 14, 2025', '', 'Attendees:', '',
      '*   Priya Venkataraman (Nimbic) - chair', '*   Tomasz Ruda, Stratocore', '*   Wen-li Chao (Stratocore) - note taker', '',
      '## Agenda', '', '- [Priya] release plan',
    ])).toEqual(['Priya Venkataraman|CHAIR|Nimbic@7', 'Tomasz Ruda|MEMBER|Stratocore@8', 'Wen-li Chao|SECRETARIAT|Stratocore@9']);
  });
});

describe('minutes posted to a mailing-list archive', () => {
  it('reads a <pre> block as plain text: its own lines, its labels and its list, at the lines they take on the page', async () => {
    const { doc, extraction } = await run('archive.html', [
      '<html><body><h1>Committee list archive</h1>', '<ul><li><em>Subject</em>: Minutes: TC call</li></ul>',
      '<pre>', 'OPEN FARES TECHNICAL COMMITTEE', 'Minutes of the TC call', '',
      'Chair:  Ilse Vandermeer (Brightline Mobility)', '',
      'Voting Members present:', '  Ramón Estévez-Pardo (City of Port Aldous)', '  Kwame Lindahl (Farecard Labs)', '',
      '2. ISSUES REVIEW', 'Kwame proposed an enumerated value instead.',
      'AI#57: Kwame Lindahl to prepare example feeds by 16 October 2025.', '</pre>', '</body></html>',
    ]);
    expect(extraction.attendance.map(({ name, role, affiliation, lines }) => `${name}|${role}|${affiliation}@${doc.read.source.lines[lines[0] - 1]?.trim()}`)).toEqual([
      'Ilse Vandermeer|CHAIR|Brightline Mobility@Chair:  Ilse Vandermeer (Brightline Mobility)',
      'Ramón Estévez-Pardo|MEMBER|City of Port Aldous@Ramón Estévez-Pardo (City of Port Aldous)',
      'Kwame Lindahl|MEMBER|Farecard Labs@Kwame Lindahl (Farecard Labs)',
    ]);
    expect(extraction.actionItems.map(({ owners, due }) => [owners, due])).toEqual([[['Kwame Lindahl'], 'by 16 October 2025']]);
  });
});

describe('a Senate committee\'s minutes of proceedings', () => {
  it('reads "The Honourable Senators A, B (Nova Scotia) and C (3)." and external members present by videoconference', async () => {
    expect(await people('minutes.txt', [
      'MINUTES OF PROCEEDINGS', '', 'OTTAWA, Wednesday, May 14, 2025', '',
      'Members of the committee present: The Honourable Senators Achterberg, Baptiste-Lowe (Nova Scotia) and Oyelaran (3).', '',
      'External members of the committee present by videoconference: Hamish Orr-Petrakis (1).', '',
      'The committee continued its consideration of the audits.',
    ])).toEqual(['Achterberg|MEMBER|-@5', 'Baptiste-Lowe|MEMBER|Nova Scotia@5', 'Oyelaran|MEMBER|-@5', 'Hamish Orr-Petrakis|MEMBER|-@7']);
  });
});
