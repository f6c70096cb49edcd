import { run } from './pipelineHelpers';

const tasks = (name: string, lines: string[]) => run(name, lines).then(({ extraction }) => extraction.actionItems.map(({ owners, due, lines: at }) => ({ owners, due, line: at[0] })));

describe('action items in other layouts', () => {
  it('reads a Who | What | When table, "Who: / What: / When:" lines, and leaves a ticked checkbox and the next meeting out', async () => {
    expect(await tasks('board.md', [
      '**Attendees:** Maria Santos (Chair), Kevin O\'Brien, Priya Raman, Fatima Noor, Leon Dubois', '', '## Follow-ups', '',
      '| Who | What | When |', '|---|---|---|', '| Kevin | Send the audited statements to the Foundation | May 15 |',
      '| Priya, Fatima | Draft the recruitment poster | Next meeting |', '',
      'Who: Leon', 'What: Update the volunteer handbook', 'When: by May 31', '',
      '- [ ] Maria – send the member survey – by May 3', '- [x] Priya – circulate the March minutes', '', 'Next meeting: May 14, 2024.',
    ])).toEqual([
      { owners: ['Kevin'], due: 'May 15', line: 7 },
      { owners: ['Priya', 'Fatima'], due: 'Next meeting', line: 8 },
      { owners: ['Leon'], due: 'by May 31', line: 10 },
      { owners: ['Maria'], due: 'by May 3', line: 14 },
    ]);
  });

  it('reads "Responsable : X — Échéance : date" with the task on the next line', async () => {
    const found = await run('pv.txt', ['5. POLITIQUE', '', 'Responsable : Mme Pelletier — Échéance : 30 avril 2024', 'Préparer une proposition de grille tarifaire.']);
    expect(found.extraction.actionItems.map(({ text, owners, due, lines }) => ({ text, owners, due, lines }))).toEqual([
      { text: 'Préparer une proposition de grille tarifaire.', owners: ['Pelletier'], due: '30 avril 2024', lines: [3, 4] },
    ]);
  });

  it('gives the owners of a parent entry ("Working group members to:") to each sub-entry, and reads "Action 2024-06:"', async () => {
    expect(await tasks('record.md', [
      '# Record of decisions', '', '## 3. Lead', '', 'Action 2024-06: Ontario and Québec to prepare a comparison of sampling protocols.', '', '## 4. Next steps', '',
      '- Working group members to:', '  - review the draft objective by July 15;', '  - identify a laboratory contact.',
      '- Secretariat to schedule the fall meeting.',
    ])).toEqual([
      { owners: ['Ontario', 'Québec'], due: null, line: 5 },
      { owners: ['Working group members'], due: 'by July 15', line: 10 },
      { owners: ['Working group members'], due: null, line: 11 },
      { owners: ['Secretariat'], due: null, line: 12 },
    ]);
  });

  it('keeps "The Director of Education will …" as an action inside a trustee\'s passage (an office, not reported speech)', async () => {
    expect(await tasks('board.txt', [
      'Trustees Present: Samira Farouk, Neil Brandt', '', '5. NEW BUSINESS', '',
      'Trustee Farouk requested a report on portable classrooms. The Director of Education will', 'bring the report to the June 11 meeting.',
    ])).toEqual([{ owners: ['Director of Education'], due: null, line: 5 }]);
  });

  it('does not read a request put to the meeting\'s own body ("asked Council to consider") as a task', async () => {
    expect(await tasks('council.txt', [
      'Council Present:\tMayor Brenda Kowalchuk', '', '3. DELEGATIONS', '',
      'Ruth Anders, Elk Rapids Curling Club, asked Council to consider a grant toward the new ice plant.',
      'Council asked Kyle Brandt to report on the ice plant by October 7.',
    ])).toEqual([{ owners: ['Kyle Brandt'], due: 'by October 7', line: 6 }]);
  });

  it('reads an "ACTION REQUIRED" list of "Office (Person) – task – due" entries wrapped onto indented lines', async () => {
    expect(await run('board.txt', [
      'MINUTES', '', '12. ADJOURNMENT', '', 'The meeting adjourned at 9:19 p.m.', '', '', 'ACTION REQUIRED', '',
      'Superintendent of Business – Costed plan for two portable classrooms at Quarry', '   Hill P.S. to the Board – December 16, 2025',
      'Superintendent of Education (Haddad) – Plan and hold the public consultation on secondary', '   bell times – January 2026',
      'Director of Education – Include outdoor classrooms in the 2026-27 budget', '   consultation',
      'Trustee Barrington – Circulate the summit summary to all trustees',
    ]).then(({ extraction }) => extraction.actionItems.map(({ owners, due, lines }) => ({ owners, due, line: lines[0] })))).toEqual([
      { owners: ['Superintendent of Business'], due: 'December 16, 2025', line: 10 },
      { owners: ['Superintendent of Education'], due: 'January 2026', line: 12 },
      { owners: ['Director of Education'], due: null, line: 14 },
      { owners: ['Barrington'], due: null, line: 16 },
    ]);
  });

  it('reads the tasks a decision gives under a Decisions heading, not its lead-in line', async () => {
    const { extraction } = await run('rod.md', [
      '# Record of Decisions', '', '## Decisions', '', 'At the meeting, Ministers took the following decisions:', '',
      'Ministers agreed to endorse the Winter Guidelines.', '', 'Ministers directed officials to prepare a scan of e-bike rules by September 30, 2026.',
    ]);
    expect(extraction.decisions.map(({ lines }) => lines[0])).toEqual([7, 9]);
    expect(extraction.actionItems.map(({ owners, due }) => ({ owners, due }))).toEqual([{ owners: ['officials'], due: 'by September 30, 2026' }]);
  });

  it('reads members written as initials in brackets: "TODO [EM] : …", "TODO [ACB] + [EM] : …", "[ACB] va répondre …"', async () => {
    expect(await tasks('ca.md', [
      '# PV', '', '### 03.01 Appel de projets', '', 'La Ville lance un appel de projets.', '',
      'TODO [EM] : vérifier l\'admissibilité de la coop d\'ici le 24 octobre.', '',
      '### 03.02 Courriel d\'un voisin', '', 'Le CA convient de fixer à 10 h le début des travaux.', '[ACB] va répondre au voisin.', '',
      'TODO [ACB] + [EM] : monter le dossier de prêt pour le 14 novembre.',
    ])).toEqual([
      { owners: ['EM'], due: 'd\'ici le 24 octobre', line: 7 },
      { owners: ['ACB'], due: null, line: 12 },
      { owners: ['ACB', 'EM'], due: 'le 14 novembre', line: 14 },
    ]);
  });

  it('reads the list under "Summary of New Action Items - Meeting 17" written right above it', async () => {
    expect(await tasks('wg.txt', [
      'Groundwater Monitoring Working Group', '', '17.12 Adjournment', 'The meeting adjourned at 3:22 pm EST.', '',
      'Summary of New Action Items - Meeting 17',
      '1. Members - comments on lithology schema v0.9 to Secretariat - February 21, 2025',
      '2. Maeve Corrigan - draft 5 of the Data-Sharing Agreement Template - February 14, 2025',
    ])).toEqual([
      { owners: ['Members'], due: 'February 21, 2025', line: 7 },
      { owners: ['Maeve Corrigan'], due: 'February 14, 2025', line: 8 },
    ]);
  });

  it('reads orders to an office ("directed the Registrar to", "Staff was directed to"), not a motion directing staff', async () => {
    expect(await tasks('committee.md', [
      '## 4. Applications', '',
      'The Committee directed the Registrar to refer the applicant to the Clinical Competency Assessment.', '',
      'Staff was directed to monitor Sunday travel demand in Eastgate.', '',
      'Moved by Trustee Rahimi, seconded by Trustee Okafor, THAT the Board direct staff to review the calendar. CARRIED',
    ])).toEqual([
      { owners: ['Registrar'], due: null, line: 3 },
      { owners: ['Staff'], due: null, line: 5 },
    ]);
  });
});
