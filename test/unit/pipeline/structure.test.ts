import { run, sectionKinds } from './pipelineHelpers';

describe('structure', () => {
  it('detects the language from function words when none is given', async () => {
    const fr = await run('fr.txt', ['Le conseil décide de demander à la Ville l’installation d’une traverse.']);
    const en = await run('en.txt', ['The council decided to ask the City for a speed study on Elm Street.']);
    expect([fr.doc.language, en.doc.language]).toEqual(['fr', 'en']);
  });

  it('cuts at markdown headings and classifies them by the bilingual lexicon', async () => {
    const { doc } = await run('wg.md', [
      '# People Working Group Meeting Minutes - 2018-11-02', '', '## Attendees', '', '* Guillaume Charest', '* Stacey Williams', '',
      '## Roundtable', '', '* Jim: OSS Framework Working Group, large attendance', '', '## Action items', '', '* Review the rules roadmap',
    ]);
    expect(sectionKinds(doc)).toEqual(['1:header', '3:attendance/MEMBER', '8:discussion', '12:actions']);
  });

  it('reads "Present: A, B and C" and "Regrets: D" lines as people sections of their own', async () => {
    const { doc } = await run('council.md', [
      '# Glenmore Heights Neighbourhood Council', '', '## Minutes of the Regular Meeting – Tuesday, March 12, 2024', '',
      '**Present:** Dana Whitfield (Chair), Omar Haddad and Grace O\'Connor', '**Regrets:** Tom Brennan, Aisha Karim', '',
      '## 1. Call to order', '', 'The Chair called the meeting to order at 7:02 p.m.',
    ]);
    expect(sectionKinds(doc)).toEqual(['1:header', '3:header', '5:attendance/MEMBER', '6:regrets/REGRETS', '8:discussion']);
  });

  it('reads plain-text numbered capitals headings and French labels', async () => {
    const { doc } = await run('conseil.txt', [
      'CONSEIL DE QUARTIER DU VIEUX-MOULIN', 'Procès-verbal de la séance ordinaire du mercredi 17 avril 2024', '',
      'Présents : Mme Hélène Gagnon, présidente; M. Karim Benali', 'Absents excusés : M. Pierre Bouchard', '',
      '6. SUIVIS', '', '- Transmettre le procès-verbal aux membres dans les deux semaines.',
    ]);
    expect(sectionKinds(doc)).toEqual(['1:header', '4:attendance/MEMBER', '5:regrets/REGRETS', '7:actions']);
  });

  it('reads markdown that reached a Word file as literal text', async () => {
    const { doc } = await run('council.txt', ['# Glenmore Heights Neighbourhood Council', '', '**Present:** Omar Haddad, Lucie Tremblay', '', '## 7. Next steps', '', '- Book the hall for the April meeting.']);
    expect(sectionKinds(doc)).toEqual(['1:header', '3:attendance/MEMBER', '5:actions']);
    expect(doc.sections[2]?.blocks[0]).toMatchObject({ kind: 'listItem', text: 'Book the hall for the April meeting.' });
  });

  it('takes an unheaded list of names under the title as the attendee list', async () => {
    const { doc } = await run('tools.md', ['# Tools Working Group Meeting Minutes 2018-11-15', '', '* Joel OpenPlus', '* Nick Schonning', '* Will Stevens', '* Chris Jaja', '', '## What if scenarios', '', '* Low hanging fruits to be replaced with OSS alternatives.']);
    expect(sectionKinds(doc)).toEqual(['1:header', '3:attendance/MEMBER', '8:other']);
  });

  it('classifies a section with an unknown heading by its content', async () => {
    const { doc } = await run('tools.md', ['# Tools', '', '## Present', '', '* Will Stevens', '* Noureen Syed', '', '## Business requirements', '', 'Will: most important point, need to have these to get started.', '', '## Need to work together', '', '* Have multiple companies work on these architecture together.']);
    expect(sectionKinds(doc)).toEqual(['1:header', '3:attendance/MEMBER', '8:discussion', '12:other']);
  });

  it('ends an attendance list at the first entry that is no name entry', async () => {
    const { doc, extraction } = await run('list.md', [
      '# Board', '', '## Present', '', '* Marc Brouillard', '* Elizabeth Rhodenizer',
      '* Going to help new comers through the board and engage, communicate and work together with every department', '* Elizabeth to send the links to everyone',
    ]);
    expect(sectionKinds(doc)).toEqual(['1:header', '3:attendance/MEMBER', '7:discussion']);
    expect(extraction.attendance.map((a) => a.name)).toEqual(['Marc Brouillard', 'Elizabeth Rhodenizer']);
    expect(extraction.actionItems.map((a) => a.owners)).toEqual([['Elizabeth']]);
  });

  it('reads "Technical Support:" and "Corporate Secretary:" as secretariat labels and "Officials in support" as members', async () => {
    const { doc } = await run('board.txt', [
      'Board of Trustees', '', 'Officials in support', 'Dana Ruiz', 'Omar Lee', '', 'Technical Support: Mateo Ruiz', '', 'Corporate Secretary: Hana Okonkwo-Lane',
    ]);
    expect(sectionKinds(doc)).toEqual(expect.arrayContaining(['3:attendance/MEMBER', '7:attendance/SECRETARIAT', '9:attendance/SECRETARIAT']));
  });
});
