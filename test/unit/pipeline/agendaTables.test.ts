import { run } from './pipelineHelpers';

const read = async (name: string, lines: string[]) => {
  const { extraction } = await run(name, lines);
  return {
    decisions: extraction.decisions.map(({ text, lines: at, motion }) => [at[0], text, motion?.movedBy ?? null]),
    actions: extraction.actionItems.map(({ owners, due, lines: at }) => [at[0], owners, due]),
    speakers: extraction.statements.map(({ speaker }) => speaker),
  };
};

describe('minutes tables laid out by agenda item (Item | Discussion | Decision | Action)', () => {
  it('reads each row\'s discussion, decision and action cells by their column', async () => {
    expect(await read('minutes.md', [
      '# Board of Directors — Minutes', '', 'October 29, 2025', '',
      '**Present:** Margaret Lindqvist (Chair), Harold Penner, Devinder Sahota', '',
      '| Agenda Item | Discussion | Motion/Decision | Action |', '|---|---|---|---|',
      '| 3.0 Approval of Agenda | The agenda was circulated in advance. | MOVED by H. Penner SECONDED by D. Sahota THAT the agenda be approved as circulated. CARRIED | |',
      '| 4.0 Patient Story | S. Achterberg shared a story. | | S. Achterberg to bring the pilot results to the Quality Committee in January 2026. |',
      '| 5.0 CEO Report | Harold Penner presented the report. | Received for information. | |',
      '| 6.0 Budget | | The Board approved the 2026 operating budget. | |',
    ])).toEqual({
      decisions: [[9, 'THAT the agenda be approved as circulated.', 'H. Penner'], [12, 'The Board approved the 2026 operating budget.', null]],
      actions: [[10, ['S. Achterberg'], null]],
      speakers: ['S. Achterberg', 'Harold Penner'],
    });
  });

  it('reads the table typed with spaces, a PDF\'s cells centred beside taller ones, up to the signatures', async () => {
    expect(await read('minutes.txt', [
      'MINUTES OF MEETING', 'Wednesday, October 29, 2025', '',
      'Present: Margaret Lindqvist (Chair), Harold Penner, Devinder Sahota', '',
      'Agenda Item            Discussion                            Motion/Decision          Action',
      '                                                             MOVED by H. Penner',
      '                                                             SECONDED by D. Sahota',
      '3.0 Approval of Agenda  The agenda was circulated.           THAT the agenda be',
      '                                                             approved.',
      '                                                             CARRIED',
      '                       S. Achterberg shared a story of a',
      '                                                                                      S. Achterberg to bring',
      '4.0 Patient Story      patient transferred to the new unit.',
      '                                                                                      the results to the',
      '                       Directors discussed the summaries.',
      '                                                                                      Board in January 2026.',
      '',
      '__________________________________         __________________________________',
      'Margaret Lindqvist, Chair               Dr. Rachel Okafor, Secretary',
    ])).toEqual({
      decisions: [[7, 'THAT the agenda be approved.', 'H. Penner']],
      actions: [[13, ['S. Achterberg'], null]],
      speakers: ['S. Achterberg'],
    });
  });

  it('reads people columns a PDF wraps inside their cells, and a president of another body as no chair', async () => {
    const { extraction } = await run('minutes.txt', [
      'MINUTES OF MEETING', 'Wednesday, October 29, 2025', '',
      'Voting Directors Present             Non-Voting Directors Present      Regrets',
      'Margaret Lindqvist, Chair            Dr. Rachel Okafor, President & CEO',
      'Harold Penner, Treasurer             Dr. Thomas Whitcombe, Chief of    Brenda Kowalchuk, Director',
      'Devinder Sahota                      Staff                             Dr. Paul Desrosiers, Vice-President,',
      '                                     Dr. Anil Ramesh, President,       Medical Staff Association',
      '                                     Medical Staff Association',
      '', '1. Call to order', '', 'The Chair called the meeting to order.',
    ]);
    expect(extraction.attendance.map(({ name, role, affiliation }) => `${name}|${role}|${affiliation ?? '-'}`)).toEqual([
      'Margaret Lindqvist|CHAIR|-', 'Harold Penner|MEMBER|-', 'Devinder Sahota|MEMBER|-',
      'Rachel Okafor|MEMBER|-', 'Thomas Whitcombe|MEMBER|-', 'Anil Ramesh|MEMBER|Medical Staff Association',
      'Brenda Kowalchuk|REGRETS|-', 'Paul Desrosiers|REGRETS|Medical Staff Association',
    ]);
  });
});
