import { run, sectionKinds } from './pipelineHelpers';

const people = (name: string, lines: string[]) => run(name, lines).then(({ extraction }) => extraction.attendance.map(({ name: person, role, affiliation }) => `${person ?? '-'}|${role}|${affiliation ?? '-'}`));

describe('a board roll set off by stars, its motions with recorded votes', () => {
  // As a port authority's web page publishes it: the labels are paragraphs, the roll two-cell tables.
  const row = (...cells: string[]) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
  const roll = [
    '<html><body><main>', '<h1>Minutes of the Regular Meeting of the Board of Directors</h1>',
    '<p>The meeting convened at 9:32 a.m. with Chairperson Okafor presiding.</p>',
    '<p>* * * * * PRESENT * * * * *</p>', '<table>', row('Amara Okafor', 'Chairperson'), row('Bernard Lind', 'Vice-Chairperson'), '</table>',
    '<p>* * * * * ABSENT * * * * *</p>', '<table>', row('Ramona Steeves', 'Director (User nominee)'), '</table>',
    '<p>* * * * * ALSO PRESENT * * * * *</p>', '<table>', row('Luis Ferreira', 'Harbour Master'),
    row('Martin Choquette', 'Partner, Brisebois Lachance LLP (Item 6 only)'), '</table>',
    '<h2>1. Adjournment</h2>', '<p>The meeting adjourned at 11:20 a.m.</p>', '<p>Gwen Albright<br>Corporate Secretary</p>',
    '<p>Download PDF (212 KB) | Back to all meetings</p>', '</main></body></html>',
  ];

  it('reads the starred labels as list headings, and the presiding surname as the chair listed in full', async () => {
    expect(await people('roll.html', roll)).toEqual([
      'Amara Okafor|CHAIR|-', 'Bernard Lind|MEMBER|-', 'Ramona Steeves|REGRETS|-',
      'Luis Ferreira|GUEST|-', 'Martin Choquette|GUEST|Brisebois Lachance LLP',
    ]);
  });

  it('keeps a first name with an organisation of its own apart from a namesake', async () => {
    expect(await people('names.md', ['# Board', '', '## Attendees', '', '- Philippe Martin (Cloudera)', '- Martin (SSC)']))
      .toEqual(['Philippe Martin|MEMBER|Cloudera', 'Martin|MEMBER|SSC']);
  });

  it('reads "Vote: All Ayes" and a tally as the outcome, and "Action on Minutes" as an agenda item', async () => {
    const { doc, extraction } = await run('votes.md', [
      '# Board', '', '## 3. Action on Minutes', '',
      'On motion by Director Lind, seconded by Director Haddad, the minutes of April 17 were approved as submitted. Vote: All Ayes.', '',
      '## 4. Contract', '',
      'On motion by Director Haddad, seconded by Director Lind, the Board adopted Resolution 2025-15, awarding the contract. Vote: 5 Ayes, 1 Nay (Dubeau).', '',
      'On motion by Director Dubeau, seconded by Director Wyeth, the Board deferred the award. Vote: 2 Ayes, 4 Nays.', '',
    ]);
    expect(sectionKinds(doc)).toEqual(['1:header', '3:discussion', '7:discussion']);
    expect(extraction.decisions.map((d) => [d.lines[0], d.motion?.movedBy, d.motion?.result])).toEqual([
      [5, 'Lind', 'Vote: All Ayes.'], [9, 'Haddad', 'Vote: 5 Ayes, 1 Nay (Dubeau).'],
    ]);
  });
});

describe('a Word form with two labelled fields on a line, a roll table under a legend', () => {
  it('reads each label\'s person, the table by its header and its attendance codes, and CARRIED ending the movers\' line', async () => {
    const { extraction } = await run('mac.md', [
      'Lakehead Valley General Hospital', '', 'Medical Advisory Committee – Minutes', '',
      'Chair: Dr. Rebecca Amankwah, Chief of Staff Recorder: Colleen Drury, Medical Affairs Coordinator', '',
      'Legend: P = Present R = Regrets G = Guest', '',
      '| Name | Position | Attendance |', '|---|---|---|',
      '| Dr. Kenji Watanabe | President, Medical Staff Association | P |',
      '| Dr. Martin Lavoie | Chief, Department of Surgery | R |',
      '| Dr. Hamid Sarraf | Quality Lead | G |', '',
      '## 1. Approval of Agenda', '', 'MOTION: To approve the agenda as circulated.', '',
      'Moved: Dr. Qureshi Seconded: Dr. Bellamy CARRIED', '',
    ]);
    expect(extraction.attendance.map((a) => `${a.name}|${a.role}|${a.affiliation ?? '-'}`)).toEqual([
      'Rebecca Amankwah|CHAIR|-', 'Colleen Drury|SECRETARIAT|-', 'Kenji Watanabe|MEMBER|Medical Staff Association',
      'Martin Lavoie|REGRETS|Department of Surgery', 'Hamid Sarraf|GUEST|-',
    ]);
    expect(extraction.decisions.map((d) => [d.lines[0], d.motion?.result])).toEqual([[17, 'CARRIED']]);
  });
});

describe('a legislative committee\'s minutes of proceedings: titled surnames, a signature block', () => {
  it('reads the Deputy Chair as a member, a constituency as no organisation, and no one from the signatures', async () => {
    const { extraction } = await run('proceedings.txt', [
      'STANDING COMMITTEE ON ECONOMIC DEVELOPMENT', '', 'MINUTES OF PROCEEDINGS', '',
      'Members Present: Ms. Arcand (Chair), Mr. Kowalchuk (Deputy Chair), Ms. Nitsiza', '',
      'Other Members Present: Ms. Tremblay-Kaye (Member for Crane Lake)', '',
      '1. ADOPTION OF AGENDA', '', 'Mr. Ruben moved that the agenda be adopted as circulated.', '',
      '                                          MOTION CARRIED', '',
      'The Committee adjourned at 12:34 p.m.', '', '',
      '                                        Ms. Arcand', '                                        Chair', '',
      '                                        Rhiannon Tait', '                                        Committee Clerk', '',
    ]);
    expect(extraction.attendance.map((a) => `${a.name}|${a.role}|${a.affiliation ?? '-'}`)).toEqual([
      'Arcand|CHAIR|-', 'Kowalchuk|MEMBER|-', 'Nitsiza|MEMBER|-', 'Tremblay-Kaye|OBSERVER|-',
    ]);
  });
});

describe('a students\' council: titles before names, proposals moved without words of their own', () => {
  it('reads the titled roll, the president beside the council chair as a member, and a passed proposal by its title', async () => {
    const { extraction } = await run('council.md', [
      '# Students\' Council', '', '**Present Members (voting)**', '',
      'President Adaeze Nwosu', 'Council Chair Priscilla Dunmore', 'Clubs Commissioner Yasmin El-Amin', '',
      '**In Attendance**', '', 'Chief Returning Officer Nadine Farouk (for item 4 only)', '',
      'Other Presenters:', '', 'Dana Whitfield, Larkspur Risk Advisors (Item 6.2)', '',
      '## Part B: Proposals', '', '### B1 Free Menstrual Products in All Campus Washrooms (2526P07)', '',
      'Proposed: Mika Laurendeau, Vice-President Student Life; Seconded: Jolene Beaumont, Nursing Faculty Councillor', '',
      'Speaking for, Mika said that the pilot had used 4,100 products in six weeks.', '',
      '- The Proposal was passed, on a clear show of voting cards.', '',
      '### B2 Ban on Single-Use Water Bottles (2526P08)', '',
      'Proposed: Wen Li, Councillor-at-Large; Seconded: Marisol Ortega, Councillor-at-Large', '',
      '- The Proposal fell, 10 for, 12 against, 2 abstentions.', '',
    ]);
    expect(extraction.attendance.map((a) => `${a.name}|${a.role}`)).toEqual([
      'Adaeze Nwosu|MEMBER', 'Priscilla Dunmore|CHAIR', 'Yasmin El-Amin|MEMBER', 'Nadine Farouk|GUEST', 'Dana Whitfield|PRESENTER',
    ]);
    expect(extraction.decisions.map((d) => [d.lines[0], d.text])).toEqual([[19, 'B1 Free Menstrual Products in All Campus Washrooms (2526P07)']]);
  });
});

describe('a scribed call with a dated heading over its attendees', () => {
  it('reads the Chair and Scribe labels as people lists, a date heading being no agenda item', async () => {
    const { extraction } = await run('call.md', [
      '# Transit Feeds WG', '', '## 14 May 2025', '', '### Present', '', 'Ana Ribeiro, Jonas Weide, Li Wei', '',
      '### Chair', '', 'Mira Holt', '', '### Scribe', '', 'Sam Lee', '', '## 1. Agenda review', '', 'Mira: we start with the feed.', '',
    ]);
    expect(extraction.attendance.map((a) => `${a.name}|${a.role}`)).toEqual(['Ana Ribeiro|MEMBER', 'Jonas Weide|MEMBER', 'Li Wei|MEMBER', 'Mira Holt|CHAIR', 'Sam Lee|SECRETARIAT']);
  });
});

describe('an airport authority\'s open session: lists named by who is present, motions moved in capitals', () => {
  it('reads management and guests present as staff and guests, and "X MOVED, SECONDED by Y, …. Upon vote, the MOTION WAS APPROVED"', async () => {
    const { extraction } = await run('board.txt', [
      'NORTHWIND REGIONAL AIRPORT AUTHORITY', 'Minutes of the Meeting of the Board of Directors – Open Session', '',
      'Directors present: Diane Koval (Chair), Marcus Oyelaran (Vice-Chair), Brenda Schultz', '',
      'Management present: Scott Pellerin, President and CEO; Wendy Lachance, Corporate Secretary (recording)', '',
      'Guests present: Tom Brisebois, Northern Aviation Services', '',
      '2. APPROVAL OF AGENDA',
      'Marcus Oyelaran MOVED, SECONDED by Brenda Schultz, to approve the agenda as circulated. Upon vote, the',
      'MOTION WAS APPROVED UNANIMOUSLY.', '',
    ]);
    expect(extraction.attendance.map((a) => `${a.name}|${a.role}`)).toEqual([
      'Diane Koval|CHAIR', 'Marcus Oyelaran|MEMBER', 'Brenda Schultz|MEMBER', 'Scott Pellerin|SECRETARIAT', 'Wendy Lachance|SECRETARIAT', 'Tom Brisebois|GUEST',
    ]);
    expect(extraction.decisions.map((d) => [d.lines[0], d.text, d.motion?.movedBy, d.motion?.secondedBy])).toEqual([
      [11, 'to approve the agenda as circulated.', 'Marcus Oyelaran', 'Brenda Schultz'],
    ]);
  });
});

describe('a roll written as the opening paragraph of a co-operative board\'s minutes', () => {
  it('reads who presided inside the list, plural titles, titles before names, the recorder and regrets as sentences', async () => {
    expect(await people('minutes.txt', [
      'CALL TO ORDER – AGENDA ITEM #1', '',
      'The meeting was called to order at 9:30 a.m. in the boardroom. Present were President Gunnar Ellefsen, who presided,',
      'and Directors Hollis Brandt, Mireille Kowalczyk (Second Vice President) and Raymond Sauvé.',
      'Also present were CEO Priya Halvorsen, General Counsel Benedict Ayles and Manager of Member Relations Kofi Asante-Reid.',
      'Executive Assistant Lorna Pike recorded the minutes. Director Wynn Carvalho sent regrets.', '',
      'MEMBER INPUT – AGENDA ITEM #2', '', 'Two members attended.',
    ])).toEqual([
      'Gunnar Ellefsen|CHAIR|-', 'Hollis Brandt|MEMBER|-', 'Mireille Kowalczyk|MEMBER|-', 'Raymond Sauvé|MEMBER|-',
      'Priya Halvorsen|GUEST|-', 'Benedict Ayles|GUEST|-', 'Kofi Asante-Reid|GUEST|-', 'Lorna Pike|SECRETARIAT|-', 'Wynn Carvalho|REGRETS|-',
    ]);
  });
});

describe('a community council\'s roll under its title: each area, then its members set off by a dash', () => {
  it('reads the areas as affiliations, "In attendance -" after the members as guests, "Apologies -" as regrets and leaves the public uncounted', async () => {
    expect(await people('minutes.txt', [
      'GLENSIDE & ARDLEA COMMUNITY COUNCIL', '', 'Draft Minutes of Meeting held on Monday 12th May, 2025 at the Memorial Hall, 7.30pm', '',
      'Glenside - Mrs F. Drummond (Chair), Mr A. Baird',
      'Balnamoon - Mr G. Urquhart (Secretary)',
      'Kilry Landward - Mrs H. Findlater, Mr T. Oyelaran',
      'In attendance - Cllr. M. Strachan, PC R. Nairn (Police Scotland), and 6 members of the public',
      'Apologies - Mr W. Cargill, Mrs S. Doig.', '',
      '1. Minutes of previous meeting', 'Approval of the minutes was proposed by Mr A. Baird.',
    ])).toEqual([
      'F. Drummond|CHAIR|Glenside', 'A. Baird|MEMBER|Glenside', 'G. Urquhart|MEMBER|Balnamoon', 'H. Findlater|MEMBER|Kilry Landward', 'T. Oyelaran|MEMBER|Kilry Landward',
      'M. Strachan|GUEST|-', 'R. Nairn|GUEST|Police Scotland', 'W. Cargill|REGRETS|-', 'S. Doig|REGRETS|-',
    ]);
  });
});

describe('a task group\'s participants under labels of its own', () => {
  it('reads "Provinces and territories: A (BC), B (AB)" under "Participants" as members, between the co-chairs and the observer', async () => {
    expect(await people('record.md', [
      '# Record of Teleconference', '', '### Participants', '',
      '**Co-chairs:** Marianne Okpik (NU); Daniel Forsythe (Health Canada)', '',
      '**Provinces and territories:** Heather Lim (BC), Wendell Gruber (AB), Colette Arsenault (NB)', '',
      '**Observer:** Geneviève Pelletier (NS)', '', '### 1. Welcome', '', 'The co-chairs opened the call.',
    ])).toEqual([
      'Marianne Okpik|CO_CHAIR|NU', 'Daniel Forsythe|CO_CHAIR|Health Canada',
      'Heather Lim|MEMBER|BC', 'Wendell Gruber|MEMBER|AB', 'Colette Arsenault|MEMBER|NB', 'Geneviève Pelletier|OBSERVER|NS',
    ]);
  });
});
