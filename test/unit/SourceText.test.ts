import { SourceText, fold } from '../../src/ingest/SourceText';

describe('SourceText', () => {
  const source = new SourceText('Le compte rendu des \ndécisions de la réunion du \n26 février 2020 du CPSSP \nautre ligne');

  it('finds a quote that the layout broke across lines', () => {
    expect(source.contains('décisions de la réunion du 26 février 2020', 1, 3)).toBe(true);
  });

  it('does not find a quote outside the given line range', () => {
    expect(source.contains('autre ligne', 1, 3)).toBe(false);
    expect(source.contains('autre ligne', 4, 4)).toBe(true);
  });

  it('does not fold anything but white space', () => {
    expect(source.contains('decisions de la reunion', 1, 3)).toBe(false);
  });

  it('counts lines from 1', () => {
    expect(source.lineCount).toBe(4);
    expect(fold('  a \n\t b  ')).toBe('a b');
  });
});
