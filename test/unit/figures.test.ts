import { figuresOf } from '../../src/ingest/figures';

// French snippets are copied from seeds/minutes/sources/2020-09-24-cpssp-compte-rendu-des-decisions.fr.txt
// (the source writes "6 000" with U+2009), English ones from the curated seed's summaries.
describe('figuresOf', () => {
  it('reads amounts with a scale word and a currency the same in both languages', () => {
    const fr = 'La pandémie de COVID a été une période très chargée et 90 millions de dollars seront fournis';
    expect(figuresOf(fr, 'fr')).toEqual(['$90000000']);
    expect(figuresOf('during COVID-19, $90 million is being provided', 'en')).toEqual(['$90000000']);
    expect(figuresOf('90 M$', 'fr')).toEqual(figuresOf('$90M', 'en'));
    expect(figuresOf('1,5 milliard de dollars', 'fr')).toEqual(figuresOf('$1.5 billion', 'en'));
  });

  it('reads percentages written "80 %", "80%" or "per cent"', () => {
    const fr = 'Plus de 80 % des Autochtones au Canada vivent dans des zones urbaines';
    expect(figuresOf(fr, 'fr')).toEqual(['80%']);
    expect(figuresOf('Over 80% of Indigenous people in Canada live off reserve', 'en')).toEqual(['80%']);
    expect(figuresOf('over 80 per cent', 'en')).toEqual(['80%']);
    expect(figuresOf('vous avez 100 % de l’effectif', 'fr')).toEqual(['100%']);
  });

  it('reads French space-grouped thousands (any space) and the English comma alike', () => {
    for (const space of [' ', '\u2009', '\u202F', '\u00A0']) {
      expect(figuresOf(`il y en a plus de 6${space}000 dans l’ensemble du Canada`, 'fr')).toEqual(['6000']);
    }
    expect(figuresOf('More than 6,000 urban, mostly service-focused entities exist', 'en')).toEqual(['6000']);
  });

  it('reads the French decimal comma as the English decimal point', () => {
    expect(figuresOf('2,5 %', 'fr')).toEqual(figuresOf('2.5%', 'en'));
    expect(figuresOf('En 2015, le mandat a été renouvelé', 'fr')).toEqual(['2015']);
  });

  it('keeps the day and year of a date', () => {
    const fr = 'Maria Luisa Willan a envoyé le message le 29 septembre 2020';
    expect(figuresOf(fr, 'fr')).toEqual(['29', '2020']);
    expect(figuresOf('Maria Luisa Willan sent the message on 29 September 2020.', 'en')).toEqual(['29', '2020']);
  });

  it('reads times of day', () => {
    expect(figuresOf('La séance du CPSSP est levée à 15 h 10 HAE.', 'fr')).toEqual(['15:10']);
    expect(figuresOf('The meeting ended at 3:10 p.m. EDT', 'en')).toEqual(['15:10']);
  });

  it('ignores the addresses of links (OSAB minutes: "[about page.](../1_About.md)", a blog post URL)', () => {
    expect(figuresOf('The Terms of Reference can be found on the [about page.](../1_About.md) by 2 May', 'en')).toEqual(['2']);
    expect(figuresOf('* Jim: https://smartbear.com/blog/14-ways-to-contribute-to-open-source/ * 3 links', 'en')).toEqual(['3']);
  });

  it('ignores labels, agenda and list numbering, ordinals and codes', () => {
    expect(figuresOf('Mesure de suivi no 4 : Demande de séance de suivi avec Pia Andrews à l’automne 2020.', 'fr'))
      .toEqual(['2020']);
    expect(figuresOf('Décision no 1 : Le compte rendu des décisions de la réunion du 26 février 2020', 'fr'))
      .toEqual(['26', '2020']);
    expect(figuresOf('Mesure de suivi n° 2A : Prochaines étapes du CPSSP, comme discuté à la réunion : #2A :',
      'fr')).toEqual([]);
    expect(figuresOf('2. Prestation de services aux Autochtones en milieu urbain (ONGLET 2)', 'fr')).toEqual([]);
    expect(figuresOf('1.C Rapport de la trésorière du CPSSP', 'fr')).toEqual([]);
    expect(figuresOf('au XXIe siècle. Concepts clés : 1) La transformation 2) Les services de qualité', 'fr'))
      .toEqual([]);
    expect(figuresOf('État actuel — la COVID-19 et une nouvelle normalité, le 1er avril', 'fr')).toEqual([]);
    expect(figuresOf('fit for purpose in the 21st century; action no. 4 (TAB 2)', 'en')).toEqual([]);
  });

  it('keeps a number in parentheses and ignores numbers spelled as words', () => {
    expect(figuresOf('(moins de 15 ans)', 'fr')).toEqual(['15']);
    expect(figuresOf('au cours des cinq dernières années', 'fr')).toEqual([]);
    expect(figuresOf('over five years', 'en')).toEqual([]);
  });
});
