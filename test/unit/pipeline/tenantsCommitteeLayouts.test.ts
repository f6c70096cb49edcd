import { run } from './pipelineHelpers';

describe('a tenants\' committee procès-verbal: initialled names, a follow-up list written task first', () => {
  // (Word's symbol bullet, U+F0B7, as a Word file saved as text writes it.)
  it('reads compound initials as names, and the owners and deadline after the task\'s colon', async () => {
    const { extraction } = await run('pv.txt', [
      'ASSOCIATION DES LOCATAIRES', '', 'PROCÈS-VERBAL DE LA RÉUNION DU COMITÉ DE COORDINATION', '',
      'Étaient présents : M.-C. Vaillancourt (présidente), J.-F. Ostiguy, R. Ndiaye, L. Thibodeau', '',
      'SUIVIS',
      '\uF0B7\tMise en demeure collective – chauffage bloc C : J.-F. Ostiguy, avec l\'appui de Josée Carignan (22 avril)',
      '\uF0B7\tDemander les permis pour la fête des voisins : R. Ndiaye et L. Thibodeau (15 mai)',
      '\uF0B7\tPréparer le budget : à déterminer',
    ], 'fr');
    expect(extraction.attendance.map((a) => `${a.name}|${a.role}`)).toEqual([
      'M.-C. Vaillancourt|CHAIR', 'J.-F. Ostiguy|MEMBER', 'R. Ndiaye|MEMBER', 'L. Thibodeau|MEMBER',
    ]);
    expect(extraction.actionItems.map((a) => [a.lines[0], a.owners, a.due])).toEqual([
      [8, ['J.-F. Ostiguy'], '22 avril'], [9, ['R. Ndiaye', 'L. Thibodeau'], '15 mai'], [10, [], null],
    ]);
  });
});

describe('a French network\'s steering committee: people with titles in lower case, a round table by name', () => {
  it('keeps the organisation after a title in lower case with its person, and reads a name heading over dashed points as a statement', async () => {
    const { extraction } = await run('cr.md', [
      '# Comité directeur', '', 'Membres :', '',
      'M. Mamadou Sy, conseiller en emploi, Emploi Carrefour Prairies', '',
      'Mme Océane Boudreault, directrice, Association franco-communautaire de Bellecombe', '',
      '## 4. Tour de table', '', '### Océane Boudreault', '',
      '– Hausse marquée des arrivées; 37 nouvelles familles accueillies.', '',
      '### Mamadou Sy', '', '– Le salon de l\'emploi a réuni 46 employeurs.', '',
    ], 'fr');
    expect(extraction.attendance.map((a) => `${a.name}|${a.affiliation}`)).toEqual([
      'Mamadou Sy|Emploi Carrefour Prairies', 'Océane Boudreault|Association franco-communautaire de Bellecombe',
    ]);
    expect(extraction.statements.map((s) => [s.speaker, s.lines[0]])).toEqual([['Océane Boudreault', 11], ['Mamadou Sy', 15]]);
  });
});

describe('an arts council\'s procès-verbal: members grouped by college in italics, a resolution adopted by majority', () => {
  it('reads an italic line as the group over its members, the secretary of the board as a member, a withdrawal as no defeat', async () => {
    const { extraction } = await run('pv.md', [
      '# Conseil des arts', '', '## Présences', '', '**Membres présents ayant droit de vote :**', '',
      '*Collège des organismes artistiques*', '', '- Mme Sophie Lavigne, directrice générale, Théâtre du Quai-Rouge', '',
      '**Membre d\'office sans droit de vote :**', '', '- Mme Claudine Vachon, directrice générale et secrétaire du conseil', '',
      '## 7. Recommandations des jurys', '', '**RÉSOLUTION CA-2025-09-04**', '',
      'Sur proposition de Mme Sophie Lavigne, appuyée par M. Étienne Gaudreault, il est RÉSOLU d\'approuver l\'octroi de 41 bourses.', '',
      'Adoptée à la majorité (M. Karim Benali s\'étant retiré).', '',
    ], 'fr');
    expect(extraction.attendance.map((a) => `${a.name}|${a.role}|${a.affiliation ?? '-'}`)).toEqual([
      'Sophie Lavigne|MEMBER|Théâtre du Quai-Rouge', 'Claudine Vachon|MEMBER|-',
    ]);
    expect(extraction.decisions.map((d) => d.lines[0])).toEqual([17]);
  });
});

describe('a users\' committee procès-verbal saved from Word as text: tabs between a name and its details, a tabbed follow-up table', () => {
  it('reads one member a line after the label, and the owners and deadlines of the table\'s cells', async () => {
    const { extraction } = await run('pv.txt', [
      'Comité des usagers', 'Procès-verbal de la rencontre régulière du 19 novembre 2025', '',
      'Membres présents :',
      'Mme Ginette Lafrenière\tprésidente, représentante du comité de résidents du CHSLD Saint-Euloge',
      'M. Réjean Bolduc\tvice-président, membre usager',
      'M. Yvon Després\tmembre usager', '',
      'TABLEAU DES SUIVIS',
      'No\tSuivi\tResponsable(s)\tÉchéance',
      '1\tRelancer le bureau du PDG au sujet de la lettre\tGinette Lafrenière\t12 décembre 2025',
      '2\tDemander une rencontre avec la Direction du programme SAPA\tGinette Lafrenière et Réjean Bolduc\tAvant la prochaine rencontre',
    ], 'fr');
    expect(extraction.attendance.map((a) => `${a.name}|${a.role}`)).toEqual(['Ginette Lafrenière|CHAIR', 'Réjean Bolduc|MEMBER', 'Yvon Després|MEMBER']);
    expect(extraction.actionItems.map((a) => [a.lines[0], a.owners, a.due])).toEqual([
      [11, ['Ginette Lafrenière'], '12 décembre 2025'], [12, ['Ginette Lafrenière', 'Réjean Bolduc'], 'Avant la prochaine rencontre'],
    ]);
  });
});

describe('people listed by jurisdiction with titles in lower case', () => {
  it('starts a new person after a title that gave its organisation in parentheses', async () => {
    const { extraction } = await run('cr.md', ['# Compte rendu', '', '**Présences**', '', '- Québec : Anne Roy, coprésidente (ministère de l\'Habitation), Paul Roy (SHQ)'], 'fr');
    expect(extraction.attendance.map((a) => `${a.name}|${a.role}|${a.affiliation}`)).toEqual([
      'Anne Roy|CO_CHAIR|ministère de l\'Habitation', 'Paul Roy|MEMBER|SHQ',
    ]);
  });
});

describe('an AGM procès-verbal copied from a PDF: members two to a line, labels that say who the people are', () => {
  it('reads "1. A 2. B" lines, a label qualified by "qui sont membres" or "à titre d\'observateurs", and "Proposition de X, appuyée par Y"', async () => {
    const { extraction } = await run('pv.txt', [
      'Assemblée générale annuelle des membres du Front commun pour le logement Procès-verbal', '',
      'Date et lieu : Le samedi 27 septembre 2025, 13 h 30, au Centre communautaire',
      'Personnes présentes qui sont membres :', '',
      '1. Rachelle Arsenault 2. Benoît Cormier',
      '3. Lise-Anne Doucet (Comité des locataires) 4. Yvon Gallant', '',
      'Personnes présentes à titre de sympathisant-es et observateur-trice :',
      '1. Annick Boudreau (Ville de Dieppe)', '',
      'Personnes absentes excusées : Carole Léger', '',
      '3. Désignation d\'une présidence d\'assemblée (décision)', '',
      'Proposition de Benoît Cormier, appuyée par Yvon Gallant',
      'Que Rachelle Arsenault agisse à titre de présidente d\'assemblée.', '', 'Adoptée à l\'unanimité',
    ], 'fr');
    expect(extraction.attendance.map((a) => `${a.name}|${a.role}|${a.affiliation ?? '-'}`)).toEqual([
      'Rachelle Arsenault|MEMBER|-', 'Benoît Cormier|MEMBER|-', 'Lise-Anne Doucet|MEMBER|Comité des locataires', 'Yvon Gallant|MEMBER|-',
      'Annick Boudreau|OBSERVER|Ville de Dieppe', 'Carole Léger|REGRETS|-',
    ]);
    expect(extraction.decisions.map((d) => [d.text, d.motion?.movedBy, d.motion?.secondedBy])).toEqual([
      ['Que Rachelle Arsenault agisse à titre de présidente d\'assemblée.', 'Benoît Cormier', 'Yvon Gallant'],
    ]);
  });
});

describe('an AGM\'s numbered resolutions written before their movers', () => {
  it('reads "2025 - 01 « Que … »" over "Proposée par : X, Org" and "Appuyée par : Y, Org" and "ADOPTÉE" as one decision', async () => {
    const { extraction } = await run('pv.txt', [
      'PROCÈS-VERBAL DE LA 20e ASSEMBLÉE GÉNÉRALE ANNUELLE', '', '4. Adoption de l’ordre du jour', '',
      '    2025 - 02 « Que l’ordre du jour soit adopté tel que présenté, avec l’ajout du point 10.1 sur',
      '    la radio communautaire. »', '',
      '    Proposée par : Amélie Charbonneau, Collège Boréal', '', '    Appuyée par : Paul Vézina, Club Richelieu de Hearst', '', '    ADOPTÉE',
    ], 'fr');
    expect(extraction.decisions.map((d) => [d.text, d.motion?.movedBy, d.motion?.secondedBy, d.motion?.result])).toEqual([
      ['« Que l’ordre du jour soit adopté tel que présenté, avec l’ajout du point 10.1 sur la radio communautaire. »', 'Amélie Charbonneau', 'Paul Vézina', 'ADOPTÉE'],
    ]);
  });
});

describe('a numbered item whose lines go on with the roll, as a PDF copied to text writes it', () => {
  it('reads "Membres :" and "Personnel :" under "2. Présence …" one person a line', async () => {
    const { extraction } = await run('pv.txt', [
      'Procès-verbal', '', '2. Présence et constatation du quorum / Attendance and quorum', 'Membres :',
      'Rachelle Thériault, Village de Cap-Lumière (présidente)', 'Gérald Savoie, Ville de Port-Élodie',
      'Personnel :', 'Nadine Cormier, Adjointe administrative et secrétaire de séance', '',
      '3. Adoption de l’ordre du jour', 'La présidente fait la lecture de l’ordre du jour.',
    ], 'fr');
    expect(extraction.attendance.map((a) => `${a.name}|${a.role}|${a.affiliation ?? '-'}`)).toEqual([
      'Rachelle Thériault|CHAIR|Village de Cap-Lumière', 'Gérald Savoie|MEMBER|Ville de Port-Élodie', 'Nadine Cormier|SECRETARIAT|-',
    ]);
  });
});
