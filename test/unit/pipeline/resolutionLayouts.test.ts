import { findProseDecisions, isLabelledDecision } from '../../../src/importer/pipeline/patterns/decisionProse';
import { standaloneHeadingLevel } from '../../../src/importer/read/plainTextLines';
import { run } from './pipelineHelpers';

const decisions = (name: string, lines: string[]) => run(name, lines).then(({ extraction }) => extraction.decisions.map((decision) => `${decision.lines[0]}: ${decision.quote.slice(0, 40).trim()}`));

describe('resolutions and verdicts in British and academic minutes', () => {
  it('reads a resolution typed in capitals as a decision, not a heading', async () => {
    expect(standaloneHeadingLevel('RESOLVED THAT THE REPORT BE RECEIVED')).toBeNull();
    expect(standaloneHeadingLevel('MATTERS ARISING')).toBe(1);
    expect(await decisions('board.txt', [
      '1.2       APOLOGIES',
      '          Apologies for absence were received from Professor N Galloway.',
      '',
      '          RESOLVED THAT THE APOLOGIES BE RECEIVED',
      '                                                             Carried',
      '',
      '1.3       MEETING AGENDA REVIEW',
      '          There were no late items.',
    ])).toEqual(['4: RESOLVED THAT THE APOLOGIES BE RECEIVED']);
  });

  it('reads a consensus labelled after its reference', async () => {
    expect(await decisions('tc.txt', [
      'Minutes of LTC #61', '',
      '3. Approval of the minutes', '',
      '[61-C1] Consensus: Approve the minutes of LTC #60 as posted.',
    ])).toEqual(['5: [61-C1] Consensus: Approve the minutes o']);
  });

  it('reads the verdict on the minutes and what delegates agreed', () => {
    expect(findProseDecisions('Agreed a true and accurate record.')).toEqual([0]);
    expect(findProseDecisions('Delegates agreed that the Federation write to the federal Minister.')).toEqual([0]);
    expect(findProseDecisions('Agreed items were listed in the appendix.')).toEqual([]);
  });
});

describe('French deliberations', () => {
  it('reads a body named in full, a deliberation verb in capitals and a text adopted', () => {
    expect(findProseDecisions("L'Assemblée Générale approuve le rapport moral 2024.")).toEqual([0]);
    expect(findProseDecisions("Le conseil communal approuve à l'unanimité le compte administratif de l'exercice 2024.")).toEqual([0]);
    expect(findProseDecisions("DÉCIDE d'approuver la modification budgétaire n°1 de l'exercice 2025.")).toEqual([0]);
    expect(findProseDecisions("Le règlement intérieur ainsi modifié est adopté à l'unanimité des membres présents.")).toEqual([0]);
  });

  it('leaves out what a body had agreed before, another body decided, or a board recommends to its assembly', () => {
    expect(findProseDecisions('Ils rappellent que le Groupe de travail avait convenu en septembre de retirer l’indicateur.')).toEqual([]);
    expect(findProseDecisions('Laurie-Anne Poirier rapporte que le conseil des élèves a décidé de tenir une journée solidaire.')).toEqual([]);
    expect(findProseDecisions("Le conseil d'administration recommande de maintenir la cotisation individuelle à 25 $.")).toEqual([]);
    expect(findProseDecisions('La demande est approuvée par le ministère.')).toEqual([]);
  });
});

describe('resolution numbers', () => {
  it('reads a label over a number as the motion\'s name, not a decision', () => {
    expect(isLabelledDecision('Resolution No: 2025/101')).toBe(false);
    expect(isLabelledDecision('Resolution: CW141')).toBe(false);
    expect(isLabelledDecision('Decision: The agenda is adopted as circulated.')).toBe(true);
  });
});

describe('sub-items run on into their item', () => {
  it('cuts a numbered sub-item title from the minute below it, but not a numbered motion', async () => {
    const { extraction } = await run('cow.txt', [
      'Committee of the Whole Minutes', '',
      '2. New Business',
      '2.1 Hamlet of Ridgeley Water Meter Replacement',
      'Evan Moshurchak, Director of Infrastructure, presented the results of the',
      'meter condition survey.',
      '2.2 Rural Addressing Signage',
      '25.14 Moved by Hanna Lindqvist',
      'That the Committee approve the signs.',
      'CARRIED',
    ]);
    expect(extraction.statements.map((statement) => `${statement.speaker}@${statement.lines[0]}`)).toEqual(['Evan Moshurchak@5']);
    expect(extraction.decisions.map((decision) => decision.motion?.movedBy ?? null)).toEqual(['Hanna Lindqvist']);
  });
});
