import { layoutPdfLines } from '../../../src/importer/read/pdfLines';
import { run } from './pipelineHelpers';

const tasks = (name: string, lines: string[]) => run(name, lines).then(({ extraction }) => extraction.actionItems.map(({ owners, due }) => ({ owners, due })));

/** Follow-ups, resolutions and speakers in the forms of records seen after the first layouts. */
describe('follow-up lists', () => {
  it('reads "Who / What / When" over slash-separated entries; a task in the owner column has no owner', async () => {
    expect(await tasks('notes.md', [
      '## Follow-ups', '', 'Who / What / When', '',
      '- Tess / Confirm cold-storage capacity with the hall / by 19 June',
      '- Maria + Ellen / Post the coordinator job ad / 14 June',
      '- Book the hall for the AGM / – / –',
    ])).toEqual([
      { owners: ['Tess'], due: 'by 19 June' },
      { owners: ['Maria', 'Ellen'], due: '14 June' },
      { owners: [], due: null },
    ]);
  });

  it('reads [Owner] entries, fields after the task, and leaves a follow-up reported done', async () => {
    expect(await tasks('notes.txt', [
      'Next steps:', '',
      '  [AAFC] circulate the dashboard user guide – due 27 Sept',
      '  [Omar K. / Grace W.] draft the groundwater comparison – due 25 Oct', '',
      'Actions à réaliser', '',
      '1. Préparer une entente type — Responsable : Jacinthe Wabanonik et Marc Dumont — Échéance : 5 décembre 2024', '',
      'Follow-up from last meeting', '',
      '  - Saskatchewan to share its after-action report – Done',
      '  - Manitoba to name a lead for the data-sharing schedule – Carried forward',
    ])).toEqual([
      { owners: ['AAFC'], due: '27 Sept' },
      { owners: ['Omar K.', 'Grace W.'], due: '25 Oct' },
      { owners: ['Jacinthe Wabanonik', 'Marc Dumont'], due: '5 décembre 2024' },
      { owners: ['Manitoba'], due: null },
    ]);
  });

  it('reads a Word follow-up table whose header row is not marked, and keeps "Quality and Safety Committee" whole', async () => {
    const { extraction } = await run('minutes.html', [
      '<h2>Follow-up</h2><table>',
      '<tr><td>Item</td><td>Action</td><td>Responsibility</td><td>Target date</td></tr>',
      '<tr><td>5</td><td>Circulate the approved budget</td><td>S. Marchand</td><td>February 28, 2024</td></tr>',
      '<tr><td>4</td><td>Add incident trends to the report</td><td>Quality and Safety Committee</td><td>—</td></tr>',
      '</table>',
    ]);
    expect(extraction.actionItems.map(({ text, owners, due }) => ({ text, owners, due }))).toEqual([
      { text: 'Circulate the approved budget', owners: ['S. Marchand'], due: 'February 28, 2024' },
      { text: 'Add incident trends to the report', owners: ['Quality and Safety Committee'], due: null },
    ]);
  });

  it('reads requests to everyone and imperatives with a deadline as tasks without owner', async () => {
    expect(await tasks('minutes.md', [
      '## 5. Rules', '', '* Circulate roadmap for this group', '  * Provide your feedback on it in 2 weeks', '',
      '## 6. Guides', '', 'We are requesting you to provide feedback on the following guides.',
    ])).toEqual([
      { owners: [], due: 'in 2 weeks' },
      { owners: [], due: null },
    ]);
  });
});

describe('owners written as fields or delegated by a decision', () => {
  it('reads Lead: / Due: lines under a task, Owner: after it, (Responsible: X), and what a decision gives someone else', async () => {
    expect(await tasks('record.md', [
      '# Record of Decisions', '', '## 1. Data standards', '',
      'Members agreed that Ontario will lead the comparison of data standards.', '',
      'It was agreed that the Secretariat would circulate the revised draft by March 1.', '',
      '## 2. Next steps', '',
      '- Circulate the revised terms of reference', '  Lead: Secretariat', '  Due: March 15',
      '- Prepare a costing options paper. Owner: Alberta. Deadline: April 2.',
      '- Draft the communications plan (Responsible: Ontario)',
    ])).toEqual([
      { owners: ['Ontario'], due: null },
      { owners: ['Secretariat'], due: 'by March 1' },
      { owners: ['Secretariat'], due: 'March 15' },
      { owners: ['Alberta'], due: 'April 2' },
      { owners: ['Ontario'], due: null },
    ]);
  });
});

describe('an action list whose entries open with an office', () => {
  it('reads "Secretariat: schedule …" as a task, not a people label, and "TBS (John Roe) to …"', async () => {
    expect(await tasks('notes.md', [
      '# Working group', '', '## Actions', '1. **Ontario** to share its API guidelines — due March 1',
      '2. Secretariat: schedule the next meeting', '3. TBS (John Roe) to circulate the draft standard by March 15',
    ])).toEqual([
      { owners: ['Ontario'], due: 'March 1' },
      { owners: ['Secretariat'], due: null },
      // The organisation and its contact person named in parentheses are both responsible.
      { owners: ['TBS', 'John Roe'], due: 'by March 15' },
    ]);
  });
});

describe('tasks written one per line in a paragraph', () => {
  it('ends a labelled task with its line, and reads "is to", "was asked to", "has agreed to", "a accepté de", "Porteur de dossier :"', async () => {
    expect(await tasks('notes.md', [
      '# Committee minutes', '', '## 1. Item', '',
      'ACTION ITEM (Ontario): share the provincial dashboard with members.',
      'Alberta is to prepare a briefing note for the spring meeting.',
      'Sam Lee was asked to contact the federal lead by May 1.',
      'Jane Doe has agreed to chair the sub-group.', '', '## 2. Point', '',
      'Mme Ng a accepté de préparer le compte rendu.', '', 'Porteur de dossier : Alberta — Échéance : 30 mai',
    ])).toEqual([
      { owners: ['Ontario'], due: null },
      { owners: ['Alberta'], due: null },
      { owners: ['Sam Lee'], due: 'by May 1' },
      { owners: ['Jane Doe'], due: null },
      { owners: ['Ng'], due: null },
      { owners: ['Alberta'], due: '30 mai' },
    ]);
  });
});

describe('resolutions written in one sentence', () => {
  it('reads "il est résolu à l\'unanimité d\'adopter …" with no outcome line, over Word paragraphs too', async () => {
    const { extraction } = await run('pv.txt', [
      'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL', '', '2. ADOPTION DE L\'ORDRE DU JOUR', '', 'RÉSOLUTION CA-2024-12',
      'Sur proposition de M. Simon Arsenault, appuyée par Mme Geneviève Caron, il est résolu à',
      'l\'unanimité d\'adopter l\'ordre du jour.',
    ]);
    expect(extraction.decisions.map(({ text, motion }) => ({ text, motion }))).toEqual([
      { text: 'd\'adopter l\'ordre du jour.', motion: { result: 'résolu à l\'unanimité', movedBy: 'Simon Arsenault', secondedBy: 'Geneviève Caron' } },
    ]);
  });

  it('skips an amendment\'s outcome to reach the motion\'s, and reads a task the motion gives', async () => {
    const { extraction } = await run('pv.txt', [
      'Procès-verbal de la séance du conseil', '', '6. Gestion des matières résiduelles', '', 'CA-24-03-111 – Octroi du contrat', '',
      'Sur la proposition de Mme Fatima Benjelloun, appuyée par M. Marc Pelletier, il est résolu :', '',
      'd\'octroyer le contrat et de mandater la direction générale pour aviser les soumissionnaires;', '',
      'Il est proposé par M. Marc Lévesque, appuyé par M. Richard Dufresne, d\'amender la proposition.', '',
      'L\'amendement est REJETÉ À LA MAJORITÉ.', '', 'ADOPTÉE À LA MAJORITÉ',
    ]);
    expect(extraction.decisions.map(({ motion }) => motion?.result)).toEqual(['ADOPTÉE À LA MAJORITÉ']);
    expect(extraction.actionItems.map(({ owners }) => owners)).toEqual([['direction générale']]);
  });
});

describe('speakers taking turns', () => {
  it('gives each turn its statement, after a semicolon or a sentence by someone else', async () => {
    const { extraction } = await run('minutes.txt', [
      'Present: Dana Whitehorse, Ruth Anders, André Poulin', '', '3. DELEGATIONS', '',
      'Ruth Anders asked Council for a grant. Whitehorse asked how many members the club has. Ruth Anders replied that it has 140.',
      'M. Roy demande si la route sera fermée; le conseiller Poulin précise que la signalisation sera en place.',
    ]);
    expect(extraction.statements.map(({ speaker }) => speaker)).toEqual(['Ruth Anders', 'Whitehorse', 'Ruth Anders', 'Roy', 'Poulin']);
  });
});

describe('PDF page furniture', () => {
  const item = (text: string, x: number, y: number) => ({ text, x, y, width: text.length * 5, height: 10 });

  it('leaves out running heads and page numbers, and joins a sentence that runs over the page break', () => {
    const pages = [
      [item('Compte rendu – Comité – 3 octobre 2024', 72, 780), item('1. Transmettre le portrait — Responsable :', 72, 700), item('Page 1 de 2', 72, 40)],
      [item('Compte rendu – Comité – 3 octobre 2024', 72, 780), item('Claire Dubuc — Échéance : 31 octobre', 72, 700), item('Page 2 de 2', 72, 40)],
    ];
    expect(layoutPdfLines(pages)).toEqual(['1. Transmettre le portrait — Responsable :', 'Claire Dubuc — Échéance : 31 octobre']);
  });
});

describe('owners written with their organisation, and a register numbered by its own column', () => {
  it('reads "Nadia (FGDO) – task" as Nadia\'s, and an "Action # | Description | Owner | Due" register with two owners split by ";"', async () => {
    expect(await tasks('wg.md', [
      '# Working group', '', '## Action items', '',
      '- [ ] **Nadia (FGDO)** – check licence compatibility of the rule set – _Meeting 15_',
      '- [ ] **Marc-André (QC), Sophie (NB)** – compare the street type lists – _Oct 31_', '',
      '## Action register', '', '| Action # | Description | Owner | Due | Status |', '|---|---|---|---|---|',
      '| A-25-12 | Confirm venue and logistics for the February meeting | Manitoba; Secretariat | January 9, 2026 | New |',
    ])).toEqual([
      expect.objectContaining({ owners: ['Nadia'] }), { owners: ['Marc-André', 'Sophie'], due: 'Oct 31' },
      { owners: ['Manitoba', 'Secretariat'], due: 'January 9, 2026' },
    ]);
  });
});

describe('plain-text follow-up lists', () => {
  it('reads lines under a "Who / What / When" header and checkbox tasks owned by a handle; a ticked one is done', async () => {
    expect(await tasks('notes.txt', [
      'MINUTES', '', '1. Item', '', 'Text.', '', 'Action list', '', 'Who / What / When',
      'J. Singh / Circulation figures by branch and format / November 18 meeting',
      'All members / Return self-evaluation questionnaire to the Chair / December 5', '', 'Actions:',
      '[ ] @marek-dv – add the Sigstore signing step to the release workflow (due: 14 Nov)',
      '[x] @tokafor – add disk usage alert on eu2 mirror (done during the call)',
    ])).toEqual([
      { owners: ['J. Singh'], due: 'November 18 meeting' }, { owners: ['All members'], due: 'December 5' },
      { owners: ['@marek-dv'], due: '14 Nov' },
    ]);
  });
});

describe('follow-ups opened by an arrow', () => {
  it('reads "→ Name : task (d\'ici …)" lines as tasks, wrapped lines included, and an indented "→ Responsable :" as the task\'s field', async () => {
    expect(await tasks('cr.txt', [
      'COMPTE RENDU', '', '1. Portrait', '', 'Échanges.', '', 'Suivis :',
      '→ Sophie Landry : confirmer les conditions d\'accès à la cuisine du',
      '  chalet des loisirs (d\'ici la prochaine rencontre)',
      '→ Karim Benali : faire circuler l\'appel de bénévoles (d\'ici le 5 décembre)', '',
      '2. Finances', '', 'Suivi : mettre en place une double vérification des dépôts',
      '  → Responsable : Annick Paradis', '  → Échéance : 1er novembre 2025',
    ])).toEqual([
      { owners: ['Sophie Landry'], due: 'd\'ici la prochaine rencontre' }, { owners: ['Karim Benali'], due: 'd\'ici le 5 décembre' },
      { owners: ['Annick Paradis'], due: '1er novembre 2025' },
    ]);
  });

  it('reads a follow-up table whose header labels a PDF centred over their columns, with a narrow "No." column', async () => {
    expect(await tasks('record.txt', [
      'Summary of Follow-up Items',
      ' No.                       Follow-up item                                  Lead                Timeline',
      '     Have the funding stream reporting templates reviewed by Inuit  Agency (Science and     Before April',
      '6-1',
      '     organizations before the April intake                     Monitoring Sector)           2026 intake',
      '6-5  Circulate a scheduling poll for the February 2026 virtual meeting  Secretariat',
      '     Report back on how the Council\'s recommendation on water',
      '6-6                                                            Gordon Ashby                 Seventh meeting',
      '     quality guidelines has been considered',
    ])).toEqual([
      { owners: ['Agency (Science and Monitoring Sector)'], due: 'Before April 2026 intake' },
      { owners: ['Secretariat'], due: null },
      { owners: ['Gordon Ashby'], due: 'Seventh meeting' },
    ]);
  });
});

describe('a follow-up table saved from Word as text, tab-separated, its first column the agenda point', () => {
  it('reads "Point ⇥ Action ⇥ Responsable ⇥ Échéance" as a task table', async () => {
    expect(await tasks('pv.txt', [
      '9.\tSUIVIS', '', 'Point\tAction\tResponsable\tÉchéance',
      '5.1\tTransmettre la présentation sur le bilan aux membres\tVH\t2025-03-19',
      '6.1\tAcheminer l\'avis sur la règle RSI-14 à la DSI\tKP / NB\tProchaine séance', '', '10.\tPROCHAINE SÉANCE',
    ])).toEqual([{ owners: ['VH'], due: '2025-03-19' }, { owners: ['KP', 'NB'], due: 'Prochaine séance' }]);
  });
});

describe('a follow-up table laid out with runs of tabs', () => {
  it('cuts each row at its runs of tabs, as its header is cut', async () => {
    expect(await tasks('cr.txt', [
      'Compte rendu', '', 'SUIVIS À FAIRE', 'Quoi\t\t\t\t\t\tQui\t\t\t\tQuand',
      'Relance des pharmacies (sondage)\t\tDenis Fortier\t\t\t7 novembre 2025',
      'Version révisée du plan d\'action\t\tNadia / Marie-Ève\t\t28 novembre 2025',
    ])).toEqual([{ owners: ['Denis Fortier'], due: '7 novembre 2025' }, { owners: ['Nadia', 'Marie-Ève'], due: '28 novembre 2025' }]);
  });
});

describe('a numbered follow-up table whose PDF text drifts off its columns', () => {
  it('reads a row with a run for every column in order, a date split in two kept whole', async () => {
    expect(await tasks('cr.txt', [
      'Compte rendu', '', 'Annexe', '',
      'N°       Mesure                                           Responsable           Échéance', '',
      '14-01    Verser le compte rendu approuvé dans l’espace    Secrétariat           5  décembre 2025',
      '         collaboratif', '',
      '14-04    Diffuser la version révisée du cadre de compensation  Manitoba         19 décembre 2025', '',
      '14-05    Envoyer les commentaires écrits sur le cadre     Tous les membres      16 janvier 2026',
    ])).toEqual([
      { owners: ['Secrétariat'], due: '5 décembre 2025' }, { owners: ['Manitoba'], due: '19 décembre 2025' }, { owners: ['Tous les membres'], due: '16 janvier 2026' },
    ]);
  });
});

describe('an appendix named for what it holds', () => {
  it('reads "## Appendix A: Action Items" as the follow-up list', async () => {
    const { doc } = await run('minutes.md', ['# Minutes', '', '## Appendix A: Action Items', '', '- Secretariat to circulate the record by May 2']);
    expect(doc.sections.map((section) => section.kind).pop()).toBe('actions');
  });
});
