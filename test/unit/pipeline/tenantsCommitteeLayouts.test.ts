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
