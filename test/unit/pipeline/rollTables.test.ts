import { run } from './pipelineHelpers';

const people = (name: string, lines: string[]) => run(name, lines).then(({ extraction }) => extraction.attendance.map(({ name: person, role, affiliation }) => `${person ?? '-'}|${role}|${affiliation ?? '-'}`));

describe('a roll table with a header row for each group', () => {
  it('reads each group under its own header, and a guests header as guests', async () => {
    expect(await people('jhsc.md', [
      '# Joint Health and Safety Committee', '', '## 1. Roll Call', '',
      '| Worker Representatives | Union | Attendance |', '|---|---|---|',
      '| Dale Kerrigan (Worker Co-Chair) | Local 2290, Food and Allied Workers | Present |',
      '| Trevor Nakamura | Local 2290, Food and Allied Workers | Regrets |',
      '| Employer Representatives | Position | Attendance |',
      '| Raj Dhillon | Health & Safety Coordinator | Present |',
      '| Resources / Guests | Organization | Attendance |',
      '| Bruno Cavallo | Ridgeline Battery Systems | Present (item 7.2) |', '',
      '## 2. Quorum', '', 'Quorum confirmed.',
    ])).toEqual([
      'Dale Kerrigan|CO_CHAIR|Local 2290, Food and Allied Workers', 'Trevor Nakamura|REGRETS|Local 2290, Food and Allied Workers',
      'Raj Dhillon|MEMBER|-', 'Bruno Cavallo|GUEST|Ridgeline Battery Systems',
    ]);
  });
});
