import { run } from './pipelineHelpers';

const tasks = (name: string, lines: string[]) => run(name, lines).then(({ extraction }) => extraction.actionItems.map(({ owners, due, lines: at }) => ({ owners, due, line: at[0] })));

describe('action items', () => {
  it('reads "ACTION: X to … by <date>", "X will …" and "Members asked X to …" in discussion', async () => {
    expect(await tasks('council.md', [
      '**Present:** Dana Whitfield (Chair), Lucie Tremblay, Omar Haddad', '', '## 3. Playground', '',
      'ACTION: Dana Whitfield to send the council\'s letter of support to Parks Planning by March 22, 2024.', '',
      'Lucie Tremblay will draft the request and circulate it to members by March 19.', '',
      'Members asked Omar Haddad to come back in the fall with a smaller request.', '',
      'The City expects to issue the tender in June.', '', 'We will let you know as soon as a date is decided.',
    ])).toEqual([
      { owners: ['Dana Whitfield'], due: 'by March 22, 2024', line: 5 },
      { owners: ['Lucie Tremblay'], due: 'by March 19', line: 7 },
      { owners: ['Omar Haddad'], due: 'in the fall', line: 9 },
    ]);
  });

  it('reads "X fera … d\'ici le …" and several owners joined by "et"', async () => {
    expect(await tasks('pv.txt', [
      'Présents : M. Karim Benali; Mme Sophie Lavoie; M. Jean-François Roy', '', '3. PRÉSENTATION', '',
      'M. Benali fera parvenir l\'avis du conseil à la STSA d\'ici le 3 mai 2024.', '',
      'Mme Lavoie et M. Roy feront un décompte des piétons le 30 avril entre 7 h 30 et 8 h 30.',
    ])).toEqual([
      { owners: ['Benali'], due: 'd\'ici le 3 mai 2024', line: 5 },
      { owners: ['Lavoie', 'Roy'], due: 'le 30 avril', line: 7 },
    ]);
  });

  it('takes every top-level entry of an action list, with "Owner - task" owners and a sub-entry naming the owners above', async () => {
    expect(await tasks('wg.md', [
      '## Action items', '',
      '* Al - Start high level plan for Hackathon + case study', '* GC & Jim - Start communicating with business partners',
      '* Identify possible scenarios on our Gitlab page of using existing OSS', '  * Daniel Buijs and Jim Cowie will help with this',
      '* Look at work load for each project', '  * Choose projects and prioritize them', '  * How can we include private sector?',
      '* Mise à jour de la page du conseil : M. Benali, d\'ici le 30 avril.',
    ])).toEqual([
      { owners: ['Al'], due: null, line: 3 },
      { owners: ['GC', 'Jim'], due: null, line: 4 },
      { owners: ['Daniel Buijs', 'Jim Cowie'], due: null, line: 5 },
      { owners: [], due: null, line: 7 },
      { owners: [], due: null, line: 8 },
      { owners: ['Benali'], due: 'd\'ici le 30 avril', line: 10 },
    ]);
  });

  it('keeps "X will …" inside a named speaker\'s passage in the statement, but not "X to …"', async () => {
    expect(await tasks('wg.md', [
      '## Attendees', '', '* Richard Seguin', '* Larry Lindsay', '* Guillaume Charest', '', '## Roundtable', '',
      '* Richard: Rebecca will present at the next OSAB on the 21st.', '', 'Larry', '', '* Interested in a list of specific use cases', '  * Guillaume to create issue and share on internal channels',
    ])).toEqual([{ owners: ['Guillaume'], due: null, line: 14 }]);
  });

  it('does not read imperatives, possibilities or questions outside an action list as tasks', async () => {
    expect(await tasks('board.md', [
      '## 5. Update: Working Group Rules', '',
      '* Prepare everything for next OSAB to be put forward at EARB in September', '* Legal team in Redhat can give a presentation',
      '* Stephane Dufour from Statscan to be a co-chair for the tools working group?', '* Suggestion to use Github: contributing in other ways',
    ])).toEqual([]);
  });
});

describe('action items, other written forms', () => {
  it('reads "X doit …", "Action item X:" and a due "next meeting"', async () => {
    expect(await tasks('m.md', [
      '## Present', '', '* Jim Cowie', '* Guillaume Charest', '', '## 2. Updates', '',
      '* Jim doit transmettre le rapport avant la prochaine réunion.', '* Action item Guillaume: report back next meeting',
    ])).toEqual([
      { owners: ['Jim'], due: 'avant la prochaine réunion', line: 8 },
      { owners: ['Guillaume'], due: 'next meeting', line: 9 },
    ]);
  });
});

describe('action items, commitments and owner marks', () => {
  it('reads "X offered / volunteered to", a mid-paragraph "Action:", "(Action: X)", and not a question or what someone did', async () => {
    expect(await tasks('m.md', [
      'Present: Priya Raman, Tom Becker, Alicia Gomez', '', '## 2. Book sale', '',
      'Alicia offered to ask the hall manager about rates. Action: Tom to book the gym by Friday.', '',
      'Is Tom available that day? Tom sent the letter last week.', '',
      'Priya volunteered to draft the thank-you letters before the next meeting.', '',
      'The sign was discussed. Quotes to be collected (Action: Priya).',
    ])).toEqual([
      { owners: ['Alicia'], due: null, line: 5 },
      { owners: ['Tom'], due: 'by Friday', line: 5 },
      { owners: ['Priya'], due: 'before the next meeting', line: 9 },
      { owners: ['Priya'], due: null, line: 11 },
    ]);
  });

  it('reads owners marked "→ X", "[X]", "(X)", "Owner: X" in a follow-up list, and "X se charge de / s\'engage à"', async () => {
    expect(await tasks('m.md', [
      'Present: Priya Raman, Tom Becker, Dev Patel', '', '## Follow-up items', '',
      '- Update the form → Dev', '- Order badges [Priya]', '- Review the list (Tom)', '- Prepare the budget. Owner: Tom',
    ])).toEqual([
      { owners: ['Dev'], due: null, line: 5 },
      { owners: ['Priya'], due: null, line: 6 },
      { owners: ['Tom'], due: null, line: 7 },
      { owners: ['Tom'], due: null, line: 8 },
    ]);
    expect(await tasks('pv.txt', [
      'Présents : Karim Benali, Sophie Tremblay', '', '2. Sortie', '',
      'Karim se charge de demander trois soumissions. Sophie s\'engage à contacter le zoo d\'ici la prochaine rencontre.', '',
      '4. Tâches', '', '- Mettre à jour la page du comité (Karim)',
    ])).toEqual([
      { owners: ['Karim'], due: null, line: 5 },
      { owners: ['Sophie'], due: 'd\'ici la prochaine rencontre', line: 5 },
      { owners: ['Karim'], due: null, line: 9 },
    ]);
  });
});
