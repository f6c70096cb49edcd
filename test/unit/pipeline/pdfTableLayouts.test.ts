import { nameInCapitals } from '../../../src/importer/pipeline/text/personNames';
import { parseAttendeeEntry } from '../../../src/importer/pipeline/patterns/attendeeEntry';
import { splitInlineList } from '../../../src/importer/pipeline/patterns/inlineList';
import { run } from './pipelineHelpers';

const attendance = (name: string, lines: string[]) => run(name, lines).then(({ extraction }) => extraction.attendance.map(({ name: who, role, affiliation, lines: at }) => ({ name: who, role, affiliation, line: at[0] })));
const actions = (name: string, lines: string[]) => run(name, lines).then(({ extraction }) => extraction.actionItems.map(({ text, owners, due, lines: at }) => ({ text, owners, due, line: at[0] })));

describe('PDF tables laid out as text: centred label cells, rows set apart, cells run together', () => {
  it('reads an attendance table whose label sits level with the middle of its names, in capitals', async () => {
    expect(await attendance('board.txt', [
      '              MINUTES OF THE REGULAR MEETING OF THE BOARD OF TRUSTEES', '',
      '                      KAREN LINDQVIST, Board Chair',
      '                      PRIYA NAIDOO-BERG',
      'TRUSTEES PRESENT',
      '                      HAL McCREADY', '',
      'ABSENT                GWEN OYELARAN (with regrets)', '',
      '                      DR. MEERA SANDHU, Superintendent of Schools',
      'ADMINISTRATION',
      '                      BRENDA KOSTIUK, Recording Secretary', '',
      '                      NADIA FROESE, President, Sundance Coulee Local No. 61, Alberta Teachers’',
      'ALSO PRESENT          Association',
      '                      Representative of The Coulee Courier', '',
      '1. CALL TO ORDER',
      'The Chair called the meeting to order at 9:31 a.m.',
    ])).toEqual([
      { name: 'KAREN LINDQVIST', role: 'CHAIR', affiliation: null, line: 3 },
      { name: 'PRIYA NAIDOO-BERG', role: 'MEMBER', affiliation: null, line: 4 },
      { name: 'HAL McCREADY', role: 'MEMBER', affiliation: null, line: 6 },
      { name: 'GWEN OYELARAN', role: 'REGRETS', affiliation: null, line: 8 },
      { name: 'MEERA SANDHU', role: 'SECRETARIAT', affiliation: null, line: 10 },
      { name: 'BRENDA KOSTIUK', role: 'SECRETARIAT', affiliation: null, line: 12 },
      { name: 'NADIA FROESE', role: 'GUEST', affiliation: 'Sundance Coulee Local No. 61, Alberta Teachers’ Association', line: 14 },
      { name: null, role: 'GUEST', affiliation: 'The Coulee Courier', line: 16 },
    ]);
  });

  it('reads a follow-up table whose rows are set apart by blank lines, with centred cells and a cell run into the next', async () => {
    expect(await actions('followup.txt', [
      '9. FOLLOW-UP ITEMS', '',
      'Ref.    Follow-Up                                       Responsibility      Due', '',
      '                                                        Deputy',
      '        Written response to Kiplingside School Parent                       December 12,',
      '4.1                                                     Superintendent',
      '        Council on Route 14                                                 2025',
      '                                                        Abernathy', '',
      '                                                        J. Tremblay-Oke, L.  December 5,',
      '5.2     Post revised Policy 18 and notify school councils',
      '                                                        Ferreira            2025', '',
      '                                                                            December 1,',
      '7.2     Post draft 2026–2027 calendar and feedback survey Communications', '',
      '10. ADJOURNMENT',
    ])).toEqual([
      { text: 'Written response to Kiplingside School Parent Council on Route 14', owners: ['Deputy Superintendent Abernathy'], due: 'December 12, 2025', line: 5 },
      { text: 'Post revised Policy 18 and notify school councils', owners: ['J. Tremblay-Oke', 'L. Ferreira'], due: 'December 5, 2025', line: 11 },
      { text: 'Post draft 2026–2027 calendar and feedback survey', owners: ['Communications'], due: 'December 1,', line: 15 },
    ]);
  });

  it('keeps one table row per capitalised task where rows are not set apart, and names that run past a column', async () => {
    expect(await actions('actions.txt', [
      '12. Action List',
      '# Action                                                       Responsible       Due',
      '   Proceed to design development for the Northgate Branch renewal  A. Trudeau / D.  May 20, 2025',
      '   and report on the tender schedule                           Mallory           meeting',
      '5 Post revised Policy OP-12 on the library website and notify regular  J. Okonkwo  April 1, 2025',
      '   room-booking clients',
    ])).toEqual([
      { text: 'Proceed to design development for the Northgate Branch renewal and report on the tender schedule', owners: ['A. Trudeau', 'D. Mallory'], due: 'May 20, 2025 meeting', line: 3 },
      { text: 'Post revised Policy OP-12 on the library website and notify regular room-booking clients', owners: ['J. Okonkwo'], due: 'April 1, 2025', line: 5 },
    ]);
  });
});

describe('names in capitals and unnamed representatives', () => {
  it('reads a whole name typed in capitals, and not acronyms or labels', () => {
    expect(nameInCapitals('KAREN LINDQVIST')).toBe('Karen Lindqvist');
    expect(nameInCapitals('DELPHINE ST-ARNAUD')).toBe('Delphine St-Arnaud');
    expect(nameInCapitals('TBS SSC')).toBeNull();
    expect(nameInCapitals('TRUSTEES PRESENT')).toBeNull();
    expect(nameInCapitals('Karen Lindqvist')).toBeNull();
  });

  it('gives back a name in capitals as written, with its function, and an organisation represented by no one named', () => {
    expect(parseAttendeeEntry('COLIN ABERNATHY, Deputy Superintendent')).toMatchObject({ name: 'COLIN ABERNATHY', affiliation: null });
    expect(parseAttendeeEntry('Representative of The Coulee Courier')).toMatchObject({ name: null, affiliation: 'The Coulee Courier' });
    expect(splitInlineList('K. Brandt, B. Nakamura-Sloane', false)).toEqual(['K. Brandt', 'B. Nakamura-Sloane']);
    expect(splitInlineList('Will Stevens, Cloud Ops', false)).toEqual(['Will Stevens, Cloud Ops']);
    expect(parseAttendeeEntry('Deux représentants de la Ville de Rimouski')).toMatchObject({ name: null, affiliation: 'la Ville de Rimouski' });
  });
});

describe('a record laid out as one two-column table, labels left and text right', () => {
  const record = [
    '                        SUMMARY OF DISCUSSION', '',
    '   Co-chairs             Hon. Marguerite Ashdown, Minister of Rural Economic Development',
    '                         (Canada)', '',
    '   Participants          Hon. Teodora Mihailescu, Minister of Technology and Innovation',
    '                         (British Columbia)',
    '                         Hon. Ivan Kostiuk, Minister of Innovation (Manitoba)', '',
    '   Regrets               Nunavut; Quebec', '',
    '   Item 1:               Ministers were briefed by officials on the updated coverage',
    '   Coverage progress     map. Teodora Mihailescu noted that remote communities remain',
    '                         the most expensive to serve.', '',
    '   Decisions             Ministers agreed to adopt a common methodology for',
    '                         reporting coverage gaps.', '',
    '  Summary of Discussion - FPT Ministers Responsible for Rural Connectivity      Page 1 of 2', '',
    '   Follow-up             Officials to report back to Ministers on affordability',
    '                         options by March 31, 2026.',
  ];

  it('reads each label as a heading: people one a line with wrapped lines joined, decisions and actions as prose, page furniture left out', async () => {
    const { extraction } = await run('summary.txt', record);
    expect(extraction.attendance.map(({ name, role, affiliation }) => `${name ?? '-'}|${role}|${affiliation ?? '-'}`)).toEqual([
      'Marguerite Ashdown|CO_CHAIR|Canada', 'Teodora Mihailescu|MEMBER|British Columbia', 'Ivan Kostiuk|MEMBER|Manitoba',
      '-|REGRETS|Nunavut', '-|REGRETS|Quebec',
    ]);
    expect(extraction.decisions.map((d) => d.text)).toEqual(['Ministers agreed to adopt a common methodology for reporting coverage gaps.']);
    expect(extraction.actionItems.map((a) => ({ owners: a.owners, line: a.lines[0] }))).toEqual([{ owners: ['Officials'], line: 21 }]);
    expect(extraction.statements.map((s) => s.speaker)).toEqual(['Teodora Mihailescu']);
  });

  it('reads only labels at the labels\' margin: an indented "Moved by:" stays a motion\'s field', async () => {
    const { extraction } = await run('motion.txt', [
      'PRESENT:             Harriet Olmstead                     Mayor (Chair)',
      '                     Devon Achterberg                     Deputy Mayor', '',
      'STAFF:               Colin Mercier                        Chief Administrative Officer', '',
      '3.    ADOPTION OF THE AGENDA', '',
      '      Moved by:       Councillor Ramanathan',
      '      Seconded by:    Councillor Okafor', '',
      '      THAT the agenda be adopted as circulated.',
      '                                                                     CARRIED',
    ]);
    expect(extraction.decisions.map((d) => ({ text: d.text, motion: d.motion }))).toEqual([
      { text: 'THAT the agenda be adopted as circulated.', motion: { movedBy: 'Ramanathan', secondedBy: 'Okafor', result: 'CARRIED' } },
    ]);
  });
});

describe('collective owners of open-source projects', () => {
  it('reads "Maintainers to vote …" as a task of the maintainers', async () => {
    expect(await actions('notes.md', [
      '# Community meeting', '',
      '* Governance: maintainer ladder',
      '    * Ingrid: the GOVERNANCE.md change is up as #2250.',
      '    * Maintainers to vote on #2250 by Aug 28.',
    ])).toEqual([{ text: 'Maintainers to vote on #2250 by Aug 28.', owners: ['Maintainers'], due: 'by Aug 28', line: 5 }]);
  });
});

describe('a web page\'s participants table copied as text, cell bars and all', () => {
  it('reads the barred rows by their header, categories in capitals as no one, a wrapped cell with its row', async () => {
    const { extraction } = await run('minutes.txt', [
      'Inshore Fisheries Advisory Committee', 'Minutes of the meeting of November 5, 2025', '',
      'Participants', 'ORGANIZATION | REPRESENTATIVES | PRESENT | ABSENT |', 'HARVESTERS | |||',
      'Northern Strait Inshore Harvesters Association (NSIHA) | Wendell Cormier (co-chair) | X | |',
      'Eastern Isles Lobster Cooperative | Murray Gallant |', '| X |',
      'PROVINCE | |||', 'Provincial Department of Fisheries and Aquaculture | Kevin MacIsaac | X | |', '',
      '1. Welcome', 'The co-chairs opened the meeting at 9:05 a.m.',
    ]);
    expect(extraction.attendance.map((a) => `${a.name}|${a.role}|${a.affiliation}@${a.lines[0]}`)).toEqual([
      'Wendell Cormier|CO_CHAIR|Northern Strait Inshore Harvesters Association (NSIHA)@7',
      'Murray Gallant|MEMBER|Eastern Isles Lobster Cooperative@8', 'Kevin MacIsaac|MEMBER|Provincial Department of Fisheries and Aquaculture@11',
    ]);
  });
});

describe('a PDF table whose short cells sit level with the middle of a tall row', () => {
  it('joins a participant entry wrapped around its centred jurisdiction, and takes the organisation the entry names', async () => {
    expect(await attendance('minutes.txt', [
      'Council of Deputy Ministers Responsible for Libraries', '', 'Participants', '',
      'Jurisdiction            Participant(s)',
      '                        Rosalind Achterberg, Deputy Minister, Department of Heritage, Libraries and',
      'Nova Scotia (Co-Chair)',
      '                        Archives',
      '                        Tobias Mwangi-Lund, Assistant Deputy Minister, Ministry of Culture and Public',
      'Alberta                 Libraries Development',
      'Yukon                   Petra Holmgren, Deputy Minister, Department of Community Services', '',
      '1. Opening remarks', 'The co-chairs opened the meeting.',
    ])).toEqual([
      { name: 'Rosalind Achterberg', role: 'CO_CHAIR', affiliation: 'Department of Heritage, Libraries and Archives', line: 6 },
      { name: 'Tobias Mwangi-Lund', role: 'MEMBER', affiliation: 'Ministry of Culture and Public Libraries Development', line: 9 },
      { name: 'Petra Holmgren', role: 'MEMBER', affiliation: 'Department of Community Services', line: 11 },
    ]);
  });

  it('does not wrap a column of names alone: a jurisdiction that sends regrets stays a row of its own', async () => {
    expect(await attendance('minutes.txt', [
      'Participants', '',
      'Jurisdiction                            Representative',
      'Yukon                                   Sam Kerrigan',
      'Northwest Territories                   Marie Beaulieu',
      'Regrets                                 Nunavut', '',
      '1. Welcome',
    ])).toEqual([
      { name: 'Sam Kerrigan', role: 'MEMBER', affiliation: 'Yukon', line: 4 },
      { name: 'Marie Beaulieu', role: 'MEMBER', affiliation: 'Northwest Territories', line: 5 },
      { name: null, role: 'REGRETS', affiliation: 'Nunavut', line: 6 },
    ]);
  });

  it('keeps the task lines below a centred row number in that row, and a new number opens the next row', async () => {
    expect(await actions('minutes.txt', [
      'Action Items', '',
      'No.      Action                                    Owner                   Due date',
      '         Revise the draft recognition',
      '25-08                                              Volunteer Network       December 12, 2025',
      '         Framework to reflect comments',
      '         Share the updated contact list for jurisdictional',
      '25-09                                              Secretariat             July 15, 2025',
      '         leads',
      '                                                   Policy and Research     January 2026',
      '25-10    Short list of training options',
      '                                                   Committee               meeting', '',
      'The meeting adjourned at 3:25 p.m.',
    ])).toEqual([
      { text: 'Revise the draft recognition Framework to reflect comments', owners: ['Volunteer Network'], due: 'December 12, 2025', line: 4 },
      { text: 'Share the updated contact list for jurisdictional leads', owners: ['Secretariat'], due: 'July 15, 2025', line: 7 },
      { text: 'Short list of training options', owners: ['Policy and Research Committee'], due: 'January 2026 meeting', line: 10 },
    ]);
  });
});

describe('a board\'s notice-and-minutes PDF: members set three to a line, motions numbered by date', () => {
  it('reads each name of a grid under a people heading, and a "MOTION 2025-06-17 / 01P" block as one decision with its mover', async () => {
    const { extraction } = await run('pv.txt', [
      'RÉSEAU DE SANTÉ', 'AVIS DE RÉUNION / PROCÈS-VERBAL', '', 'Participants', '', 'Membres', '',
      'Rachelle Boudreau-Landry        Yvon Gallant-Poirier                  Lucienne Arsenault-Doiron (présidente)',
      'Martial Cormier                 Édith Savoie-Richard (trésorière)  Normand Duguay', '',
      '3. Adoption de l’ordre du jour', '', 'MOTION 2025-06-17 / 01P', '', 'Proposée par Martial Cormier', '',
      'Appuyée par Normand Duguay', '', 'Et résolu que l’ordre du jour soit adopté tel que présenté.', '', 'Adoptée à l’unanimité.',
    ], 'fr');
    expect(extraction.attendance.map((a) => `${a.name}|${a.role}@${a.lines[0]}`)).toEqual([
      'Rachelle Boudreau-Landry|MEMBER@8', 'Yvon Gallant-Poirier|MEMBER@8', 'Lucienne Arsenault-Doiron|CHAIR@8',
      'Martial Cormier|MEMBER@9', 'Édith Savoie-Richard|MEMBER@9', 'Normand Duguay|MEMBER@9',
    ]);
    expect(extraction.decisions.map((d) => [d.motion?.movedBy, d.motion?.secondedBy])).toEqual([['Martial Cormier', 'Normand Duguay']]);
  });
});
