import { layoutLines, quoteOf } from '../../src/importer/SourceLayout';
import { findDate, joinLines, slugify } from '../../src/importer/text';

const PAGE = [
  'B) Approbation de l’ordre du jour de la réunion du 24 septembre 2020 du CPSSP',
  '',
  'Décision no 1 :  ',
  '',
  'Le compte rendu des ',
  '26 février 2020 du CPSSP ',
  'est approuvé. ',
  ' L’ordre du jour de la réunion du 24 septembre 2020 du CPSSP est approuvé, sans modification. ',
  'Mesure de suivi n° 2A :',
  '#2A : Partager avec les',
  'groupes de travail ou des',
  ' • Centres de contact',
  'stratégique autour du service axé sur la clientèle (particuliers et entreprises)',
  '',
  'communautés de pratique',
  'existants.',
  '',
  '#2E : Examiner le',
  'renforcement des liens.',
  ' 5. Questions diverses',
].join('\n');

describe('importer: layoutLines', () => {
  const lines = layoutLines(PAGE);
  const kinds = lines.map((l) => `${l.n}:${l.kind}${l.orphan ? '*' : ''}`);

  it('separates the right-hand column (marker and short lines) from the body', () => {
    expect(kinds.slice(0, 8)).toEqual(['1:body', '2:blank', '3:column', '4:blank', '5:column', '6:column', '7:column', '8:body']);
  });

  it('ends a column run at a bullet or an agenda heading, even a short one', () => {
    expect(kinds[11]).toBe('12:body');
    expect(kinds[19]).toBe('20:body');
  });

  it('gives short lowercase lines back to an unfinished column entry when a marker follows', () => {
    expect(kinds.slice(14, 18)).toEqual(['15:column*', '16:column*', '17:blank', '18:column']);
  });

  it('quotes lines as the evidence check folds them', () => {
    expect(quoteOf(lines, 3, 7)).toBe('Décision no 1 : Le compte rendu des 26 février 2020 du CPSSP est approuvé.');
  });
});

describe('importer: text helpers', () => {
  it('reads French and English dates', () => {
    expect(findDate('Le 24 septembre 2020')).toBe('2020-09-24');
    expect(findDate('March 3, 2021')).toBe('2021-03-03');
    expect(findDate('le 1er février 2021')).toBe('2021-02-01');
    expect(findDate('no date here')).toBeUndefined();
  });

  it('slugs names without accents and glues words the layout hyphenated', () => {
    expect(slugify('Richard Dalpé')).toBe('richard-dalpe');
    expect(joinLines(['la Table des sous-', 'ministres FPT'])).toBe('la Table des sous-ministres FPT');
  });
});
