import { run } from './pipelineHelpers';

const decisions = (name: string, lines: string[]) => run(name, lines).then(({ extraction }) => extraction.decisions.map(({ text, lines: at, motion }) => ({ text, line: at[0], ...(motion ? { motion } : {}) })));
const actions = (name: string, lines: string[]) => run(name, lines).then(({ extraction }) => extraction.actionItems.map(({ text, owners, due, lines: at }) => ({ text, owners, due, line: at[0] })));

describe('typed layouts: motion fields, amendments, tables typed with spaces', () => {
  it('keeps a motion number with its motion, reads "Moved by:" fields, and an amendment with its own outcome', async () => {
    expect(await decisions('council.txt', [
      '3.  APPROVAL OF THE AGENDA',
      '    MOTION C-2024-21',
      '    Moved by:     Gordon Flewelling',
      '    Seconded by:  Marie-Claude Thériault',
      '    That the agenda be approved.',
      '                                                   CARRIED',
      '7.  POLICY E-3',
      '    Peter Ng explained the current policy.',
      '    MOTION C-2024-23',
      '    Moved by:     Jasmine Roy-Boudreau',
      '    Seconded by:  Kathleen MacIsaac',
      '    That Council approve the revised Policy E-3.',
      '      Amendment moved by Gordon Flewelling, seconded by Terrence Oduya, that the',
      '      maximum number of attempts be three.',
      '                                                   AMENDMENT DEFEATED',
      '    Main motion:                                   CARRIED',
      '        Res. #BD-25-31            Moved by:       P. Lavigne',
      '                                  Seconded by:    H. Ngata',
      '',
      '                                  THAT the report be received.',
      '                                                   CARRIED',
    ])).toEqual([
      { text: 'That the agenda be approved.', line: 2, motion: { result: 'CARRIED', movedBy: 'Gordon Flewelling', secondedBy: 'Marie-Claude Thériault' } },
      { text: 'That Council approve the revised Policy E-3.', line: 9, motion: { result: 'Main motion: CARRIED', movedBy: 'Jasmine Roy-Boudreau', secondedBy: 'Kathleen MacIsaac' } },
      { text: 'THAT the report be received.', line: 17, motion: { result: 'CARRIED', movedBy: 'P. Lavigne', secondedBy: 'H. Ngata' } },
    ]);
  });

  it('reads a follow-up table typed with spaces, its wrapped cells and a PDF\'s centred cells', async () => {
    expect(await actions('actions.txt', [
      'ACTION ITEMS ARISING', '',
      'No.  Action                                          Responsible                    Due',
      '1    Circulate revised Policy E-3 to registrants     H. Sandhu                      July 15, 2024',
      '     and post it on the College website',
      '     Review overdue fines on adult materials and                                 June 17, 2025',
      '2                                                    Policy Committee',
      '     report back with the budget impact                                          meeting',
    ])).toEqual([
      { text: 'Circulate revised Policy E-3 to registrants and post it on the College website', owners: ['H. Sandhu'], due: 'July 15, 2024', line: 4 },
      { text: 'Review overdue fines on adult materials and report back with the budget impact', owners: ['Policy Committee'], due: 'June 17, 2025 meeting', line: 6 },
    ]);
  });

  it('reads a "# | Action | Lead | Due | Status" table with two owners in one cell, and a task after a semicolon', async () => {
    expect(await actions('table.md', [
      '# Committee', '', '## 9. Fall retreat', '',
      'Council decided to hold its retreat in Fredericton; Jasmine Leger will book the venue by July 12, 2024.', '',
      '## Action items', '',
      '| # | Action | Lead | Due | Status |', '|---|---|---|---|---|',
      '| 1 | Draft the renewal agreement | Marianne Holt / Curtis Lavallee | December 6, 2024 | New |',
    ])).toEqual([
      { text: 'Council decided to hold its retreat in Fredericton; Jasmine Leger will book the venue by July 12, 2024.', owners: ['Jasmine Leger'], due: 'by July 12, 2024', line: 5 },
      { text: 'Draft the renewal agreement', owners: ['Marianne Holt', 'Curtis Lavallee'], due: 'December 6, 2024', line: 11 },
    ]);
  });

  it('reads members typed in three columns without a header (name, seat, jurisdiction), the seat and the attendance note no affiliation', async () => {
    const { extraction } = await run('rod.txt', [
      'RECORD OF DECISIONS', '', 'Members:', 'Corinne Vasquez      Member/Co-Chair       Natural Resources Canada',
      'Kurt Oyelaran        Alternate Member      British Columbia (by video)', 'Ruth Kalluk          Member                Nunavut (Day 1 only)',
    ]);
    expect(extraction.attendance.map(({ name, role, affiliation }) => `${name}|${role}|${affiliation}`)).toEqual([
      'Corinne Vasquez|CO_CHAIR|Natural Resources Canada', 'Kurt Oyelaran|MEMBER|British Columbia', 'Ruth Kalluk|MEMBER|Nunavut',
    ]);
  });

  it('reads a roll-call table whose rows a PDF sets apart with blank lines, a note in the jurisdiction cell, and the label line that ends it', async () => {
    const { extraction } = await run('cr.txt', [
      'Compte rendu de la 14e réunion', 'Le 26 novembre 2025', '', 'Sont présents', '',
      'Gouvernement / organisme             Représentant(e)            Fonction', '',
      'Environnement et Changement          Geneviève Arsenault-Drolet  Directrice générale, Conservation des',
      'climatique Canada (coprésidence)                                habitats', '',
      'Alberta                              Owen Featherstone          Gestionnaire, Politique des terres',
      '                                                                humides', '',
      'Territoires du Nord-Ouest            Miriam Beaulieu-Hardy      Gestionnaire, Conservation',
      'Absents : Kevin MacAulay (Île-du-Prince-Édouard), excusé', '',
      'Invités : Dre Fatoumata Keïta, Institut des terres humides (point 4); Robert Ahenakew-',
      'Lyons, Cercle consultatif autochtone (point 5)',
    ], 'fr');
    expect(extraction.attendance.map(({ name, role, affiliation }) => [name, role, affiliation])).toEqual([
      ['Geneviève Arsenault-Drolet', 'CO_CHAIR', 'Environnement et Changement climatique Canada'],
      ['Owen Featherstone', 'MEMBER', 'Alberta'],
      ['Miriam Beaulieu-Hardy', 'MEMBER', 'Territoires du Nord-Ouest'],
      ['Kevin MacAulay', 'REGRETS', 'Île-du-Prince-Édouard'],
      ['Fatoumata Keïta', 'GUEST', 'Institut des terres humides'],
      ['Robert Ahenakew-Lyons', 'GUEST', 'Cercle consultatif autochtone'],
    ]);
  });
});
