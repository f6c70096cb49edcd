import { AffiliationResolver } from '../../src/importer/AffiliationResolver';
import { loadReference } from '../../src/importer/loadReference';
import { readOpening } from '../../src/importer/speakers';
import { ThemeTagger } from '../../src/importer/ThemeTagger';
import type { SeedDocument } from '../../src/ingest/SeedDocument';

let reference: SeedDocument[];
let resolver: AffiliationResolver;
let tagger: ThemeTagger;

beforeAll(async () => {
  reference = await loadReference();
  resolver = new AffiliationResolver(reference);
  tagger = new ThemeTagger(reference.flatMap((d) => d.themes ?? []));
});

describe('importer: AffiliationResolver', () => {
  it.each([
    ['C.-B.', 'CA-BC'], ['N.-É.', 'CA-NS'], ['Colombie-Britannique', 'CA-BC'], ['Nova Scotia', 'CA-NS'], ['EDSC', 'ca-gc-esdc'],
    ['EDSC/Service Canada', 'ca-gc-esdc'], ['Emploi et Développement social Canada/Service Canada', 'ca-gc-esdc'],
    ['MSDO (région de Peel)', 'org-msdo'], ['Municipal Service Delivery Officials (MSDO) (Région de Waterloo)', 'org-msdo'],
    ['Ministère des Anciens Combattants', 'ca-gc-vac'], ['coprésidente du CPSSP, EDSC/Service Canada', 'ca-gc-esdc'],
    ['Directeur exécutif, ISAC', 'org-isac'], ['CRA', 'ca-gc-cra'], ['terre-neuve-et-labrador', 'CA-NL'],
  ])('resolves %s to %s', (text, id) => {
    expect(resolver.resolve(text)?.id).toBe(id);
  });

  it('never resolves to a council, and finds nothing in unrelated words', () => {
    expect(resolver.resolve('Conseils nationaux (CPSSP et CDPISP)')).toBeUndefined();
    expect(resolver.resolve('les membres ont des relations')).toBeUndefined();
    expect(resolver.findBody('RÉUNION VIRTUELLE DU CONSEIL DE LA PRESTATION DES SERVICES DU SECTEUR PUBLIC (CPSSP)')?.id).toBe('body-pssdc');
  });

  it('prefers an organization over a province named as a place, and reports the alternatives', () => {
    const r = resolver.resolve('directeur exécutif de la Gignul Non-profit Housing Corporation, dans l’est de l’Ontario');
    expect(r?.id).toBe('org-gignul-housing');
    expect(r?.alternatives).toEqual(['CA-ON']);
  });

  it('matches short capitalised forms case-sensitively (the verb "ont" is not Ontario)', () => {
    expect(resolver.mentions('ils ont des réserves').map((m) => m.entry.id)).toEqual([]);
    expect(resolver.mentions('Bureau (Ont.)').map((m) => m.entry.id)).toEqual(['CA-ON']);
  });
});

describe('importer: ThemeTagger', () => {
  it('matches labels and synonyms ignoring accents and case', () => {
    expect(tagger.tag('Les volets du service numérique et de l’IDENTITE NUMERIQUE')).toEqual(expect.arrayContaining(['theme-digital-identity']));
    expect(tagger.tag('improving our contact centre')).toEqual(['theme-contact-centres']);
  });

  it('keeps a narrower theme named inside a broader label', () => {
    const themes = tagger.tag('Gérer les risques numériques (protection des renseignements personnels et des données, amélioration de la cybersécurité)');
    expect(themes).toEqual(expect.arrayContaining(['theme-digital-risk', 'theme-privacy', 'theme-cybersecurity']));
  });

  it('needs two mentions of a single-word synonym in a long passage', () => {
    const filler = ' Le groupe a discuté longuement de plusieurs sujets sans lien avec le thème.'.repeat(5);
    expect(tagger.tag(`Le financement est évoqué.${filler}`)).not.toContain('theme-funding-and-investment');
    expect(tagger.tag(`Le financement est évoqué.${filler} Le financement revient.`)).toContain('theme-funding-and-investment');
    expect(tagger.tag('Le financement est évoqué.')).toContain('theme-funding-and-investment');
  });

  it('reads plural and feminine forms, function-word variants and a phrase interrupted by one word', () => {
    expect(tagger.tag('Les identités numériques des résidents')).toContain('theme-digital-identity');
    expect(tagger.tag('la conception des services')).toContain('theme-client-centric-design');
    expect(tagger.tag('une identité citoyenne numérique')).toContain('theme-digital-identity');
  });

  it('discounts a phrase that several other themes\' names contain, not the label that owns it', () => {
    expect(tagger.tag('la prestation des services')).not.toContain('theme-service-delivery-improvement');
    expect(tagger.tag('l’amélioration de la prestation des services')).toContain('theme-service-delivery-improvement');
  });

  it('does not read topics inside the names it is told are names', () => {
    const text = 'Financé par Services aux Autochtones Canada.';
    expect(tagger.tag(text)).toContain('theme-indigenous-service-delivery');
    const start = text.indexOf('Services');
    const masking = new ThemeTagger(reference.flatMap((d) => d.themes ?? []), { names: () => [{ index: start, length: 'Services aux Autochtones Canada'.length }] });
    expect(masking.tag(text)).toEqual(['theme-funding-and-investment']);
  });

  it('does not read the French "ai" as AI', () => {
    expect(tagger.tag("j'ai dit que l'IA aide")).toEqual(['theme-ai-in-service-delivery']);
    expect(tagger.tag("j'ai dit")).toEqual([]);
  });
});

describe('importer: readOpening', () => {
  const people = [{ id: 'person-bev-dicks', name: 'Bev Dicks', aliases: [], listed: true, review: [] }];

  it('reads a known speaker with an affiliation in parentheses', () => {
    expect(readOpening('Bev Dicks (C.-B.) appuie l’approche relative à l’expérience utilisateur.', people)).toMatchObject({
      names: ['Bev Dicks'], attribution: 'Bev Dicks (C.-B.)', qualifier: 'C.-B.', type: 'REMARK', introduction: false,
    });
  });

  it('reads an unknown speaker with an apposition, and two speakers joined by "et"', () => {
    expect(readOpening('Pia Andrews, conseillère spéciale, EDSC, présente un exposé.', people)).toMatchObject({
      names: ['Pia Andrews'], qualifier: 'conseillère spéciale, EDSC', type: 'PRESENTATION',
    });
    expect(readOpening('Catherine Bennett et Mark Burns, coprésidents du CPSSP, souhaitent la bienvenue.', people)?.names).toEqual(['Catherine Bennett', 'Mark Burns']);
  });

  it('tells an introduction from a statement, and ignores sentences that open with common words', () => {
    expect(readOpening('Marc Maracle, directeur exécutif de la Gignul Non-profit Housing Corporation, est coprésident.', people)?.introduction).toBe(true);
    expect(readOpening('Le Canada a un modèle fédéré.', people)).toBeUndefined();
    expect(readOpening('Les Centres d’amitié sont très importants.', people)).toBeUndefined();
    expect(readOpening('Hugh MacLeod (N.S.) asks whether it works?', people)?.type).toBe('QUESTION');
  });
});
