import type { ExtractedRole } from '../types';
import { FUNCTION_WORD, ORGANIZATION_WORD } from '../text/personNames';
import { wordRegExp } from '../text/words';

// What the parts of an attendance entry after the name are: a role at the meeting, a function or title,
// a seat or credential — anything but the organisation the person is from.

const ROLE_WORDS: [RegExp, ExtractedRole][] = [
  // ("(coprésidence)", "(présidence)": the seat named by its office, as French tables write it.)
  [wordRegExp(String.raw`\bco-?(?:chair|pr[eé]sidente?|pr[eé]sidence)s?\b`, 'iu'), 'CO_CHAIR'],
  [wordRegExp(String.raw`\b(?:vice|deputy)[- ]?(?:chair(?:person|man|woman)?|pr[eé]sidente?)\b|\b(?:pr[eé]f[eè]te?|pr[eé]sidente?)\s+suppl[eé]ante?\b|\bdeputy warden\b`, 'iu'), 'MEMBER'],
  // ("President and Vice-Chancellor", "President & CEO", "président-directeur général": the head of an institution.)
  [wordRegExp(String.raw`\b(?:chair|chairperson|pr[eé]sidente?|pr[eé]f[eè]te?|warden)\b(?!\s+(?:(?:and|et)\b|&)|-directeur|-directrice)`, 'iu'), 'CHAIR'],
  [wordRegExp(String.raw`\b(?:secretary|secr[eé]taire|clerk|greffi[eè]re?|prise de notes|note[- ]?takers?|minute[- ]?takers?|recording|recorder|scribe)\b|^(?:notes|taking notes|minutes)$`, 'iu'), 'SECRETARIAT'],
  [wordRegExp(String.raw`\b(?:presenter|pr[eé]sentat(?:eur|rice))\b`, 'iu'), 'PRESENTER'],
  [wordRegExp(String.raw`\b(?:observer|observat(?:eur|rice))\b`, 'iu'), 'OBSERVER'],
  [wordRegExp(String.raw`^(?:guest|invitée?)$`, 'iu'), 'GUEST'],
  // ("(facilitating)" beside a name: who ran the call.)
  [wordRegExp(String.raw`^(?:facilitating|facilitator|facilitatrice|animateur|animatrice)$`, 'iu'), 'CHAIR'],
];

// The constituency a seat stands for: "Renter Representative", "Youth seat", "At-large".
const CONSTITUENCY = String.raw`(?:business|renter|tenant|homeowner|youth|student|senior|parent|community|faith-based|labou?r|education|arts|environment(?:al)?|residential|area \d+|at-large|member)`;
export const CONSTITUENCY_ONLY = new RegExp(String.raw`^${CONSTITUENCY}$`, 'iu');
const CONSTITUENCY_SEAT = new RegExp(String.raw`^${CONSTITUENCY}\s+(?:representative|seat|director)$`, 'iu');

/** A title or function: a role word, or lower-case words that name no organisation ("agente de liaison"). */
// Credentials after a name ("RDH", "PhD", "CPA", "P.Eng.") and the seat a member holds ("Elected – District 2",
// "Public Member (appointed)"): neither is an organisation.
const CREDENTIAL = /^(?:RDH|RN|RPN|NP|MD|PhD|Ph\.D\.|MEd|M\.Ed\.|MSc|BSc|BDSc|BA|MA|MBA|MPA|CPA|FCPA|CA|CMA|CGA|P\.?\s?Eng\.?|LLB|LL\.B\.|QC|KC|c\.r\.|Ad\.?\s?E\.?|ing\.?|Ph\.D|DDS|DMD|RSW|MSW|OT|PT|CD|CM|OC|OM|RD|RDT|LPN|RPh|PharmD|CHRP|CPHR|ICD\.D|FCA|FRCPC|DVM|PMP|CFA|CPA,? CA|RPP|MCIP|LL\.M\.|MPH|DrPH|EdD|DNP|RRT|RMT|RKin|RMFT|RCC|CCC|CHE|CPHI\(C\)|CET|P\.?\s?Geo\.?|P\.?\s?Ag\.?|RPF|RPBio|CMC|CIP|FCIP|CFP|CLU|CIPP|CIM|CAE|FCPA|MBA|MD|FRCSC|CCFP|BScN|MN|MScN|RSE|CRHA|CRIA|OAQ|FCGA|JP|QSM|MNZM|ONZM|CNZM|OBE|MBE|CBE|OAM|ECNZ)(?:\s*,\s*\S+)*\.?$/u;
// How or for what they took part ("Zoom", "par visioconférence", "item 4 only", "point 4") is no organisation either.
export const SEAT = wordRegExp(String.raw`^\(?(?:\d{1,2}\s?[:h]\s?\d{2}|zoom|teams|webex|virtual|virtually|online|remote|remotely|by (?:phone|telephone|video(?:conference)?|zoom|teams)|via \S+|in person|en personne|en ligne|à distance|par (?:visioconférence|téléphone|vidéoconférence|zoom|teams)|items?\s+\d|for items?\b|points?\s+\d|pour (?:le|les) points?|agenda items?|partial|part of the meeting|until \d|jusqu['’]à|delegation|délégation|arrived|left at|left after|joined|departed|quitte|arrivée?|départ|citoyenne?|citizen|resident|résidente?|bénévole|volunteer|elected|appointed|ex[ -]officio|non-voting|voting|public member|academic member|professional member|lay member|member at large|member-at-large|community member(?: at large)?|registrant member|[\p{L}-]+ members?(?=\s*\)?$)|(?:district|ward|zone)(?=(?:\s+(?:no\.?\s*)?[\dA-Z]{1,3})?\s*\)?$)|seat|élue?|nommée?|membre (?:du public|d['’]office|coopté|élu|nommé)|siège|quartier|district n)\b`, 'iu');

export function isFunction(part: string): boolean {
  if (CREDENTIAL.test(part.trim()) || SEAT.test(part.trim())) return true;
  // "Youth seat (18–29)", "Member at large – Pine Hollow", "Patient and family partner": a seat, not an organisation.
  if (/\b(?:seat|siège|at[- ]large|partner|partenaire)\b/iu.test(part) && !ORGANIZATION_WORD.test(part)) return true;
  // "Member for Crane Lake", "député de Jean-Talon": a member's constituency, no organisation.
  if (/^(?:[Mm]embers?|[Mm]embres?|[Dd]éputée?|MLA|MPP|MNA|MP)\s+(?:for|de|pour)\s+\p{Lu}/u.test(part.trim())) return true;
  // "Renter Representative", "Youth Representative": the constituency a seat stands for.
  if (CONSTITUENCY_SEAT.test(part.trim())) return true;
  if (roleOf(part) !== undefined && !ORGANIZATION_WORD.test(part.replace(FUNCTION_WORD, ''))) return true;
  // "directrice de l'école", "chargée de projet, OBVRS": a function written in lower case, whatever it is of.
  if (/^\p{Ll}/u.test(part) && FUNCTION_WORD.test(part.split(/\s+/u)[0] ?? '')) return true;
  // "technicienne en service de garde": no capital anywhere, so no organisation's name.
  if (!/\p{Lu}/u.test(part)) return true;
  // "legal counsel to Council", "conseillère auprès du comité": a function in lower case, then whom it serves.
  if (/^\p{Ll}/u.test(part) && FUNCTION_WORD.test(part.split(/\s+(?:to|of|for|with|de|du|des|à|au|auprès)\s+/u)[0] ?? '')) return true;
  // "Deputy Minister of Health and Social Services", "Director of Policy": a function and its scope.
  if (FUNCTION_WORD.test(part.split(/\s+/u).slice(0, 2).join(' ')) && /\s(?:of|de|du|des)\s/u.test(part) && !ORGANIZATION_WORD.test(part.split(/\s+(?:of|de|du|des)\s+/u)[0] ?? '')) return true;
  // "Band Manager", "Policy Analyst": a title ends with its function word; an organisation ends with its own noun.
  const last = part.trim().split(/\s+/u).pop() ?? '';
  // "Cabinet Girouard Lemay CPA": a firm named with its partners' designation.
  if (CREDENTIAL.test(last) && last !== part.trim() && ORGANIZATION_WORD.test(part)) return false;
  if (FUNCTION_WORD.test(last) && !/\bof\b|\bde\b|\bdu\b/u.test(part)) return true;
  if (FUNCTION_WORD.test(part) && !ORGANIZATION_WORD.test(part)) return true;
  return /^\p{Ll}/u.test(part) && !ORGANIZATION_WORD.test(part); // "agente de liaison", "representing Dugald Topshee"
}

// A role column's words beyond the list's own ("Director – regrets", "Executive Director (staff)", "Guest presenter").
const TABLE_ROLE_WORDS: [RegExp, ExtractedRole][] = [
  [wordRegExp(String.raw`\b(?:regrets|absent|absente|excusée?)\b`, 'iu'), 'REGRETS'],
  ...ROLE_WORDS.slice(0, 5),
  [wordRegExp(String.raw`\b(?:staff|personnel|secr[eé]tariat)\b`, 'iu'), 'SECRETARIAT'],
  [wordRegExp(String.raw`\b(?:guest|invitée?|personnes?-ressources?|resource (?:person|people))\b`, 'iu'), 'GUEST'],
  ...ROLE_WORDS.slice(5),
];

/** The role a table's role cell states, or undefined (a plain "Director", "Treasurer": the list's own role). */
export function roleOfCell(cell: string): ExtractedRole | undefined {
  return TABLE_ROLE_WORDS.find(([pattern]) => pattern.test(cell))?.[1];
}

export function roleOf(text: string): ExtractedRole | undefined {
  // "Past President", "ancienne présidente": a former office, no role at this meeting.
  if (/\b(?:past|former|outgoing|immediate past|ancien(?:ne)?)\s+(?:president|chair|chairperson|présidente?)\b/iu.test(text)) return undefined;
  return ROLE_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}
