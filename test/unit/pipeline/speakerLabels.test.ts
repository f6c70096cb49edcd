import { run } from './pipelineHelpers';

const speakers = (name: string, lines: string[], language?: 'en' | 'fr') =>
  run(name, lines, language).then(({ extraction }) => extraction.statements.map((s) => `${s.speaker}@${s.lines[0]}`));

describe('speakers named the way records name them', () => {
  it('reads an office before a surname, a party with its spokesperson, a full name with its organisation', async () => {
    expect(await speakers('dm.md', [
      '# Deputy Ministers', '', '## Participants', '', '- Raj Patel, Deputy Minister, Ontario', '- Kyle Anderssen, Town of Coldwater Bay', '',
      '## 1. Digital credentials', '',
      '- DM Patel (Ontario) emphasized that the principles avoid a single national credential.', '',
      '- Coldwater Bay (K. Anderssen): asked whether the schema would have a French version.', '',
      'Marcus Lindqvist (Halvard Systems): On #41, we ship both encodings today.', '',
      'MOTION (Patel): That the meeting adjourn. CARRIED', '',
    ])).toEqual(['Patel@10', 'K. Anderssen@12', 'Marcus Lindqvist@14']);
  });

  it('reads the initials a member list gave its members', async () => {
    expect(await speakers('ca.md', [
      '# Conseil', '', '## PRÉSENTS :', '', '- Jean-Philippe Auclair [JPA], membre utilisateur', '- Sabrina Nkulu [SN], membre travailleuse', '',
      '## 03. Rapport de la coordination', '', '[JPA] signale que la date de l\'AGA est erronée au point 04.', '',
    ], 'fr')).toEqual(['JPA@10']);
  });
});

describe('a research ethics board roster saved as text', () => {
  it('reads middle-dot bullets as points with their speaker, and "Scientific member" as a seat, no organisation', async () => {
    const { extraction } = await run('reb.txt', [
      'Research Ethics Board (REB)', 'MINUTES – Full Board Meeting', '', 'Members Present:',
      'Dr. Nkechi Obi\tScientific member\tSchool of Rehabilitation Sciences', 'Ruth Ellison\tCommunity member\t—', '',
      '4.\tFull board review', 'Discussion summary:',
      '·\tN. Obi: the recruitment plan relies on unit supervisors distributing the invitation.',
      '·\tR. Ellison: the consent form is written at a high reading level.', '',
    ]);
    expect(extraction.attendance.map((a) => `${a.name}|${a.affiliation ?? '-'}`)).toEqual(['Nkechi Obi|School of Rehabilitation Sciences', 'Ruth Ellison|-']);
    expect(extraction.statements.map((s) => `${s.speaker}@${s.lines[0]}`)).toEqual(['N. Obi@10', 'R. Ellison@11']);
  });
});
