import type { ExtractedRole, SectionKind } from '../types';
import { foldKey } from '../text/words';
import { composedPeopleLabel } from './composedLabel';

/** What a heading (or a `Label:`) announces: the kind of section and the role of the people it lists. */
export interface HeadingMeaning {
  kind: SectionKind;
  role?: ExtractedRole;
}

interface Entry extends HeadingMeaning {
  terms: string[];
  /** Only the whole heading matches ("Minutes" is a section, "Minutes of the meeting of …" is not). */
  exact?: boolean;
}

/**
 * The bilingual lexicon of minutes headings, accent- and case-folded. A heading matches an entry
 * when it is the term, or starts with it followed by a non-letter ("Action items:", "Update:
 * Tools"). Longer terms are tried first, so "également présents" is not read as "présents".
 */
const LEXICON: Entry[] = [
  { kind: 'attendance', role: 'MEMBER', terms: ['attendees', 'ex officio', 'ex-officio', 'ex officio members', 'ex officio member', 'membres d\'office', 'membre d\'office', 'attendance', 'in attendance', 'present', 'presents', 'presentes', 'presence', 'presences', 'participants', 'participantes', 'participantes et participants', 'participants et participantes', 'participant(e)s', 'participant-e-s', 'members present', 'directors present', 'board members present', 'membres presents', 'membres presentes', 'members', 'membres', 'roll call', 'attending', 'trustees present', 'trustees', 'student trustee', 'student trustees', 'councillors present', 'council members present', 'board members', 'commissioners present', 'etaient presents', 'etaient presentes', 'sont presents les membres suivants', 'sont presentes les membres suivantes', 'etaient presents les membres suivants', 'sont presentes les personnes suivantes', 'etaient presentes les personnes suivantes', 'the following members were present', 'the following were present', 'the following directors were present', 'the following persons were present', 'etaient aussi presents', 'administrateurs presents', 'administratrices presentes', 'conseillers presents', 'conseilleres presentes', 'commissaires presents', 'officials', 'officials in support', 'supporting officials', 'officials present', 'fonctionnaires', 'fonctionnaires presents', 'attendees and officials', 'personnes presentes', 'sont presents', 'sont presentes', 'est present', 'est presente', 'present(e)s', 'presents et presentes', 'who attended', 'members in attendance', 'acting members present', 'associate members present', 'membres substituts presents', 'membres associes presents', 'membres suppleants presents', 'who was there', 'who was present', 'who joined', 'qui etait present', 'qui etaient presents', 'participation'] },
  { kind: 'regrets', role: 'REGRETS', terms: ['regrets', 'absent', 'absents', 'absentes', 'absentees', 'excuses', 'excusees', 'excused', 'absents excuses', 'absentes excusees', 'apologies', 'members absent', 'membres absents', 'absente', 'trustees absent', 'directors absent', 'councillors absent', 'etaient absents', 'etaient absentes', 'absences motivees', 'absence motivee', 'absents avec motif', 'personnes absentes', 'sont absents', 'sont absentes', 'est absent', 'est absente', 'absences', 'absence', 'excuses', 'excusee', 'excuse', 'personnes absentes excusees', 'personnes excusees', 'membres absents excuses', 'membres excuses'] },
  { kind: 'attendance', role: 'GUEST', terms: ['guests', 'guest', 'invites', 'invitees', 'invitee', 'invite', 'invitee(s)', 'invite(e)s', 'invites et invitees', 'also present', 'egalement presents', 'egalement presentes', 'egalement present', 'egalement presente', 'est egalement present', 'est egalement presente', 'sont egalement presents', 'sont egalement presentes', 'visitors', 'resource persons', 'personnes-ressources', 'personnes ressources', 'also attending', 'also in attendance', 'other attendees', 'other participants', 'additional attendees', 'autres participants', 'autres participantes', 'autres personnes presentes', 'others present', 'assistent egalement a la seance', 'assistent egalement', 'assiste egalement', 'assistaient egalement', 'assistait egalement', 'assistent aussi', 'assistent egalement a la rencontre', 'assistent egalement a la reunion', 'assiste egalement a la seance', 'assistent a la seance', 'assiste a la seance', 'assistent egalement a la reunion', 'assistent a la reunion', 'egalement presents a la seance', 'aussi presents', 'aussi presentes', 'sont aussi presents', 'sont aussi presentes', 'est aussi present', 'est aussi presente', 'etait aussi present', 'etait aussi presente', 'etait egalement present', 'etait egalement presente', 'etaient egalement presents', 'etaient egalement presentes', 'egalement presents, sans droit de vote', 'also present at the meeting', 'in attendance also', 'by invitation', 'sur invitation', 'attending by invitation', 'invited guests', 'invited guest', 'invited guest(s)', 'guest(s)', 'invites speciaux', 'special guests'] },
  // How members attended ("En salle :", "En ligne :", "In person:"): still the members' list, never an organisation.
  { kind: 'attendance', role: 'MEMBER', terms: ['en salle', 'en ligne', 'a distance', 'en personne', 'en presentiel', 'en mode virtuel', 'par visioconference', 'par telephone', 'in person', 'in-person', 'in the room', 'online', 'remote', 'remotely', 'virtual', 'virtually', 'by phone', 'by telephone', 'by teleconference', 'by videoconference', 'by video', 'via zoom', 'via teams', 'on zoom', 'on teams', 'via video conference', 'via videoconference', 'via video', 'via teleconference', 'via telephone', 'via phone', 'via webex', 'via microsoft teams', 'by microsoft teams', 'by video conference', 'by conference call', 'by webex', 'remote participation', 'electronic participation', 'participating remotely', 'participating electronically', 'participating virtually', 'attending remotely', 'attending virtually', 'attending electronically', 'present remotely', 'present virtually', 'present electronically', 'present in person', 'en visioconference', 'en videoconference', 'par videoconference', 'participation a distance', 'presents a distance', 'presents en ligne', 'presents en personne'], exact: true },
  { kind: 'attendance', role: 'CO_CHAIR', terms: ['co-chairs', 'co-chair', 'cochairs', 'co-chairs present', 'copresidents', 'copresidentes', 'co-presidents', 'co-presidentes', 'copresidence'] },
  { kind: 'attendance', role: 'CHAIR', terms: ['chair', 'chairs', 'chairperson', 'host', 'hosts', 'hosted by', 'moderator', 'facilitated by', 'presidence', 'president', 'presidente', 'animation', 'animatrice', 'animateur', 'facilitator', 'facilitation', 'presidence d\'assemblee', 'president d\'assemblee', 'presidente d\'assemblee', 'president de l\'assemblee', 'presidente de l\'assemblee', 'president de seance', 'presidente de seance', 'presidence de la seance', 'chair of the meeting', 'meeting chair', 'chair of meeting'], exact: true },
  { kind: 'attendance', role: 'SECRETARIAT', terms: ['secretariat', 'secretariats'] },
  { kind: 'attendance', role: 'SECRETARIAT', terms: ['secretary', 'recording secretary', 'secretaire', 'secretaire de seance', 'secretaire de la seance', 'secretaire de l\'assemblee', 'secretary of the meeting', 'secretaire d\'assemblee', 'secretaire de la reunion', 'staff', 'staff present', 'administration present', 'note taker', 'minute taker', 'employee', 'employees', 'employe', 'employes', 'employee de la coop', 'employes de la coop', 'officers', 'officers in attendance', 'officers present', 'council officers', 'officials in attendance', 'facilitation and recording', 'recording and facilitation', 'note-taking', 'notetaking', 'scribe', 'scribes', 'prise de notes', 'redaction', 'notetaker', 'minutes taken by', 'recorder', 'recording', 'minute-taker', 'note-taker', 'minutes taker', 'note takers', 'note-takers', 'notetakers', 'minute takers', 'minute-takers', 'jabber scribe', 'zulip scribe', 'chat scribe', 'irc scribe', 'scribe(s)', 'note taker(s)', 'secretaire(s)', 'notes taken by', 'recording secretary', 'executive', 'executive team', 'management', 'senior leadership', 'senior management', 'direction generale', 'equipe de direction', 'personnel', 'soutien', 'soutien administratif', 'support', 'support staff', 'technical support', 'administrative support', 'it support', 'soutien technique', 'coordination', 'secretariat du comite', 'permanence', 'membres de la permanence', 'personnel de la permanence', 'equipe de la permanence', 'staff in attendance', 'staff attending', 'staff members present', 'staff resources', 'staff resource', 'resource staff', 'staff liaison', 'staff liaisons'], exact: true },
  { kind: 'attendance', role: 'OBSERVER', terms: ['observers', 'observer', 'observateurs', 'observatrices', 'observateur', 'observatrice', 'other members present', 'autres deputes presents'] },
  { kind: 'attendance', role: 'PRESENTER', terms: ['presenter', 'presenters', 'guest presenter', 'guest presenters', 'guest speaker', 'guest speakers', 'invited presenter', 'invited speaker', 'personne invitee', 'presentateurs', 'presentatrices', 'speakers', 'conferenciers', 'conferencieres', 'witnesses', 'temoins'] },
  { kind: 'agenda', terms: ['agenda', 'ordre du jour', 'proposed agenda', 'topics', 'sujets', 'forward agenda'] },
  { kind: 'decisions', terms: ['decisions', 'decision', 'motions', 'resolutions', 'resolution', 'decisions prises', 'summary of decisions', 'resume des decisions', 'agreements', 'what we agreed', 'key decisions', 'decisions made', 'decisions taken', 'ententes', 'ce que nous avons convenu', 'record of decisions', 'records of decision', 'record of decision', 'releve des decisions', 'releve de decisions', 'releve de decision', 'releve des decisions prises', 'decisions adoptees', 'deliberations', 'registre des decisions', 'decision log', 'decisions log', 'decision register', 'decisions register'] },
  { kind: 'actions', terms: ['action items', 'action item', 'actions', 'action', 'next steps', 'follow-up', 'follow up', 'follow-ups', 'follow-up items', 'mesures de suivi', 'suivis', 'suivi', 'prochaines etapes', 'to do', 'to-do', 'todo', 'a faire', 'taches', 'action register', 'actions arising', 'assignments', 'actions a realiser', 'actions a prendre', 'actions requises', 'suivis a faire', 'suivis a donner', 'action items arising', 'follow-up actions', 'task list', 'tasks', 'to-dos', 'todos', 'action list', 'liste des actions', 'liste des suivis', 'suites a donner', 'suites', 'a suivre', 'prochaines actions', 'actions de suivi', 'suivi des actions', 'next actions', 'follow-ups arising', 'action items and next steps'] },
  { kind: 'discussion', terms: ['discussion', 'discussions', 'discussion items', 'roundtable', 'round table', 'tour de table', 'table ronde', 'updates', 'update', 'mise a jour', 'mises a jour', 'questions', 'questions and comments', 'question/feedback', 'questions/feedback', 'questions/comments', 'questions et retroactions', 'comments', 'q&a', 'presentation', 'presentations', 'reports', 'rapports', 'new business', 'other business', 'business arising', 'affaires nouvelles', 'varia', 'information items', 'welcome', 'introduction', 'opening', 'call to order', 'ouverture', 'adjournment', 'levee de la seance', 'closing', 'discussion summary', 'summary of discussion', 'key points', 'highlights', 'key messages', 'resume des discussions', 'points saillants', 'faits saillants', 'points discutes', 'outcome(s)', 'outcomes', 'resultats'] },
  { kind: 'discussion', terms: ['minutes', 'notes', 'meeting notes', 'compte rendu', 'proces-verbal', 'recap'], exact: true },
];

const ORDERED = LEXICON.flatMap((entry) => entry.terms.map((term) => ({ term, entry }))).sort((a, b) => b.term.length - a.term.length);

/** The heading's text without its number, markup and trailing colon, folded. */
function headingKey(text: string): string {
  return foldKey(text)
    // "excusé-e-s", "invité·e·s", "présent.e.s": inclusive endings fold to the plural.
    .replace(/(?<=\p{L})[-·.]e[-·.]s\b/gu, 's').replace(/(?<=\p{L})[-·.]e\b/gu, '')
    .replace(/^(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,4})[.)]\s*|\d{1,3}(?:\.\d{1,3})*\s+)/u, '')
    // "Annexe – Tableau des mesures de suivi", "Appendix A: Action items": an appendix named for what it holds.
    .replace(/^(?:annexe|annex|appendix|appendice)(?:\s+[a-z0-9]{1,3})?\s*[-–—:]\s*/u, '')
    .replace(/[\s:.\-–]+$/u, '')
    .trim();
}

// "Membres du CPSSP", "Members of the Board", "Secrétariat de l'ISAC": a label qualified by a body's name.
const QUALIFIER = /\s+(?:du|de la|de|des|of the|of|for the|for|from the|from)\s+(?:l['’])?\p{Lu}\S*(?:\s+\S+){0,3}\s*:?\s*$/u;

/**
 * The meaning of a heading or label, or null when the lexicon does not know it. `wholeOnly`: the
 * text must be a term itself (a bare line "Attendees" is a heading, "Attendees were welcomed" is
 * not), or a term qualified by its body ("Membres du CPSSP").
 */
export function lookUpHeading(text: string, wholeOnly = false): HeadingMeaning | null {
  // "Presenter (item 4):", "Regrets (with notice)": a label's scope in parentheses does not change what it lists.
  // "Membres de la coop (observateurs)": unless the parentheses name the role they attend in.
  const scope = /^(.*\S)\s*\(([^()]{1,40})\)\s*:?\s*$/u.exec(text.trim());
  const noted = scope ? lookUpWritten(scope[2] ?? '', true) : null;
  if (noted?.kind === 'attendance' && noted.role !== 'MEMBER' && lookUpWritten(scope?.[1] ?? '', false)?.kind === 'attendance') return noted;
  return lookUpWritten(text, wholeOnly) ?? (scope ? lookUpWritten(scope[1] ?? '', wholeOnly) : null);
}

function lookUpWritten(text: string, wholeOnly: boolean): HeadingMeaning | null {
  if (wholeOnly) {
    const unqualified = text.trim().replace(QUALIFIER, '');
    return lookUpKey(headingKey(text), true) ?? (unqualified !== text.trim() ? lookUpKey(headingKey(unqualified), true) : null) ?? qualifiedPeople(headingKey(text));
  }
  // ("Personnes présentes à titre d'observateurs": the people label's prefix would say members.)
  const qualified = qualifiedPeople(headingKey(text));
  return qualified?.role !== undefined && qualified.role !== 'MEMBER' ? qualified : lookUpKey(headingKey(text), false);
}

// "University Secretariat", "Corporate Secretary", "Board Staff", "Special Guests": a people label qualified by a word or two before it.
// ("Provincial and territorial observers": three words before a role no organisation is named after.)
// ("À titre personnel", "as an individual": how a witness appears, no staff.)
const QUALIFIED_LABEL = /^(?!a titre\s)(?:[\p{L}'’-]+\s){1,2}(secretariat|secretary|staff|guests|observers|presenters|regrets|invites|observateurs|personnel)$|^(?:[\p{L}'’-]+\s){3}(guests|observers|presenters|regrets|invites|observateurs)$/u;

// "Personnes présentes qui sont membres", "Personnes présentes à titre d'observateurs", "Members present as observers":
// a people label, then who they are.
const AS_WHO = /^(.+?)\s+(?:qui (?:sont|etaient|est|etait)|a titre d['’e]\s*|en tant que|who (?:are|were|is|was)|as)\s*(.+)$/u;
const ROLE_STEMS: [RegExp, ExtractedRole][] = [[/\b(?:observ|sympathis)/u, 'OBSERVER'], [/\b(?:invit|guest)/u, 'GUEST'], [/\bsecr/u, 'SECRETARIAT'], [/\bpresent(?:at|er)/u, 'PRESENTER']];

function qualifiedPeople(key: string): HeadingMeaning | null {
  const [, label = '', who = ''] = AS_WHO.exec(key) ?? [];
  const meaning = label ? lookUpKey(label, true) : null;
  if (meaning?.kind !== 'attendance' && meaning?.kind !== 'regrets') return null;
  const role = meaning.kind === 'attendance' ? ROLE_STEMS.find(([stem]) => stem.test(who))?.[1] : undefined;
  return role ? { kind: 'attendance', role } : meaning;
}

// "Action on Minutes", "Action on Correspondence": the board acts on an agenda item; no follow-up list.
const ACTION_ON = /^actions?\s+(?:on|upon)\s/u;

function lookUpKey(key: string, wholeOnly: boolean): HeadingMeaning | null {
  if (ACTION_ON.test(key)) return null;
  const qualifiedMatch = QUALIFIED_LABEL.exec(key);
  const qualified = qualifiedMatch?.[1] ?? qualifiedMatch?.[2];
  if (qualified && key !== qualified) return lookUpKey(qualified, true);
  for (const { term, entry } of ORDERED) {
    const exactOnly = wholeOnly || entry.exact === true;
    if (key === term || (!exactOnly && key.startsWith(term) && !/\p{L}/u.test(key.charAt(term.length)))) {
      return entry.role === undefined ? { kind: entry.kind } : { kind: entry.kind, role: entry.role };
    }
  }
  // "Wed. Network Call Participants", "Board meeting attendees": the people label, named after the meeting.
  if (/^(?:[\p{L}\d'’.-]+\s){1,4}(?:participants|attendees|attendance)$/u.test(key) && !/^(?:other|autres|additional|no)\s|\b(?:not|non|absent|excused)\b/u.test(key)) return { kind: 'attendance', role: 'MEMBER' };
  return (wholeOnly ? null : summaryOf(key)) ?? bodyPresence(key);
}

// "Summary of action items", "Tableau des suivis", "Récapitulatif des décisions": a list named at its end.
const SUMMARY = /^(?:summary|list|table|register|recap|review|tableau|liste|registre|recapitulatif|resume|sommaire|rappel)\s+(?:of\s+(?:the\s+)?|des\s+|de\s+la\s+|du\s+)(.+)$/u;

function summaryOf(key: string): HeadingMeaning | null {
  // ("Summary of New Action Items - Meeting 17": what is new, and for which meeting, does not change the list.)
  const named = SUMMARY.exec(key)?.[1]?.replace(/\s+[-–—]\s+.*$/u, '').replace(/^(?:new|open|outstanding|pending|nouvelles|nouveaux|nouveau|nouvelle)\s+/u, '');
  const meaning = named ? lookUpKey(named, true) : null;
  return meaning && (meaning.kind === 'actions' || meaning.kind === 'decisions') ? meaning : null;
}

// "Council present", "Commissioners present", "Conseillers absents": a body or its members, then present/absent.
const PRESENT = /^(?:[\p{L}-]+\s){1,2}(?:present|presents|presentes)$/u;
// "Registrant members", "Public members", "Membres élus": a category of the body's members.
const MEMBERS = /^(?:(?:registrant|public|elected|appointed|lay|professional|voting|non-voting|community|council|board|committee|regular|ex officio|student|parent|staff)\s+members|membres\s+(?:elus|elues|nommes|nommees|du public|votants|professionnels|parents|reguliers|d'office))$/u;
const ABSENT = /^(?:[\p{L}-]+\s){1,2}(?:absent|absents|absentes|not in attendance|not present)$/u;
// "Membres du conseil d'administration présents", "Members of the Executive Committee absent": the members named at length.
const MEMBERS_OF = /^(?:(?:external|associate|ex officio|voting|non-voting|other|regular|public|elected|appointed|autres|externes)\s+)?(?:members|membres|directors|administrateurs|administratrices|trustees|councillors|conseillers|conseilleres|commissioners|commissaires|representatives|representants)\s+(?:of|du|de|des|d')[\p{L}'’\s-]{1,60}\s(present|presents|presentes|absent|absents|absentes)(?:\s+(?:by|via|in|par|en)\s+[\p{L}\s-]{2,30})?$/u;

function bodyPresence(key: string): HeadingMeaning | null {
  // "Guests present", "Management present", "Staff present": the list of those the first word names.
  const [qualifier] = PRESENT.test(key) ? key.split(/\s+(?=presents?$|presentes$)/u) : [];
  const named = qualifier === 'management' || qualifier === 'direction' ? { kind: 'attendance' as const, role: 'SECRETARIAT' as const } : qualifier ? lookUpKey(qualifier, true) : null;
  if (named?.kind === 'attendance' && named.role !== undefined && named.role !== 'MEMBER') return named;
  if (PRESENT.test(key) || (MEMBERS.test(key) && !key.startsWith('staff'))) return { kind: 'attendance', role: 'MEMBER' };
  if (MEMBERS.test(key)) return { kind: 'attendance', role: 'SECRETARIAT' };
  const membersOf = MEMBERS_OF.exec(key)?.[1];
  if (membersOf) return membersOf.startsWith('present') ? { kind: 'attendance', role: 'MEMBER' } : { kind: 'regrets', role: 'REGRETS' };
  return ABSENT.test(key) ? { kind: 'regrets', role: 'REGRETS' } : null;
}

// "BOARD:      A, Chair; B; C": the body itself labels its members present — as a label with its list, never as a heading.
const BODY_LABEL = /^(?:board|council|committee|commission|conseil|comite|directors|administrateurs|administratrices)$/u;
// "Reeve: A", "Councillors: B, C and D", "Mairesse : E": the body's seats label who holds them.
const SEAT_LABEL = /^(?:councill?ors|commissioners|governors|aldermen|alderpersons|(?:deputy\s+)?(?:mayor|reeve|warden)|maire|mairesse|prefete?|conseill(?:ers|eres)(?:\s+municipaux)?|commissaires|elus|elues)$/u;

/** "Councillors: A, B" — a label naming the body's seats, which continues a people list rather than opening one. */
export function isSeatLabel(label: string): boolean {
  return SEAT_LABEL.test(headingKey(label));
}

/** The meaning of a `Label:` that heads a list on its line: the lexicon's, or the body's own name for its members. */
export function lookUpListLabel(label: string): HeadingMeaning | null {
  const key = headingKey(label);
  // "Administration   Dr. Anita Sharma, Director of Education": the body's administration attends as its staff.
  if (/^(?:administration|senior administration|management|staff support)$/u.test(key)) return { kind: 'attendance', role: 'SECRETARIAT' };
  return lookUpHeading(label, true) ?? (BODY_LABEL.test(key) || SEAT_LABEL.test(key) ? { kind: 'attendance', role: 'MEMBER' } : null);
}

/** The meaning of a label that heads a people list (attendance or regrets), with or without its colon; else null. */
export function lookUpPeopleLabel(label: string): HeadingMeaning | null {
  const meaning = lookUpListLabel(`${label.trim().replace(/\s*:$/u, '')}:`);
  // ("Guests in attendance": the lexicon knows "in attendance", the words before it say who.)
  const composed = composedPeopleLabel(label);
  if (meaning?.kind === 'attendance' && meaning.role === 'MEMBER' && composed && composed.role !== 'MEMBER') return composed;
  if (meaning && (meaning.kind === 'attendance' || meaning.kind === 'regrets')) return meaning;
  if (composed) return composed;
  // "Also Present – Management", "Guests – Item 4": a label, a dash, whom or what it is about.
  const qualified = /^(.+?)\s+[–—-]\s+\p{L}[\p{L}'’ ]{0,30}$/u.exec(label.trim().replace(/\s*:$/u, ''))?.[1];
  if (qualified && !/\s[–—-]\s/u.test(qualified)) return lookUpPeopleLabel(qualified);
  // "Substitutions present / Membres remplaçants présents": a label in both languages means what either half does.
  const halves = label.trim().replace(/\s*:$/u, '').split(/\s+\/\s+/u);
  return halves.length === 2 ? halves.map((half) => lookUpPeopleLabel(half)).find((meaning) => meaning !== null) ?? null : null;
}

/** A heading numbered like an agenda item ("3. Open First Whitepaper", "(b) Winter Lights"). */
export function isNumberedHeading(text: string): boolean {
  // "D. Haldane, Director, …", "M. Castellanos (Town of …)": an initial and a surname, not item D.
  // ("C. MacRury, Manager of …": a surname may have a capital inside.)
  if (/^\s*\p{Lu}\.\s+\p{Lu}\p{Ll}[\p{L}'’]*(?:[-\s]\p{Lu}[\p{L}'’]+)*\*?\s*[,(]/u.test(text)) return false;
  // ("3/25   Status of Management Action Plans": a committee numbers its items by meeting and year.)
  return /^\s*(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,4})[.)]|\d{1,3}(?:\.\d{1,3})*\s|\d{1,3}\/\d{2}\s+(?=\p{Lu}))/iu.test(text);
}
