/** Interface strings in English and French; the language is a URL parameter so shared links keep it. */
import { currentRoute } from './router';

export type Lang = 'EN' | 'FR';

const EN = {
  appTitle: 'Intergovernmental councils',
  themes: 'Themes', meetings: 'Meetings', actions: 'Follow-up actions', profiles: 'People & bodies', explorer: 'Explorer', search: 'Search', ide: 'GraphQL IDE',
  from: 'From', to: 'To', body: 'Body', allBodies: 'All bodies', includeNarrower: 'Include narrower themes', apply: 'Apply',
  theme: 'Theme', representative: 'Jurisdiction / organization', count: 'Statements', speaker: 'Speaker', meeting: 'Meeting', date: 'Date',
  summary: 'Summary', quote: 'Quoted passage', lines: 'Lines', agendaItem: 'Agenda item', onBehalfOf: 'On behalf of',
  matrixHelp: 'Select a cell to read the statements behind it.', noStatementsRange: 'No statements in this range.',
  selected: 'Statements', downloadCsv: 'Download CSV', rows: '{0} rows', noRows: 'Nothing to show.', loading: 'Loading…',
  timeline: 'Timeline', title: 'Title', modality: 'Modality', status: 'Status', agenda: 'Agenda', attendance: 'Attendance',
  role: 'Role', people: 'People', decisions: 'Decisions', statements: 'Statements', number: 'No.', text: 'Text', owners: 'Owners',
  due: 'Due', completed: 'Completed', allStatuses: 'All states', owner: 'Owner', anyOwner: 'Anyone', themesCol: 'Themes',
  jurisdictions: 'Jurisdictions', organizations: 'Organizations', bodies: 'Bodies', name: 'Name', kind: 'Kind', id: 'Id',
  memberships: 'Roles and memberships', startDate: 'Start', endDate: 'End', partOf: 'Part of', parts: 'Parts', members: 'Members',
  aliases: 'Other names', secretariat: 'Secretariat', reportsTo: 'Reports to',
  centre: 'Centre entity', depth: 'Depth', show: 'Show', connectFrom: 'Connect from', connectTo: 'to', findConnections: 'Find connections',
  neighbourhood: 'Neighbourhood', connections: 'Connections', paths: 'Paths', noPath: 'No connection within 4 steps.', graphHelp: 'Click a node to centre on it; drag to move it.',
  nodes: 'Entities', type: 'Type', label: 'Label', path: 'Path', length: 'Length',
  searchPlaceholder: 'Search in French or English…', score: 'Score', snippet: 'Excerpt', entity: 'Entity', hits: '{0} results',
  notFound: 'Not found.', error: 'Error: {0}', language: 'Français', previousMeeting: 'Previous meeting', nextMeeting: 'Next meeting',
  rolesOverTime: 'Roles over time', attendanceOverTime: 'Attendance over time', minutes: 'Source',
  line: 'line', basis: 'Basis', inferred: 'Inferred', stated: 'Stated', alsoOnBehalfOf: 'Also on behalf of', location: 'Location', concerns: 'Concerns',
  statementKinds: 'Statements', allKinds: 'All', raisedInDiscussion: 'Raised in discussion', presented: 'Presented',
  unlistedAttendance: 'Named in the minutes but on no attendance list', attendanceCounts: 'On the attendance lists: {0} · named only in the text: {1}',
  discussion: 'Discussion', noDiscussion: 'No comments or questions', listed: 'On an attendance list', yes: 'Yes', no: 'No',
  mentions: 'Named in the passage', mentionedIn: 'Mentioned in', record: 'Record', wordsUsed: 'Words used', concernedBy: 'Follow-up actions concerning this body',
};
export type Key = keyof typeof EN;

const FR: Record<Key, string> = {
  appTitle: 'Conseils intergouvernementaux',
  themes: 'Thèmes', meetings: 'Réunions', actions: 'Mesures de suivi', profiles: 'Personnes et organes', explorer: 'Explorateur', search: 'Recherche', ide: 'EDI GraphQL',
  from: 'Du', to: 'Au', body: 'Organe', allBodies: 'Tous les organes', includeNarrower: 'Inclure les thèmes plus précis', apply: 'Appliquer',
  theme: 'Thème', representative: 'Gouvernement / organisation', count: 'Interventions', speaker: 'Intervenant', meeting: 'Réunion', date: 'Date',
  summary: 'Résumé', quote: 'Passage cité', lines: 'Lignes', agendaItem: 'Point à l’ordre du jour', onBehalfOf: 'Au nom de',
  matrixHelp: 'Choisissez une case pour lire les interventions correspondantes.', noStatementsRange: 'Aucune intervention pour cette période.',
  selected: 'Interventions', downloadCsv: 'Télécharger en CSV', rows: '{0} lignes', noRows: 'Rien à afficher.', loading: 'Chargement…',
  timeline: 'Chronologie', title: 'Titre', modality: 'Modalité', status: 'État', agenda: 'Ordre du jour', attendance: 'Participation',
  role: 'Rôle', people: 'Personnes', decisions: 'Décisions', statements: 'Interventions', number: 'No', text: 'Texte', owners: 'Responsables',
  due: 'Échéance', completed: 'Terminée', allStatuses: 'Tous les états', owner: 'Responsable', anyOwner: 'Tous', themesCol: 'Thèmes',
  jurisdictions: 'Gouvernements', organizations: 'Organisations', bodies: 'Organes', name: 'Nom', kind: 'Type', id: 'Identifiant',
  memberships: 'Rôles et appartenances', startDate: 'Début', endDate: 'Fin', partOf: 'Fait partie de', parts: 'Composantes', members: 'Membres',
  aliases: 'Autres noms', secretariat: 'Secrétariat', reportsTo: 'Relève de',
  centre: 'Entité centrale', depth: 'Profondeur', show: 'Afficher', connectFrom: 'Relier', connectTo: 'à', findConnections: 'Trouver les liens',
  neighbourhood: 'Voisinage', connections: 'Liens', paths: 'Chemins', noPath: 'Aucun lien en 4 étapes ou moins.', graphHelp: 'Cliquez sur un nœud pour le centrer; glissez pour le déplacer.',
  nodes: 'Entités', type: 'Type', label: 'Libellé', path: 'Chemin', length: 'Longueur',
  searchPlaceholder: 'Rechercher en français ou en anglais…', score: 'Score', snippet: 'Extrait', entity: 'Entité', hits: '{0} résultats',
  notFound: 'Introuvable.', error: 'Erreur : {0}', language: 'English', previousMeeting: 'Réunion précédente', nextMeeting: 'Réunion suivante',
  rolesOverTime: 'Rôles dans le temps', attendanceOverTime: 'Participation dans le temps', minutes: 'Source',
  line: 'ligne', basis: 'Fondement', inferred: 'Déduit', stated: 'Énoncé', alsoOnBehalfOf: 'Aussi au nom de', location: 'Lieu', concerns: 'Concerne',
  statementKinds: 'Interventions', allKinds: 'Toutes', raisedInDiscussion: 'Soulevées en discussion', presented: 'Présentées',
  unlistedAttendance: 'Nommés dans le procès-verbal mais absents des listes de présence', attendanceCounts: 'Sur les listes de présence : {0} · nommés seulement dans le texte : {1}',
  discussion: 'Discussion', noDiscussion: 'Aucun commentaire ni question', listed: 'Sur une liste de présence', yes: 'Oui', no: 'Non',
  mentions: 'Nommés dans le passage', mentionedIn: 'Mentionné dans', record: 'Mention', wordsUsed: 'Termes employés', concernedBy: 'Mesures de suivi concernant cet organe',
};

export function lang(): Lang {
  const fromUrl = currentRoute().params.get('lang');
  if (fromUrl === 'FR' || fromUrl === 'EN') return fromUrl;
  return localStorage.getItem('lang') === 'FR' ? 'FR' : 'EN';
}

export function t(key: Key, ...args: (string | number)[]): string {
  const text = (lang() === 'FR' ? FR : EN)[key];
  return args.reduce<string>((out, arg, index) => out.replace(`{${index}}`, String(arg)), text);
}

/** Enum values (roles, states, kinds) shown as words. */
const ENUMS: Record<string, [string, string]> = {
  CO_CHAIR: ['Co-chair', 'Coprésidence'], CHAIR: ['Chair', 'Présidence'], MEMBER: ['Member', 'Membre'], OBSERVER: ['Observer', 'Observateur'],
  SECRETARIAT: ['Secretariat', 'Secrétariat'], PRESENTER: ['Presenter', 'Présentateur'], PANELIST: ['Panelist', 'Panéliste'], GUEST: ['Guest', 'Invité'],
  SPEAKER: ['Speaker (on no list)', 'Intervenant (hors liste)'], STATED: ['Stated', 'Énoncé'], INFERRED: ['Inferred', 'Déduit'],
  OPEN: ['Open', 'Ouverte'], IN_PROGRESS: ['In progress', 'En cours'], COMPLETED: ['Completed', 'Terminée'], CANCELLED: ['Cancelled', 'Annulée'],
  VIRTUAL: ['Online', 'Virtuelle'], IN_PERSON: ['In person', 'En personne'], TELECONFERENCE: ['By telephone', 'Téléconférence'],
  PASSED: ['Held', 'Tenue'], TENTATIVE: ['Tentative', 'Provisoire'], CONFIRMED: ['Confirmed', 'Confirmée'],
  REMARK: ['Remark', 'Remarque'], QUESTION: ['Question', 'Question'], ANSWER: ['Answer', 'Réponse'], PRESENTATION: ['Presentation', 'Présentation'],
  TREASURER: ['Treasurer', 'Trésorerie'], PRESIDENT: ['President', 'Présidence'], EXECUTIVE_DIRECTOR: ['Executive director', 'Direction générale'],
  DIRECTOR: ['Director', 'Direction'], DIRECTOR_GENERAL: ['Director general', 'Direction générale'], COORDINATOR: ['Coordinator', 'Coordination'],
  RESEARCH_ANALYST: ['Research analyst', 'Analyste de recherche'], SPECIAL_ADVISOR: ['Special advisor', 'Conseiller spécial'], STAFF: ['Staff', 'Personnel'],
  COUNCIL: ['Council', 'Conseil'], COMMUNITY_OF_PRACTICE: ['Community of practice', 'Communauté de pratique'], WORKING_GROUP: ['Working group', 'Groupe de travail'], COMMITTEE: ['Committee', 'Comité'],
  ACTIVE: ['Active', 'Actif'], PROPOSED: ['Proposed', 'Proposé'], TO_BE_ENDED: ['To be ended', 'À dissoudre'], ENDED: ['Ended', 'Dissous'],
  COUNTRY: ['Country', 'Pays'], PROVINCE: ['Province', 'Province'], TERRITORY: ['Territory', 'Territoire'], FEDERAL_DEPARTMENT: ['Federal department', 'Ministère fédéral'], MUNICIPALITY: ['Municipality', 'Municipalité'],
  STATEMENT: ['Statement', 'Intervention'], DECISION: ['Decision', 'Décision'], ACTION_ITEM: ['Follow-up action', 'Mesure de suivi'], AGENDA_ITEM: ['Agenda item', 'Point à l’ordre du jour'],
  PERSON: ['Person', 'Personne'], BODY: ['Body', 'Organe'], JURISDICTION: ['Jurisdiction', 'Gouvernement'], ORGANIZATION: ['Organization', 'Organisation'], THEME: ['Theme', 'Thème'],
  PROGRAM: ['Program', 'Programme'], MEETING: ['Meeting', 'Réunion'],
};

export function enumLabel(value: string): string {
  const pair = ENUMS[value];
  return pair ? pair[lang() === 'FR' ? 1 : 0] : value;
}
