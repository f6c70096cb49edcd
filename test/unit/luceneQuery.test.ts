import { escapeLucene, fold, foldWithOffsets, luceneQueries, searchWords } from '../../src/repositories/luceneQuery';

describe('escapeLucene', () => {
  it('escapes every character of the Lucene query syntax', () => {
    expect(escapeLucene('+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /')).toBe('\\+ \\- \\&\\& \\|\\| \\! \\( \\) \\{ \\} \\[ \\] \\^ \\" \\~ \\* \\? \\: \\\\ \\/');
  });
  it('leaves words alone', () => {
    expect(escapeLucene("identite l'identite 2020")).toBe("identite l'identite 2020");
  });
});

describe('fold', () => {
  it('removes case and accents and expands ligatures', () => {
    expect(fold('IDENTITÉ Numérique Cœur ÇA')).toBe('identite numerique coeur ca');
    expect(fold('l’identité')).toBe("l'identite");
  });
  it('maps every folded unit back to the original text', () => {
    const { folded, start, end } = foldWithOffsets('Œuvre é');
    expect(folded).toBe('oeuvre e');
    expect(start.slice(0, 3)).toEqual([0, 0, 1]);
    expect(end.slice(0, 3)).toEqual([1, 1, 2]);
    expect([start.at(-1), end.at(-1)]).toEqual([6, 7]);
  });
});

describe('searchWords', () => {
  it('gives the same words with and without accents or capitals', () => {
    expect(searchWords('identité numérique')).toEqual(['identite', 'numerique']);
    expect(searchWords('IDENTITE NUMERIQUE')).toEqual(['identite', 'numerique']);
  });
  it('drops punctuation, query syntax, stop words, elisions and repeats', () => {
    expect(searchWords('the "digital" ID: (AND OR) && identity* -id')).toEqual(['digital', 'id', 'identity']);
    expect(searchWords("de l’identité, d'identité")).toEqual(['de', 'identite']);
    expect(searchWords("aujourd'hui")).toEqual(["aujourd'hui"]);
  });
  it('finds nothing in syntax alone', () => {
    expect(searchWords('+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /')).toEqual([]);
  });
});

describe('luceneQueries', () => {
  it('requires every word, with French elisions before a vowel', () => {
    const { strict } = luceneQueries(['numerique', 'identite']);
    expect(strict).toMatch(/^\+\(numerique\) \+\(identite OR l'identite OR d'identite OR /);
  });
  it('relaxes to prefixes and one typo', () => {
    const { relaxed } = luceneQueries(['cyber']);
    expect(relaxed).toBe('+(cyber OR cyber* OR cyber~1)');
    expect(luceneQueries(['id']).relaxed).toBe("+(id OR l'id OR d'id OR j'id OR m'id OR n'id OR s'id OR t'id OR c'id OR qu'id OR jusqu'id OR lorsqu'id OR puisqu'id)");
  });
});
