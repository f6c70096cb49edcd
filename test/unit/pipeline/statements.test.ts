import { run } from './pipelineHelpers';

const speakers = (name: string, lines: string[]) => run(name, lines).then(({ extraction }) => extraction.statements.map(({ speaker, lines: at }) => `${speaker}@${at[0]}`));

describe('statements', () => {
  it('reads "Name: …" lines as written, first names included, after the attendance lists them in full', async () => {
    expect(await speakers('council.md', [
      '**Present:** Raj Patel, Grace O\'Connor', '**Presenter:** Sarah Mitchell, Parks Planning', '', '## 3. Presentation', '',
      'Sarah Mitchell presented the three concept designs for the renewal of the playground.', '',
      'Raj: Will the splash pad stay open during construction?', 'Sarah: No. It will close from July to September.', 'Grace: Asked that the accessible swing be kept.',
    ])).toEqual(['Sarah Mitchell@6', 'Raj@8', 'Sarah@9', 'Grace@10']);
  });

  it('reads French reporting verbs, two speakers on one line, titles dropped', async () => {
    expect(await speakers('pv.txt', [
      'Présents : Mme Sophie Lavoie; M. Jean-François Roy', 'Également présents : M. Marc Thibault, Société de transport', '', '3. PRÉSENTATION', '',
      'Mme Lavoie demande si l\'arrêt Des Érables sera maintenu. M. Thibault répond que l\'arrêt est à l\'étude', 'et qu\'aucune décision n\'est prise.', '',
      'M. Roy souligne que de nombreux aînés utilisent cet arrêt.', '', 'La présidente ouvre la séance à 19 h 05.',
    ])).toEqual(['Lavoie@6', 'Thibault@6', 'Roy@9']);
  });

  it('reads a roundtable of names on their own lines, and nested speakers apart', async () => {
    expect(await speakers('tools.md', [
      '## Present', '', '* Janique Godin', '* Will Stevens', '', '## Roundtable', '',
      'Janique', '', '* We\'re going to need to create agendas for upcoming meetings', '',
      'Will', '', '* Are there things that we should be proposing to OSAB?', '  * Janique confirms that we would be interested.',
    ])).toEqual(['Janique@8', 'Will@12', 'Janique@15']);
  });

  it('reads a note tagged with an attendee\'s name in parentheses (OSAB Tools WG, 2019-01-09), and no other parenthesis', async () => {
    expect(await speakers('tools.md', [
      '## Attendees', '* Mike Cardy', '* Reg Maltais - SSC', '## Notes', '* (Mike) Inner source only for this scope', '* (Reg) Looking at PostgreSQL', '* (TBC) Someone from ESDC',
    ])).toEqual(['Mike@5', 'Reg@6']);
  });

  it('reads who spoke for a party, in parentheses, and a co-chair named by surname', async () => {
    expect(await speakers('summary.md', [
      '### Participants', '', '- Canada – Marguerite Dallaire, Assistant Deputy Minister', '- Saskatchewan – Rebecca Lim, Executive Director',
      '- Québec – Hélène Gauthier-Roy, Directrice générale', '', '### 1. Opening', '', 'Co-chair Dallaire welcomed members.', '',
      '- Saskatchewan (R. Lim) noted that its registry services stop the clock.', '- Québec (H. Gauthier-Roy) indicated that Québec supports the direction.',
      '- Ontario (see annex) is not a speaker.',
    ])).toEqual(['Dallaire@9', 'R. Lim@11', 'H. Gauthier-Roy@12']);
  });

  it('does not take a description of someone who is not in the attendance for a speaker', async () => {
    expect(await speakers('wg.md', [
      '# Attendees', '* Richard Seguin, Redhat', '', '## Priorities', '',
      '* Business case', '  * Marc Thompson: digital currency, talk to him about history', '  * Richard: will push whitepapers to github',
    ])).toEqual(['Richard@8']);
  });
});

describe('statements, other verbs', () => {
  it('reads "Jim explained", "Jim a souligné", and a speaker with an apposition', async () => {
    expect(await speakers('m.txt', [
      'Present: Jim Cowie, Catherine Bennett', '', '2. UPDATES', '',
      'Jim explained the new reporting process.', '', 'Jim a souligné l’importance du projet.', '',
      'Catherine Bennett (coprésidente, EDSC) remercie Deb de sa contribution.',
    ])).toEqual(['Jim@5', 'Jim@7', 'Catherine Bennett@9']);
  });
});

describe('statements of staff and delegations in municipal minutes', () => {
  it('reads "made a verbal presentation" after an apposition, and a delegation "was present regarding" an item', async () => {
    expect(await speakers('committee.txt', [
      '6. Reports', '',
      'E. Vandermeer, Manager of Development Review, made a verbal presentation to accompany the report.', '',
      'Nora Blackwood was present regarding the Harrow Street Heritage Study. She requested that the study be deferred.',
    ])).toEqual(['E. Vandermeer@3', 'Nora Blackwood@5']);
  });
});

describe('a round table under first-name headings', () => {
  it('reads three or more "### Name" headings in a row as speakers, and the same names again under a later heading', async () => {
    const { extraction } = await run('notes.md', [
      '# Notes of Steering Group call – 3 February 2025', '', '## Updates', '### Wen-Li', '* ethics amendment approved last week',
      '### Hamid', '* nothing new since the last call', '### Gunnhild', '* busy preparing the summer school call', '',
      '## Plans', '### Gunnhild', '* Summer school call', '',
      '## Decisions', '### Van Purchase', '* Approved the van', '### Housing Partnership', '* Agreed to sign', '### Youth Policy', '* Adopted',
    ]);
    expect(extraction.statements.map((statement) => [statement.lines[0], statement.speaker])).toEqual([[4, 'Wen-Li'], [6, 'Hamid'], [8, 'Gunnhild'], [12, 'Gunnhild']]);
  });
});

describe('a topic and a dash before the sentence', () => {
  it('reads "Topic - Name presented …" as that person\'s statement, and a decision in a clause after a semicolon', async () => {
    const { extraction } = await run('notes.txt', [
      'Notes of the call', '', 'Attendees', '', 'Marguerite (chair), Devinder, Olusegun, Tamsin', '', 'Discussion points', '',
      '• Alt text for charts - Devinder presented the draft guidance on alternative text for charts.',
      '• Call schedule - Olusegun noted that the monthly call now clashes with the forum; it was decided to move the call to the second Wednesday.',
    ]);
    expect(extraction.statements.map((statement) => [statement.lines[0], statement.speaker])).toEqual([[9, 'Devinder'], [10, 'Olusegun']]);
    expect(extraction.decisions.map((decision) => decision.text)).toEqual(['it was decided to move the call to the second Wednesday.']);
  });
});
