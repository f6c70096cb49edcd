import { escapeHtml, findWords, snippet } from '../../src/resolvers/snippet';

describe('snippet', () => {
  it('marks matches whatever their accents and case, keeping the original text', () => {
    expect(snippet(['Accélérer la gestion des IDENTITÉS et l’identité numérique'], ['identite', 'numerique']))
      .toBe('Accélérer la gestion des IDENTITÉS et l’<mark>identité</mark> <mark>numérique</mark>');
  });
  it('marks whole words only, unless prefixes are allowed', () => {
    expect(snippet(['identification and identity'], ['id'])).toBe('identification and identity');
    expect(snippet(['identification and identity'], ['identi'], true)).toBe('<mark>identi</mark>fication and <mark>identi</mark>ty');
  });
  it('escapes HTML outside and inside marks', () => {
    expect(snippet(['<b>R&D</b> "data" & co'], ['data', 'r'])).toBe('&#60;b&#62;<mark>R</mark>&#38;D&#60;/b&#62; &#34;<mark>data</mark>&#34; &#38; co');
  });
  it('quotes the candidate with the most words, preferring earlier ones on ties', () => {
    expect(snippet(['Digital services', 'Digital identity', 'Identité numérique'], ['digital', 'identity'])).toBe('<mark>Digital</mark> <mark>identity</mark>');
    expect(snippet(['Digital services', 'Digital identity'], ['digital'])).toBe('<mark>Digital</mark> services');
  });
  it('cuts long texts around the first match, at word boundaries', () => {
    const text = `${'mot '.repeat(100)}identité ${'fin '.repeat(100)}`;
    const result = snippet([text], ['identite']) ?? '';
    expect(result.startsWith('…mot ')).toBe(true);
    expect(result.endsWith(' fin…') || result.endsWith('fin…')).toBe(true);
    expect(result).toContain('<mark>identité</mark>');
    expect(result.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(202);
  });
  it('quotes the first text unmarked without a match, and is null without text', () => {
    expect(snippet(['First', 'Second'], ['zzz'])).toBe('First');
    expect(snippet(['  ', ''], ['zzz'])).toBeNull();
  });
});

describe('findWords', () => {
  it('merges overlapping matches and counts distinct words', () => {
    expect(findWords('numérique', ['numerique', 'num'], true)).toEqual({ ranges: [{ start: 0, end: 9 }], matched: 2 });
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML special characters', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&#60;&#62;&#38;&#34;&#39;');
  });
});
