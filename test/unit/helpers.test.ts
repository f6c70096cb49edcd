import { localized } from '../../src/resolvers/helpers';

describe('localized', () => {
  it('returns the requested language', () => {
    expect(localized({ nameEn: 'British Columbia', nameFr: 'Colombie-Britannique' }, 'name', 'FR')).toBe('Colombie-Britannique');
  });
  it('falls back to the other language when one is missing', () => {
    expect(localized({ nameFr: 'Conseils mixtes' }, 'name', 'EN')).toBe('Conseils mixtes');
    expect(localized({ nameEn: 'Joint Councils' }, 'name', 'FR')).toBe('Joint Councils');
  });
  it('is null when neither exists', () => {
    expect(localized({}, 'name', 'EN')).toBeNull();
  });
});

