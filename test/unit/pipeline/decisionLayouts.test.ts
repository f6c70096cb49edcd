import { run } from './pipelineHelpers';

const decisions = (name: string, lines: string[]) => run(name, lines).then(({ extraction }) => extraction.decisions.map(({ text, lines: at, motion }) => ({ text, line: at[0], ...(motion ? { motion } : {}) })));

describe('decisions in other layouts', () => {
  it('reads numbered resolutions in capitals (MOVED BY / SECONDED BY / THAT / CARRIED), not a DEFEATED one', async () => {
    expect(await decisions('board.txt', [
      '2. APPROVAL OF THE AGENDA', '',
      '2024-071', 'MOVED BY Trustee Osei', 'SECONDED BY Trustee Farouk', 'THAT the agenda be approved as circulated.', 'CARRIED', '',
      '2024-074', 'MOVED BY Trustee Brandt', 'SECONDED BY Trustee Marchetti', 'THAT the Board request a second PA day.', 'DEFEATED', '',
      'Motion by Trustee Farouk; seconded by Trustee Kowalski, that the calendar be approved as presented. Carried (5-1)',
    ])).toEqual([
      { text: 'THAT the agenda be approved as circulated.', line: 3, motion: { movedBy: 'Osei', secondedBy: 'Farouk', result: 'CARRIED' } },
      { text: 'that the calendar be approved as presented.', line: 15, motion: { movedBy: 'Farouk', secondedBy: 'Kowalski', result: 'Carried (5-1)' } },
    ]);
  });

  it('reads "RÉSOLUTION CA-2024-08" then "Sur proposition de …, appuyée par …, il est résolu", not a REJETÉE one', async () => {
    const found = await decisions('pv.txt', [
      '2. ADOPTION DE L\'ORDRE DU JOUR', '',
      'RÉSOLUTION CA-2024-08', 'Sur proposition de Mme Sylvie Pelletier, appuyée par M. François Lemieux, il est résolu à l\'unanimité',
      'd\'adopter l\'ordre du jour tel que présenté.', 'ADOPTÉE', '',
      'RÉSOLUTION CA-2024-11', 'Il est proposé par Mme Amélie Cloutier, appuyé par M. Alain Bergeron, et résolu que les salles soient', 'louées gratuitement.', 'REJETÉE',
    ], );
    expect(found.map(({ line, motion }) => ({ line, motion }))).toEqual([{ line: 3, motion: { movedBy: 'Sylvie Pelletier', secondedBy: 'François Lemieux', result: 'ADOPTÉE' } }]);
  });

  it('reads impersonal decisions ("il est décidé de", "il est convenu de", "it was agreed that")', async () => {
    expect((await decisions('notes.txt', [
      'NOTES DE LA RENCONTRE', '2. STATIONS', 'Après discussion, il est décidé d\'ajouter deux stations près du campus.', '',
      'Il est convenu de présenter le tarif étudiant au conseil municipal en avril.', '', 'It was agreed that the survey would close on May 3.',
    ])).map((d) => d.line)).toEqual([3, 5, 7]);
  });

  it('does not take a unit ("5 µg/L.") for an initial: the next sentence is read on its own', async () => {
    expect((await decisions('record.md', [
      '## 3. Lead', '', 'Ann Lee reported that 7 per cent of the fountains exceeded 5 µg/L.', 'Members agreed that a national summary would be useful.',
    ])).map((d) => d.text)).toEqual(['Members agreed that a national summary would be useful.']);
  });

  it('reads "Resolution 2024-112" over "Moved by / Seconded by / That …" and a one-line motion ending in "CARRIED"', async () => {
    expect(await decisions('council.txt', [
      '2. ADOPTION OF AGENDA', '', 'Resolution 2024-112', 'Moved by Councillor Baptiste', 'Seconded by Deputy Mayor Olsen',
      'That the agenda be adopted as presented.', 'CARRIED UNANIMOUSLY', '', 'Moved by Councillor Baptiste that the meeting adjourn at 7:48 p.m. CARRIED',
    ])).toEqual([
      { text: 'That the agenda be adopted as presented.', line: 3, motion: { movedBy: 'Baptiste', secondedBy: 'Olsen', result: 'CARRIED UNANIMOUSLY' } },
      { text: 'that the meeting adjourn at 7:48 p.m.', line: 9, motion: { movedBy: 'Baptiste', result: 'CARRIED' } },
    ]);
  });

  it('reads a motion whose opening line ends with its outcome, the words on the lines below', async () => {
    expect(await decisions('board.md', [
      '### 2. Adoption of the Agenda', '',
      '**MOTION #2025-31:** Moved by Councillor Darren Keesick; Seconded by Elder Rose Moosehide — CARRIED',
      'That the agenda be adopted as presented.', '',
      '**MOTION #2025-33:** Moved by Elder Rose Moosehide; Seconded by Councillor Ivy Beardy — CARRIED',
      '(5 in favour, 1 opposed)', 'That the Authority endorse the proposal in principle.', '',
      '**MOTION #2025-34:** Moved by Trustee Calvin Nanacowap; Seconded by Councillor Ivy Beardy — DEFEATED',
      'That the Board hold a second meeting in October.',
    ])).toEqual([
      { text: 'That the agenda be adopted as presented.', line: 3, motion: { result: 'CARRIED', movedBy: 'Darren Keesick', secondedBy: 'Rose Moosehide' } },
      { text: 'That the Authority endorse the proposal in principle.', line: 6, motion: { result: 'CARRIED', movedBy: 'Rose Moosehide', secondedBy: 'Ivy Beardy' } },
    ]);
  });

  it('reads "Il est proposé par …, appuyé par …, et résolu à l\'unanimité des conseillers présents :" over its QUE clauses', async () => {
    expect(await decisions('pv.txt', [
      'PROCÈS-VERBAL DE LA SÉANCE ORDINAIRE', '', '2. ADOPTION DE L\'ORDRE DU JOUR', '',
      '2025-09-187 — Adoption de l\'ordre du jour', '',
      'Il est proposé par madame la conseillère Josée Lamontagne, appuyé par monsieur le conseiller Gilles Ouimet, et résolu à l\'unanimité des conseillers présents :', '',
      'QUE l\'ordre du jour soit adopté tel que présenté.', '',
      'Le maire s\'abstient de voter.',
    ])).toEqual([
      { text: 'QUE l\'ordre du jour soit adopté tel que présenté.', line: 5, motion: { result: 'résolu à l\'unanimité des conseillers présents', movedBy: 'Josée Lamontagne', secondedBy: 'Gilles Ouimet' } },
    ]);
  });

  it('reads the bullets under "What we agreed" and "Agreements" as decisions, and a regrets sentence reported by the chair as no people list', async () => {
    expect(await decisions('notes.md', [
      '# Relationship table', '', '## 1. Opening', '',
      'The Chair welcomed members and noted that Yukon had sent regrets. The agenda was adopted as circulated.', '',
      '### What we agreed', '', '- Metering is agreed in principle.', '- The agreement will include a dispute resolution clause.',
    ]).then((found) => found.map(({ text, line }) => ({ text, line })))).toEqual([
      { text: 'The agenda was adopted as circulated.', line: 5 },
      { text: 'Metering is agreed in principle.', line: 9 }, { text: 'The agreement will include a dispute resolution clause.', line: 10 },
    ]);
  });

  it('reads "X propose" / "Appuyée par Y" / "Que …" / "ADOPTÉE" under a "Motion 1, Résolution 84/2025 :" line, not "Il propose que …"', async () => {
    expect(await decisions('pv.txt', [
      '4. Adoption de l’ordre du jour', '', 'Motion 1, Résolution 84/2025 :', 'Annick Roy propose', 'Appuyée par Marc Vaillant',
      'Que l’ordre du jour soit adopté tel que présenté.', 'ADOPTÉE À L’UNANIMITÉ', '',
      '5. Varia', '', 'M. Arsenault souligne que le délai est court. Il propose que l’article 6.3 prévoie une exception.', '',
      'Les membres conviennent de reporter ce point.',
    ])).toEqual([
      { text: 'Que l’ordre du jour soit adopté tel que présenté.', line: 4, motion: { result: 'ADOPTÉE À L’UNANIMITÉ', movedBy: 'Annick Roy', secondedBy: 'Marc Vaillant' } },
      { text: 'Les membres conviennent de reporter ce point.', line: 13 },
    ]);
  });

  it('reads "MOTION (by X, seconded by Y): …" with an amendment on the floor, "MAIN MOTION PASSED: …" and an outcome sentence before a task', async () => {
    expect(await decisions('nc.md', [
      '# Minutes', '', '## 2. Grants', '',
      'FUNDING MOTION (by Ms. Park, seconded by Mr. Okoro): To approve a grant of $500 to the PTA.', '',
      'FUNDING MOTION PASSED, 9 yes, 1 no. Treasurer Sethi is to submit the application by April 30.', '',
      'MOTION (by Mr. Lind, on behalf of the LUPC; no second required): That the Council file a statement.', '',
      'AMENDMENT (by Mr. Okoro, seconded by Ms. Valle): To add a clause. AMENDMENT FAILED: 4 yes, 6 no.', '',
      'MAIN MOTION PASSED: 8 yes, 2 no.', '', 'MOTION to adjourn (by Mr. Lind, seconded by Ms. Park) PASSED without objection.',
    ])).toEqual([
      { text: 'To approve a grant of $500 to the PTA.', line: 5, motion: { result: 'FUNDING MOTION PASSED, 9 yes, 1 no.', movedBy: 'Park', secondedBy: 'Okoro' } },
      { text: 'That the Council file a statement.', line: 9, motion: { result: 'MAIN MOTION PASSED: 8 yes, 2 no.', movedBy: 'Lind' } },
      { text: 'adjourn', line: 15, motion: { movedBy: 'Lind', secondedBy: 'Park', result: 'PASSED without objection.' } },
    ]);
  });

  it('reads a web page whose minutes sit in a layout table ("41. | Title … Minutes: …"), each row an item', async () => {
    expect(await decisions('committee.html', [
      '<h1>Minutes</h1>', '<p>Present: Councillor Rachel Penn (Chair), Councillor Tom Aldous</p>', '<table><tr><td>No.</td><td>Item</td></tr>',
      '<tr><td>43.</td><td><p>Minutes</p><p>Minutes:</p><p>RESOLVED – That the minutes of the meeting held on 9 July 2025 be confirmed as a correct record and signed by the Chair.</p></td></tr>',
      '<tr><td>44.</td><td><p>Allotment Rents</p><p>The Committee considered the report of the Head of Environmental Services on allotment rents for the coming year and the options set out in it.</p><p>RESOLVED – That the allotment rents for 2026/27 be increased by 4%.</p></td></tr></table>',
    ]).then((found) => found.map(({ text }) => text.slice(0, 40)))).toEqual([
      'RESOLVED – That the minutes of the meeti', 'RESOLVED – That the allotment rents for ',
    ]);
  });

  it('reads "X, appuyé par Y, propose :" over « Que … » and "Vote sur R01 — unanimité — ADOPTÉE"', async () => {
    expect(await decisions('senat.md', [
      '# Sénat', '', '### 5. Nomination au comité', '', 'Olivier Fougère, appuyé par Mireille Daigle, propose :', '',
      '« Que l\'ordre du jour soit adopté. »', '', 'Vote sur R01 — unanimité — **ADOPTÉE**',
    ])).toEqual([
      { text: '« Que l\'ordre du jour soit adopté. »', line: 5, motion: { result: 'Vote sur R01 — unanimité — ADOPTÉE', movedBy: 'Olivier Fougère', secondedBy: 'Mireille Daigle' } },
    ]);
  });

  it('reads motions naming only their mover before "that", the subject in the margin ("Minutes   Kostiuk: That …   CARRIED"), not "MOTION: That"', async () => {
    expect(await decisions('village.txt', [
      'REGULAR MEETING OF COUNCIL', '', '228-25            AGENDA',
      'Agenda            Councillor Baptiste that the agenda be adopted as presented.', '                                        CARRIED', '',
      '229-25            MINUTES', 'Minutes           Kostiuk: That the minutes of September 9th, 2025 be adopted.', '                                        CARRIED',
    ]).then((found) => found.map(({ line, motion }) => ({ line, movedBy: motion?.movedBy, result: motion?.result })))).toEqual([
      { line: 4, movedBy: 'Baptiste', result: 'CARRIED' }, { line: 8, movedBy: 'Kostiuk', result: 'CARRIED' },
    ]);
  });

  it('reads a moved and seconded resolution with no outcome written as passed, and outcomes set off by a dash', async () => {
    expect(await decisions('council.txt', [
      '4. Adoption of the Agenda', '     Moved by: Councillor Sandhu', '     Seconded by: Deputy Mayor Petrosky',
      '     That the agenda be adopted as amended.', '',
      '5. Amendment', 'Moved by Councillor Raghunathan, Seconded by Councillor Lindqvist,', '',
      'That the main motion be amended to add a clause on affordable units.', '', '— Lost (2 to 3)', '',
      '6. Policy LE-014', 'Moved by Councillor R. Okafor', '', 'Seconded by Ms. Y. Tremblay-Ashe', '',
      'That consideration of Policy LE-014 be deferred to the November meeting. – Defeated.', '',
      '7. Adjournment', '     Moved by: Councillor Duarte', '     Seconded by: Councillor Feeney That Council adjourn at 8:56 p.m.',
    ])).toEqual([
      { text: 'That the agenda be adopted as amended.', line: 2, motion: { movedBy: 'Sandhu', secondedBy: 'Petrosky' } },
      { text: 'That Council adjourn at 8:56 p.m.', line: 21, motion: { movedBy: 'Duarte', secondedBy: 'Feeney' } },
    ]);
  });

  it('reads numbered propositions ("Proposition AGA-2025-01 :") and movers written under stacked labels', async () => {
    expect(await run('aga.md', [
      '### 2. Nomination', '',
      '**Proposition AGA-2025-01 :** Que Hélène Bastarache agisse comme présidente d\'assemblée.', 'Proposée par Nathalie Bourgault', 'Appuyée par François Lemieux', '**Adoptée à l\'unanimité**', '',
      '### 4. Procès-verbal', '', 'Il est proposé par :', 'Appuyé par :', 'Line Beaudry-Vachon', 'Denis Morneau',
      'D\'adopter le procès-verbal de l\'assemblée du 30 mai 2024.', 'ADOPTÉE À L\'UNANIMITÉ',
    ], 'fr').then(({ extraction }) => extraction.decisions.map(({ text, motion }) => ({ text, motion })))).toEqual([
      { text: 'Que Hélène Bastarache agisse comme présidente d\'assemblée.', motion: { result: 'Adoptée à l\'unanimité', movedBy: 'Nathalie Bourgault', secondedBy: 'François Lemieux' } },
      { text: 'D\'adopter le procès-verbal de l\'assemblée du 30 mai 2024.', motion: { result: 'ADOPTÉE À L\'UNANIMITÉ', movedBy: 'Line Beaudry-Vachon', secondedBy: 'Denis Morneau' } },
    ]);
  });
});

describe('a record of decisions as a section of a meeting summary', () => {
  it('reads each row of its table as a decision, not the header row or the closing line, and leaves an agenda item on an earlier record alone', async () => {
    const { extraction } = await run('summary.md', [
      '# Watershed Council', '', 'Meeting Summary – Wednesday, September 17, 2025', '',
      '## 2. Record of decisions — June 18, 2025', '', '- No comments were received during the review period.', '',
      '## 3. Low-flow plan', '', 'Jasper Thorne reported on the river clean-up.', '',
      '### Record of decisions', '', '| No. | Decision |', '|---|---|',
      '| D-2025-09-1 | The Council endorsed the 2026 low-flow response thresholds in principle. |',
      '| D-2025-09-2 | The Council approved the summary of the June 18, 2025 meeting without changes. |', '',
      '*Next meeting: Wednesday, November 19, 2025, Community Centre.*',
    ]);
    expect(extraction.decisions.map((d) => d.text)).toEqual([
      'The Council endorsed the 2026 low-flow response thresholds in principle.',
      'The Council approved the summary of the June 18, 2025 meeting without changes.',
    ]);
  });
});

describe('motions in the M/S/C shorthand of union and association minutes', () => {
  it('reads the mover and seconder in brackets, a shorthand after the words, and leaves out a defeated one', async () => {
    expect(await decisions('minutes.md', [
      '# General Membership Meeting', '', '## 2. Agenda', '',
      'M/S/C (Sandhu/Lindahl) that the agenda be adopted with the addition of item 10(c).', '',
      '## 10. New business', '', '(a) Executive recommendation: that the Local send four members to the spring training. M/S/C.', '',
      'M/S/D (Abdi/Asante) that the Local buy new jackets.',
    ])).toEqual([
      { text: 'that the agenda be adopted with the addition of item 10(c).', line: 5, motion: { movedBy: 'Sandhu', secondedBy: 'Lindahl', result: 'carried' } },
      { text: 'that the Local send four members to the spring training', line: 9, motion: { result: 'carried' } },
    ]);
  });
});

describe('a board portal\'s voting record', () => {
  it('reads "Member A Moved, Member B seconded to approve the Original motion \'…\'" and "The motion Carried 4 - 0" with the quoted words', async () => {
    const found = await decisions('minutes.txt', [
      'Procès-verbal - Comité des politiques', '', 'Subject:', '1.2 Adoption de l\'ordre du jour', 'Vote Results:', 'Original Motion',
      'Member Étienne Laflamme-Orr Moved, Member Naïma Belkacem seconded to approve the Original motion \'Que le comité adopte l\'ordre du jour tel que présenté.\'. Upon a Roll-Call Vote being taken, the vote was: Aye: 4 Nay: 0.',
      'The motion Carried 4 - 0',
    ]);
    expect(found.map(({ text, motion }) => [text, motion?.movedBy, motion?.secondedBy])).toEqual([
      ['Que le comité adopte l\'ordre du jour tel que présenté.', 'Étienne Laflamme-Orr', 'Naïma Belkacem'],
    ]);
  });
});

describe('a council\'s resolutions with their mover and seconder in a table above the words', () => {
  it('reads "Résolution no | Proposée par | Appuyée par" over the values, then "Qu\'il soit résolu que …" and "Adoptée"', async () => {
    const found = await decisions('pv.md', [
      '# Procès-verbal', '', '## 2. Adoption de l’ordre du jour', '',
      '| Résolution no | Proposée par | Appuyée par |', '|---|---|---|', '| 313-2025 | Nicole Lamarche-Ouimet | Geneviève Leroux |', '',
      'Qu’il soit résolu que l’ordre du jour soit accepté, incluant le retrait du point 8.2.', '', 'Adoptée',
    ]);
    expect(found.map(({ text, motion }) => [text, motion?.movedBy, motion?.secondedBy, motion?.result])).toEqual([
      ['Qu’il soit résolu que l’ordre du jour soit accepté, incluant le retrait du point 8.2.', 'Nicole Lamarche-Ouimet', 'Geneviève Leroux', 'Adoptée'],
    ]);
  });
});

describe('motions told in sentences, movers by first name', () => {
  it('reads "Topic: Ravi moved that … Teodora seconded. Motion passed." with its mover and seconder', async () => {
    const found = await decisions('minutes.txt', [
      'Executive Board Minutes', '', 'Present: Ravi Chandrasekar, Teodora Lupescu, Hollis Brandvold', '',
      'Approval of Minutes: Ravi moved that the minutes of June 11, 2025 be accepted as presented.',
      'Teodora seconded. Motion passed.',
    ]);
    expect(found).toEqual([{ text: 'that the minutes of June 11, 2025 be accepted as presented.', line: 5, motion: { result: 'Motion passed.', movedBy: 'Ravi', secondedBy: 'Teodora' } }]);
  });
});
