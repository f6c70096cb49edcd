import { run } from './pipelineHelpers';

const people = (name: string, lines: string[]) => run(name, lines).then(({ extraction }) => extraction.attendance.map(({ name: who, role, affiliation }) => ({ who, role, affiliation })));

/** Layouts of minutes as councils publish them: HTML tables, participants tables, FPT records. */
describe('attendance as published', () => {
  it('reads an HTML table of label and names, one name per <br>', async () => {
    const html = [
      '<h1>Township of Millbrook — Committee of the Whole</h1>',
      '<table><tr><td>Present:</td><td>Mayor Jane Doe<br>Deputy Mayor Sam Lee<br>Councillor Ravi Patel</td></tr>',
      '<tr><td>Absent</td><td>Councillor Ann Roy</td></tr></table>',
    ];
    expect(await people('minutes.html', html)).toEqual([
      { who: 'Jane Doe', role: 'MEMBER', affiliation: null },
      { who: 'Sam Lee', role: 'MEMBER', affiliation: null },
      { who: 'Ravi Patel', role: 'MEMBER', affiliation: null },
      { who: 'Ann Roy', role: 'REGRETS', affiliation: null },
    ]);
  });

  it('reads a participants table by content: the full name, a government as affiliation, the job title left out', async () => {
    expect(await people('record.md', [
      '**Participants:**', '', '| Jurisdiction | Name | Title |', '|---|---|---|',
      '| British Columbia | Harjit Sandhu | Director, Housing Supply Policy |',
      '| Northwest Territories | Agnes Kootook | Manager, Housing Policy |',
    ])).toEqual([
      { who: 'Harjit Sandhu', role: 'MEMBER', affiliation: 'British Columbia' },
      { who: 'Agnes Kootook', role: 'MEMBER', affiliation: 'Northwest Territories' },
    ]);
  });

  it('lists governments as attendees, never as people, and keeps "Ontario — Name (Ministry)" apart', async () => {
    expect(await people('record.md', [
      '**Observers:**', '', '**Ontario** — Jennifer Kowal (Ministry of Housing)', '**Yukon** — Marcel Tétrault (Yukon Housing Office)', '',
      '**Regrets:** Saskatchewan, Newfoundland and Labrador',
    ])).toEqual([
      { who: 'Jennifer Kowal', role: 'OBSERVER', affiliation: 'Ministry of Housing' },
      { who: 'Marcel Tétrault', role: 'OBSERVER', affiliation: 'Yukon Housing Office' },
      { who: null, role: 'REGRETS', affiliation: 'Saskatchewan' },
      { who: null, role: 'REGRETS', affiliation: 'Newfoundland and Labrador' },
    ]);
  });

  it('reads a wrapped French list with organisations in parentheses, an organisation present, and the chair named in a sentence', async () => {
    expect(await people('cr.txt', [
      'Personnes présentes : Émilie Bergeron (Carrefour jeunesse-emploi), Maxime Dion (Maison des',
      'jeunes L\'Escale), Sarah Lévesque (CIUSSS de l\'Estrie et partenaires), Auberge du cœur Le Tournant',
      'Sous la présidence de M. le maire Gilles Rancourt.',
    ])).toEqual([
      { who: 'Émilie Bergeron', role: 'MEMBER', affiliation: 'Carrefour jeunesse-emploi' },
      { who: 'Maxime Dion', role: 'MEMBER', affiliation: 'Maison des jeunes L\'Escale' },
      { who: 'Sarah Lévesque', role: 'MEMBER', affiliation: 'CIUSSS de l\'Estrie et partenaires' },
      { who: null, role: 'MEMBER', affiliation: 'Auberge du cœur Le Tournant' },
      { who: 'Gilles Rancourt', role: 'CHAIR', affiliation: null },
    ]);
  });
});

describe('attendance written in other ways', () => {
  it('reads a sentence as the list\'s label and a regrets sentence after it, "Name from Org", a minute-taker, titles and credentials', async () => {
    expect(await people('minutes.md', [
      '# Eastside Community Association — Board Meeting Minutes', '', '**Chair:** Helen Park', '**Minute-taker:** Omar Siddiq', '',
      'The following directors were present: Helen Park, Raj Mehta and Tom Becker. Regrets were received from Ana Lima.',
      'Also attending: Constable Ray Hollis (City Police) and Mia Chen from the Parks Department.', '',
      '## Members present', '', '- Chief Marie Wabano, Wabano First Nation (Co-Chair)', '- Deputy Minister Jane Doe (Ontario)',
      '- Rosalind Achterberg, RDH, Chair (Elected – District 2)', '- Gordon Halvorsen, Public Member (appointed)', '- Dev Anand (Zoom)',
    ])).toEqual([
      { who: 'Helen Park', role: 'CHAIR', affiliation: null },
      { who: 'Omar Siddiq', role: 'SECRETARIAT', affiliation: null },
      { who: 'Raj Mehta', role: 'MEMBER', affiliation: null },
      { who: 'Tom Becker', role: 'MEMBER', affiliation: null },
      { who: 'Ana Lima', role: 'REGRETS', affiliation: null },
      { who: 'Ray Hollis', role: 'GUEST', affiliation: 'City Police' },
      { who: 'Mia Chen', role: 'GUEST', affiliation: 'Parks Department' },
      { who: 'Marie Wabano', role: 'CO_CHAIR', affiliation: 'Wabano First Nation' },
      { who: 'Jane Doe', role: 'MEMBER', affiliation: 'Ontario' },
      { who: 'Rosalind Achterberg', role: 'CHAIR', affiliation: null },
      { who: 'Gordon Halvorsen', role: 'MEMBER', affiliation: null },
      { who: 'Dev Anand', role: 'MEMBER', affiliation: null },
    ]);
  });

  it('reads a town council\'s titles before names, plural ones included', async () => {
    expect(await people('minutes.txt', [
      'MINUTES OF THE REGULAR COUNCIL MEETING', '',
      'PRESENT: Mayor Anne Smith, Deputy Mayor Bill Jones, Councillors Carol Brown, Dan Lee and Eve White',
      'STAFF: CAO Gina Hall; Clerk Henry Ito; Director of Finance Iris Kay',
    ])).toEqual([
      { who: 'Anne Smith', role: 'MEMBER', affiliation: null },
      { who: 'Bill Jones', role: 'MEMBER', affiliation: null },
      { who: 'Carol Brown', role: 'MEMBER', affiliation: null },
      { who: 'Dan Lee', role: 'MEMBER', affiliation: null },
      { who: 'Eve White', role: 'MEMBER', affiliation: null },
      { who: 'Gina Hall', role: 'SECRETARIAT', affiliation: null },
      { who: 'Henry Ito', role: 'SECRETARIAT', affiliation: null },
      { who: 'Iris Kay', role: 'SECRETARIAT', affiliation: null },
    ]);
  });

  it('reads categories of members and lower-case functions in French as no organisation', async () => {
    expect(await people('pv.txt', [
      'PROCÈS-VERBAL DU CONSEIL D\'ÉTABLISSEMENT', '', 'Présences :', 'Parents : Julie Tremblay (présidente), Marc Gagnon',
      'Représentant de la communauté : Pierre Dubois (Maison des jeunes)', '',
      'Également présents : Mme Chantal Boucher, directrice de l\'école; M. Yves Côté, directeur adjoint', '',
      'Soutien : Mme Amélie Lavoie, agente de planification (prise de notes)',
    ])).toEqual([
      { who: 'Julie Tremblay', role: 'CHAIR', affiliation: null },
      { who: 'Marc Gagnon', role: 'MEMBER', affiliation: null },
      { who: 'Pierre Dubois', role: 'MEMBER', affiliation: 'Maison des jeunes' },
      { who: 'Chantal Boucher', role: 'GUEST', affiliation: null },
      { who: 'Yves Côté', role: 'GUEST', affiliation: null },
      { who: 'Amélie Lavoie', role: 'SECRETARIAT', affiliation: null },
    ]);
  });
});

describe('motions and decisions as published', () => {
  it('reads an HTML resolution whose bold outcome stands alone, and a direction to staff as decision and task', async () => {
    const { extraction } = await run('minutes.html', [
      '<h2>1. Adoption of Agenda</h2>',
      '<p><strong>Resolution CW-2025-14</strong><br>Moved by Councillor Patel<br>Seconded by Deputy Mayor Lee</p>',
      '<p>That the agenda be adopted as presented.</p>', '<p><strong>Carried</strong></p>',
      '<h2>2. Roads</h2>', '<p>Council directed staff to report back on salt costs by March 31.</p>',
    ]);
    expect(extraction.decisions.map(({ text, motion }) => ({ text, motion }))).toEqual([
      { text: 'That the agenda be adopted as presented.', motion: { result: 'Carried', movedBy: 'Patel', secondedBy: 'Lee' } },
      { text: 'Council directed staff to report back on salt costs by March 31.', motion: undefined },
    ]);
    expect(extraction.actionItems.map(({ owners, due }) => ({ owners, due }))).toEqual([{ owners: ['staff'], due: 'by March 31' }]);
  });

  it('reads a Québec resolution: ATTENDU QUE, the mover with his title, the words after "ET RÉSOLU … :"', async () => {
    const { extraction } = await run('pv.txt', [
      '2024-04-072   ADOPTION DU PROCÈS-VERBAL',
      'ATTENDU QUE chaque membre du conseil a reçu copie du procès-verbal;',
      'EN CONSÉQUENCE, il est proposé par le conseiller Réjean Fortin, appuyé par la conseillère Marie-Pier Gosselin,',
      'ET RÉSOLU À L\'UNANIMITÉ DES CONSEILLERS PRÉSENTS :',
      'QUE le procès-verbal de la séance ordinaire du 5 mars 2024 soit adopté tel que rédigé.',
      'ADOPTÉE',
    ]);
    expect(extraction.decisions.map(({ text, motion }) => ({ text, motion }))).toEqual([
      { text: 'QUE le procès-verbal de la séance ordinaire du 5 mars 2024 soit adopté tel que rédigé.', motion: { result: 'ADOPTÉE', movedBy: 'Réjean Fortin', secondedBy: 'Marie-Pier Gosselin' } },
    ]);
  });

  it('reads an outcome stated in a sentence: a tabled and a defeated motion are no decisions', async () => {
    const { extraction } = await run('minutes.txt', [
      'MOTION: That the committee approve the Graduate Diploma.', 'Moved: I. Halvorsen', 'Seconded: J. Blackwood',
      'The motion was tabled to the next meeting, pending a letter of support from the Northern Lakes Health Authority.', '',
      'MOTION: That the committee recommend to Senate a cap of 18 per cent.', 'Moved: T. Leclair',
      'Following discussion, the motion was put to a vote and DEFEATED (2 in favour, 5 opposed).',
    ]);
    expect(extraction.decisions).toEqual([]);
  });

  it('leaves out a decision another body took, reported or marked FYI, and an outcome without consensus', async () => {
    const { extraction } = await run('notes.md', [
      '## Notes', '', '- Priya reminded everyone that the Tidewater board decided in May to publish only GTFS.',
      '- FYI (not ours): the Tidewater board approved the fare-capping spec on June 27.',
      '- Outcome: No consensus was reached on a common definition.', '- The committee agreed to adopt GTFS-Flex.',
    ]);
    expect(extraction.decisions.map(({ text }) => text)).toEqual(['The committee agreed to adopt GTFS-Flex.']);
  });

  it('reads French decisions of a named body and of the members: retient, s\'entendent, le compte rendu est adopté', async () => {
    const { extraction } = await run('cr.txt', [
      '1. BIENVENUE', '', '• Le compte rendu du 15 mai est adopté.', '• En cas de pluie, le comité retient le gymnase.',
      'Faute de temps, les membres s\'entendent pour reporter la révision.', 'Le Forum entérine les lignes directrices.',
    ]);
    expect(extraction.decisions).toHaveLength(4);
  });
});

describe('tasks as published', () => {
  const tasks = (name: string, lines: string[]) => run(name, lines).then(({ extraction }) => extraction.actionItems.map(({ owners, due }) => ({ owners, due })));

  it('gives tasks to offices, groups and the members as a whole', async () => {
    expect(await tasks('cr.txt', [
      '3. PLAN D\'ACTION', 'Le secrétariat fera circuler la version finale d\'ici le 31 janvier.', '',
      'Toutes les administrations sont invitées à désigner une personne-ressource d\'ici le 15 mars 2024.', '',
      'MANDAT : la directrice générale est mandatée pour signer le contrat.', '',
      'Ashley\'s team will leverage subject matter experts.', '', 'Something for the rules working group to work on.',
    ])).toEqual([
      { owners: ['secrétariat'], due: 'd\'ici le 31 janvier' },
      { owners: ['Toutes les administrations'], due: 'd\'ici le 15 mars 2024' },
      { owners: ['directrice générale'], due: null },
      { owners: ['Ashley\'s team'], due: null },
      { owners: ['rules working group'], due: null },
    ]);
  });

  it('reads owners and dates written as fields after the task, in dashes, arrows and parentheses', async () => {
    expect(await tasks('cr.txt', [
      'Participants : Luc Bédard, Sophie Roy, Geneviève Savard, Loïc Roy, Noémie Paradis', '', 'SUIVIS',
      '- Transmettre le calendrier des rencontres aux membres – Luc Bédard – 20 janvier',
      '- Lancer l\'appel aux bénévoles (responsables : Loïc et Noémie, échéance : 30 août)', '', '4. FONDS', '',
      '→ Geneviève : rédiger une première version de la demande (avant le 5 juillet)',
    ])).toEqual([
      { owners: ['Luc Bédard'], due: '20 janvier' },
      { owners: ['Loïc', 'Noémie'], due: '30 août' },
      { owners: ['Geneviève'], due: 'avant le 5 juillet' },
    ]);
  });

  it('splits unbulleted "Owner — task — date" lines under an action heading, initials and titles in names', async () => {
    expect(await tasks('minutes.txt', [
      'ACTION ITEMS', '',
      'Dr. T. Leclair — confirm a replacement external reviewer — March 29, 2024',
      'Dr. B. Novak — letter of support from the Health Authority — April 15, 2024',
    ])).toEqual([
      { owners: ['T. Leclair'], due: 'March 29, 2024' },
      { owners: ['B. Novak'], due: 'April 15, 2024' },
    ]);
  });

  it('reads a task written after a decision in the same paragraph, but not the body\'s own future', async () => {
    expect(await tasks('record.md', [
      '## 4. Housing', '', '**Decision:** A joint pilot was approved in principle. Manitoba and Saskatchewan will prepare a costed option.', '',
      '## 5. Mandate', '', 'Les membres conviennent que le CPSSP se concentrera sur les services axés sur la clientèle.',
    ])).toEqual([{ owners: ['Manitoba', 'Saskatchewan'], due: null }]);
  });
});
