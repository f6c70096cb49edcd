import { heldOn, localized } from '../../src/resolvers/helpers';

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

describe('heldOn', () => {
  const treasurer = { endDate: '2020-12-31' };
  it('treats an unknown start or end as open', () => {
    expect(heldOn(treasurer, '2019-05-01')).toBe(true);
    expect(heldOn(treasurer, '2020-12-31')).toBe(true);
    expect(heldOn(treasurer, '2021-01-01')).toBe(false);
    expect(heldOn({ startDate: '2021-01-01' }, '2020-06-01')).toBe(false);
  });
  it('keeps everything when no date is asked for', () => {
    expect(heldOn(treasurer, null)).toBe(true);
  });
});
