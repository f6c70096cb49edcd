import { run } from './pipelineHelpers';

describe('decisions', () => {
  it('reads a carried motion with its mover, seconder and result, and leaves a defeated one out', async () => {
    const { extraction } = await run('council.md', [
      '## 1. Call to order', '',
      'MOTION: To adopt the agenda as circulated.', 'Moved by Omar Haddad. Seconded by Lucie Tremblay.', 'Carried (5 to 0)', '',
      'Moved by Omar Haddad, seconded by Lucie Tremblay, that the council contribute $500 to the 2024 Winter', 'Lights Festival.', 'Defeated (2 to 3)',
    ]);
    expect(extraction.decisions).toEqual([{
      text: 'To adopt the agenda as circulated.', lines: [3, 5], quote: 'MOTION: To adopt the agenda as circulated. Moved by Omar Haddad. Seconded by Lucie Tremblay. Carried (5 to 0)',
      motion: { movedBy: 'Omar Haddad', secondedBy: 'Lucie Tremblay', result: 'Carried (5 to 0)' },
    }]);
    expect(extraction.unread).toContainEqual({ lines: [7, 9], reason: 'motion defeated or withdrawn: read, and not a decision' });
  });

  it('reads French motions over several lines, "Adopté" and not "Rejeté"', async () => {
    const { extraction } = await run('pv.txt', [
      '2. ADOPTION DU PROCÈS-VERBAL', '',
      'Il est proposé par Mme Sophie Lavoie', 'Appuyé par M. Karim Benali', 'D\'adopter le procès-verbal de la séance du 20 mars 2024.', 'Adopté.', '',
      'Il est proposé par M. Karim Benali, appuyé par Mme Sophie Lavoie, d\'accorder 2 000 $ à la fête de', 'quartier du 15 juin.', 'Rejeté (2 voix pour, 3 contre).',
    ]);
    expect(extraction.decisions.map((d) => ({ lines: d.lines, motion: d.motion }))).toEqual([
      { lines: [3, 6], motion: { movedBy: 'Sophie Lavoie', secondedBy: 'Karim Benali', result: 'Adopté.' } },
    ]);
  });

  it('reads prose decisions of the meeting, not decisions reported from elsewhere or wished for', async () => {
    const { extraction } = await run('m.md', [
      '## 3. Items', '',
      'After discussion, the council agreed to support Concept B and to ask the City to keep the accessible swing.', '',
      'The minutes of the February meeting were approved.', '',
      'Les membres conviennent de transmettre un avis favorable à la STSA.', '',
      '* 2 months ago the government of Canada approved the development an open source digital workspace', '',
      '* At the next meeting we would like this to be endorsed by the Open Source Advisory Board',
    ]);
    expect(extraction.decisions.map((d) => d.lines[0])).toEqual([3, 5, 7]);
  });

  it('reads a numbered decision whose words follow the label on the next line', async () => {
    const { extraction } = await run('r.txt', ['QUESTIONS ADMINISTRATIVES', '', 'Décision no 1 :', '', 'Le compte rendu des', 'décisions de la réunion du 26 février 2020 est approuvé sans modification.']);
    expect(extraction.decisions).toHaveLength(1);
    expect(extraction.decisions[0]?.lines).toEqual([3, 6]);
  });
});

describe('decisions, other written forms', () => {
  it('reads "Decision #N:", "Resolution:" and "le conseil décide"', async () => {
    const { extraction } = await run('m.txt', [
      '3. ITEMS', '', 'Decision #3: The board adopts the 2024 budget.', '', 'Resolution: That the terms of reference be amended.', '',
      'Le conseil décide de demander à la Ville l’installation d’une traverse piétonne.', '', 'Jim thinks the budget is too small.',
    ]);
    expect(extraction.decisions.map((d) => d.lines[0])).toEqual([3, 5, 7]);
  });
});

describe('decisions, formal and verbless forms', () => {
  it('reads "Agenda adopted.", minutes approved as circulated, "RESOLVED THAT", "Consensus:", and a motion whose result is on the next line; not tabled or noted items', async () => {
    const { extraction } = await run('m.md', [
      '## 1. Agenda and minutes', '', 'Agenda adopted.', '', 'The minutes of the May 4 meeting were approved as circulated.', '',
      '## 2. Budget', '', 'It was moved and seconded that the group buy two tents.', 'Motion carried.', '',
      'A motion to buy a new display case was tabled until January.', '', 'The treasurer\'s report was noted.', '',
      'Consensus: the fair will run for two days.', '', 'RESOLVED THAT the group donate $100 to the food bank.',
    ]);
    expect(extraction.decisions.map((d) => d.lines[0])).toEqual([3, 5, 9, 16, 18]);
    expect(extraction.decisions[2]?.motion).toEqual({ result: 'Motion carried.' });
  });

  it('reads "La proposition est adoptée à l\'unanimité." as the result of the motion above, not a decision of its own', async () => {
    const { extraction } = await run('pv.txt', [
      '2. Sortie', '', 'Il est proposé par Hugo Lefebvre, appuyé par Sophie Tremblay, de réserver l\'autobus.', 'La proposition est adoptée à l\'unanimité.', '',
      'Une proposition de vendre du chocolat est retirée.',
    ]);
    expect(extraction.decisions.map((d) => ({ line: d.lines[0], motion: d.motion }))).toEqual([
      { line: 3, motion: { movedBy: 'Hugo Lefebvre', secondedBy: 'Sophie Tremblay', result: 'La proposition est adoptée à l\'unanimité.' } },
    ]);
  });
});
