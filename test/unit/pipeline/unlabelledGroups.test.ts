import { run } from './pipelineHelpers';

const people = (name: string, lines: string[]) => run(name, lines).then(({ extraction }) => extraction.attendance.map(({ name: person, role, affiliation, lines: at }) => `${person ?? '-'}|${role}|${affiliation ?? '-'}@${at[0]}`));

describe('people groups under headings the lexicon does not know', () => {
  it('reads a roll written surname first, one a line, under an unknown heading', async () => {
    expect(await people('conseil.md', [
      '# Procès-verbal du conseil régional',
      '',
      '**Délégués des sections**',
      '',
      'AUDET, Chantal – ENV-MELCC',
      'BRASSARD, Yves – FIN-MFQ',
      'CARON-LEDUC, Josée – ENV-MELCC',
      '',
      '**Observateurs**',
      '',
      'DUBÉ, Karl – FIN-MFQ',
      '',
      '1. **Ouverture**',
    ])).toEqual(['AUDET, Chantal|MEMBER|ENV-MELCC@5', 'BRASSARD, Yves|MEMBER|FIN-MFQ@6', 'CARON-LEDUC, Josée|MEMBER|ENV-MELCC@7', 'DUBÉ, Karl|OBSERVER|FIN-MFQ@11']);
  });

  it('keeps a prose paragraph under an unknown heading out of the roll', async () => {
    expect(await people('notes.md', [
      '# Meeting notes',
      '',
      '**Context**',
      '',
      'The group met to review the draft',
      'standard and agreed on next steps',
      'for the spring release.',
    ])).toEqual([]);
  });

  it('reads a group of one or two people between people lists, and an absent group as regrets', async () => {
    expect(await people('ca.md', [
      '# Procès-verbal',
      '',
      '**Membres présents :**',
      '',
      '- Mme Hélène Brault, présidente',
      '- M. Denis Gagnon',
      '',
      '**Personnel de la fédération**',
      '',
      '- Mme Lucie Marois, conseillère aux communications',
      '',
      '**Membres absents ayant donné procuration**',
      '',
      '- M. Paul Léger (procuration à Hélène Brault)',
      '',
      '**Invités :**',
      '',
      '- M. Omar Haddad, vérificateur',
      '',
      '## 1. Ouverture',
      '',
      'La présidente ouvre la séance.',
    ])).toEqual(['Hélène Brault|CHAIR|-@5', 'Denis Gagnon|MEMBER|-@6', 'Lucie Marois|MEMBER|-@10', 'Paul Léger|REGRETS|-@14', 'Omar Haddad|GUEST|-@18']);
  });

  it('leaves a short unknown section after the minutes began alone (a signature, a contact)', async () => {
    const found = await people('board.md', [
      '# Board minutes',
      '',
      '**Present:** Ann Lee (Chair), Bo Chen, Cy Dale',
      '',
      '## 1. Budget',
      '',
      'The board approved the budget.',
      '',
      '**Prepared by**',
      '',
      'Dana Frost, Executive Assistant',
    ]);
    expect(found.map((entry) => entry.split('|')[0])).toEqual(['Ann Lee', 'Bo Chen', 'Cy Dale']);
  });

  it('takes a police rank off the name', async () => {
    expect(await people('csp.md', [
      '# Comité de sécurité publique',
      '',
      'Présents :',
      '',
      '- Capitaine Nadine Fortier, directrice du poste',
      '- Sergent Luc Brochu, coordonnateur',
    ])).toEqual(['Nadine Fortier|MEMBER|-@5', 'Luc Brochu|MEMBER|-@6']);
  });
});
