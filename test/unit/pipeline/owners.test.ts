import { ownersOf } from '../../../src/importer/pipeline/patterns/assignments';

/** Who a written owner is: one or several actors (pure; no document around it). */
describe('the owners an action names', () => {
  it('splits people and bodies at "and", but never a province or one office with its second title', () => {
    expect(ownersOf('Secretariat and Newfoundland and Labrador')).toEqual(['Secretariat', 'Newfoundland and Labrador']);
    expect(ownersOf('New Brunswick and Newfoundland and Labrador')).toEqual(['New Brunswick', 'Newfoundland and Labrador']);
    expect(ownersOf('The President and CEO')).toEqual(['President and CEO']);
    expect(ownersOf('Vice-President Finance and Operations')).toEqual(['Vice-President Finance and Operations']);
    expect(ownersOf('Chair and Vice-Chair')).toEqual(['Chair', 'Vice-Chair']);
    expect(ownersOf('Dana Roy and Luc Bédard')).toEqual(['Dana Roy', 'Luc Bédard']);
  });
});
