/** Word lists for the synthetic corpus: fictional places and people, plausible council language. */

export const PROVINCES: ReadonlyArray<{ en: string; fr: string; abbr: string }> = [
  { en: 'Northaven', fr: 'Havre-du-Nord', abbr: 'NH' }, { en: 'Eastmarch', fr: 'Marche-de-l’Est', abbr: 'EM' },
  { en: 'Westvale', fr: 'Val-de-l’Ouest', abbr: 'WV' }, { en: 'Southmere', fr: 'Mer-du-Sud', abbr: 'SM' },
  { en: 'Lakeland', fr: 'Pays-des-Lacs', abbr: 'LL' }, { en: 'Pinecrest', fr: 'Crête-des-Pins', abbr: 'PC' },
  { en: 'Stonebridge', fr: 'Pont-de-Pierre', abbr: 'SB' }, { en: 'Riverbend', fr: 'Coude-de-la-Rivière', abbr: 'RB' },
  { en: 'Highmoor', fr: 'Haute-Lande', abbr: 'HM' }, { en: 'Coldspring', fr: 'Source-Froide', abbr: 'CS' },
  { en: 'Baymouth', fr: 'Embouchure-de-la-Baie', abbr: 'BM' }, { en: 'Ironwood', fr: 'Bois-de-Fer', abbr: 'IW' },
  { en: 'Frostland', fr: 'Terre-du-Givre', abbr: 'FL' },
];

export const DEPARTMENT_TOPICS = [
  'Service Delivery', 'Digital Government', 'Employment', 'Revenue', 'Health Services', 'Immigration', 'Statistics',
  'Public Works', 'Veterans Services', 'Indigenous Services', 'Transport', 'Justice', 'Environment', 'Housing',
  'Agriculture', 'Fisheries', 'Heritage', 'Innovation', 'Labour', 'Procurement',
];

export const TOWN_PARTS = ['Maple', 'Cedar', 'Granite', 'Willow', 'Harbour', 'Falcon', 'Birch', 'Aspen', 'Copper', 'Elk', 'Otter', 'Silver', 'Juniper', 'Raven', 'Spruce'];
export const TOWN_SUFFIXES = ['ton', 'ville', ' Falls', ' Bay', 'field', ' Crossing', 'brook', ' Hills'];

export const FIRST_NAMES = [
  'Alex', 'Amira', 'Ben', 'Bianca', 'Carlos', 'Chloé', 'Daniel', 'Diane', 'Élise', 'Emma', 'Farid', 'Fiona', 'Gabriel', 'Grace',
  'Hannah', 'Hugo', 'Ines', 'Isaac', 'Jasmine', 'Julien', 'Karim', 'Kateri', 'Liam', 'Louise', 'Marc', 'Maya', 'Nadia', 'Noah',
  'Olivia', 'Omar', 'Priya', 'Paul', 'Quinn', 'Rachel', 'Raphaël', 'Sofia', 'Samuel', 'Tanya', 'Thomas', 'Uma', 'Victor',
  'Wen', 'William', 'Xavier', 'Yasmin', 'Yves', 'Zoé', 'Zachary',
];
export const LAST_NAMES = [
  'Abbott', 'Belanger', 'Chen', 'Desrosiers', 'Eastman', 'Fortin', 'Gagnon', 'Haddad', 'Ibrahim', 'Jensen', 'Kowalski', 'Lavoie',
  'MacDonald', 'Nguyen', 'Ouellet', 'Patel', 'Quesnel', 'Roy', 'Singh', 'Tremblay', 'Usman', 'Villeneuve', 'Wong', 'Xu', 'Young',
  'Zhang', 'Bouchard', 'Campbell', 'Dubois', 'Ellis', 'Fraser', 'Girard', 'Harper', 'Kaur', 'Leblanc', 'Morin', 'Nakamura',
  'Okafor', 'Pelletier', 'Reid', 'Sauvé', 'Thompson', 'Wilson',
];

export const ORGANIZATION_NAMES: ReadonlyArray<{ en: string; fr: string; abbr: string; kind: 'ASSOCIATION' | 'NON_PROFIT' | 'INDIGENOUS_ORGANIZATION' | 'ACADEMIC' }> = [
  { en: 'Association of Municipal Service Officers', fr: 'Association des agents des services municipaux', abbr: 'AMSO', kind: 'ASSOCIATION' },
  { en: 'Civic Technology Foundation', fr: 'Fondation des technologies civiques', abbr: 'CTF', kind: 'NON_PROFIT' },
  { en: 'Northern Nations Service Alliance', fr: 'Alliance des services des nations du Nord', abbr: 'NNSA', kind: 'INDIGENOUS_ORGANIZATION' },
  { en: 'Institute for Public Service Research', fr: 'Institut de recherche sur le service public', abbr: 'IPSR', kind: 'ACADEMIC' },
  { en: 'Accessible Services Network', fr: 'Réseau des services accessibles', abbr: 'ASN', kind: 'NON_PROFIT' },
  { en: 'Council of Digital Officers', fr: 'Conseil des dirigeants numériques', abbr: 'CDO', kind: 'ASSOCIATION' },
];

export const COUNCIL_AREAS = [
  'Service Delivery', 'Chief Information Officers', 'Digital Identity', 'Data and Statistics', 'Procurement', 'Open Government',
  'Contact Centres', 'Cyber Security', 'Accessibility', 'Workforce Renewal', 'Benefits Delivery', 'Records Management',
];
export const SUB_BODY_TOPICS = [
  'Client Experience', 'Data Sharing', 'Service Standards', 'Digital Credentials', 'Performance Measurement', 'Plain Language',
  'Artificial Intelligence', 'Interoperability', 'Outreach', 'Training',
];

export interface ThemeWords { en: string; fr: string; synonym: string }
export const THEME_WORDS: readonly ThemeWords[] = [
  { en: 'Digital identity', fr: 'Identité numérique', synonym: 'digital credentials' },
  { en: 'Client experience', fr: 'Expérience client', synonym: 'user satisfaction' },
  { en: 'Data sharing', fr: 'Partage des données', synonym: 'information exchange' },
  { en: 'Service standards', fr: 'Normes de service', synonym: 'service targets' },
  { en: 'Accessibility', fr: 'Accessibilité', synonym: 'inclusive design' },
  { en: 'Cyber security', fr: 'Cybersécurité', synonym: 'security posture' },
  { en: 'Contact centres', fr: 'Centres d’appels', synonym: 'call centres' },
  { en: 'Artificial intelligence', fr: 'Intelligence artificielle', synonym: 'machine learning' },
  { en: 'Open data', fr: 'Données ouvertes', synonym: 'public datasets' },
  { en: 'Privacy', fr: 'Protection de la vie privée', synonym: 'personal information' },
  { en: 'Workforce skills', fr: 'Compétences de l’effectif', synonym: 'talent' },
  { en: 'Procurement reform', fr: 'Réforme de l’approvisionnement', synonym: 'agile procurement' },
  { en: 'Benefits delivery', fr: 'Prestation des avantages', synonym: 'income support' },
  { en: 'Performance measurement', fr: 'Mesure du rendement', synonym: 'metrics' },
  { en: 'Plain language', fr: 'Langage clair', synonym: 'readability' },
  { en: 'Rural connectivity', fr: 'Connectivité rurale', synonym: 'broadband' },
  { en: 'Indigenous partnerships', fr: 'Partenariats autochtones', synonym: 'reconciliation' },
  { en: 'Interoperability', fr: 'Interopérabilité', synonym: 'common platforms' },
  { en: 'Emergency response', fr: 'Intervention d’urgence', synonym: 'crisis services' },
  { en: 'Records management', fr: 'Gestion des documents', synonym: 'archives' },
  { en: 'Cloud adoption', fr: 'Adoption de l’infonuagique', synonym: 'hosting' },
  { en: 'Official languages', fr: 'Langues officielles', synonym: 'bilingual services' },
  { en: 'Seniors services', fr: 'Services aux aînés', synonym: 'aging population' },
  { en: 'Youth engagement', fr: 'Mobilisation des jeunes', synonym: 'students' },
];

export const VERBS = ['reported progress on', 'raised concerns about', 'asked about', 'presented an update on', 'proposed a pilot for', 'shared lessons learned on', 'requested collaboration on', 'noted funding pressures for'];
export const DETAILS = [
  'the pilot reached more clients than planned', 'timelines depend on budget approval', 'a working session is planned for the spring',
  'partners asked for a common template', 'the evaluation will be shared with all jurisdictions', 'legislation may need to change first',
  'front-line staff need further training', 'results will be presented at the next meeting', 'the vendor market is still immature',
  'client feedback has been positive', 'several jurisdictions face the same constraint', 'a survey of members will be launched',
];
export const DECISION_TEXTS = [
  'The council approved the work plan for', 'Members agreed to form a task team on', 'The co-chairs will write to deputy ministers about',
  'Members endorsed the draft framework on', 'The council deferred a decision on', 'Members agreed to share jurisdictional practices on',
];
export const ACTION_TEXTS = [
  'circulate a summary of jurisdictional practices on', 'prepare a discussion paper on', 'organize a webinar on',
  'collect metrics from members on', 'draft terms of reference for a task team on', 'report back on the pilot on',
];
