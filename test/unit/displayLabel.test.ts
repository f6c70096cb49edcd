import { displayLabel } from '../../src/resolvers/explore';

describe('displayLabel', () => {
  it('uses the name, abbreviation, label or title in the language asked for', () => {
    expect(displayLabel({ id: 'person-x', labels: ['Entity', 'Person'], name: 'Bev Dicks' }, 'FR')).toBe('Bev Dicks');
    const body = { id: 'body-pssdc', labels: ['Entity', 'Body', 'Council'], abbreviationEn: 'PSSDC', abbreviationFr: 'CPSSP', nameEn: 'Council' };
    expect(displayLabel(body, 'EN')).toBe('PSSDC');
    expect(displayLabel(body, 'FR')).toBe('CPSSP');
    expect(displayLabel({ id: 't', labels: ['Entity', 'Theme'], labelFr: 'Cybersécurité' }, 'EN')).toBe('Cybersécurité');
  });
  it('describes records by number or role', () => {
    expect(displayLabel({ id: 'd', labels: ['Entity', 'Decision'], number: '2' }, 'FR')).toBe('Décision 2');
    expect(displayLabel({ id: 'i', labels: ['Entity', 'AgendaItem'], number: '1.A', titleEn: 'Welcome' }, 'EN')).toBe('1.A. Welcome');
    expect(displayLabel({ id: 'm', labels: ['Entity', 'Membership'], role: 'CO_CHAIR' }, 'EN')).toBe('Co chair');
  });
  it('shortens long labels and falls back to the id', () => {
    const statement = { id: 's', labels: ['Entity', 'Statement'], attributionText: 'Bev Dicks (C.-B.)', summaryEn: 'word '.repeat(40) };
    const label = displayLabel(statement, 'EN');
    expect(label.startsWith('Bev Dicks (C.-B.): word')).toBe(true);
    expect(label.length).toBeLessThanOrEqual(80);
    expect(label.endsWith('…')).toBe(true);
    expect(displayLabel({ id: 'mtg-x', labels: ['Entity', 'Meeting'] }, 'EN')).toBe('mtg-x');
  });
});
