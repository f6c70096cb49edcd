import type { ExtractedRole } from '../types';
import { splitSentences, wordRegExp } from '../text/words';

/** A sentence of an attendance paragraph that lists people, with the role it gives them. */
export interface PeopleSentence {
  /** None when the sentence gives no role ("Nunavut was represented by A"): the list's label or section gives it. */
  role?: ExtractedRole;
  /** The people as the sentence lists them ("A (Chair), B and C"). */
  list: string;
  /** The government or organisation they stood for ("Nunavut was represented by A"). */
  represented?: string;
  start: number;
  /** "X attended as …" may sit in any discussion; the other forms only ever state attendance. */
  attendedAs?: boolean;
}

// "Regrets were received from A.", "Apologies were received from A and B.", "Ont motivé leur absence : A".
const REGRETS_FROM = wordRegExp(String.raw`^(?:Regrets|Apologies|Excuses)(?:\s+for\s+absence)?\s+(?:were|was)\s+(?:received|sent|offered|noted)\s+(?:from|by)\s+(.+?)\.?$|^(?:Absent|Absents?|Absentes?|Were absent|Était absente?|Étaient absente?s)\s*(?:with regrets\s*)?[:,]?\s+(.+?)\.?$`, 'iu');
// "Also in attendance were A (CEO) and B, …", "Attending as guests for item 5 were A and B of Org", "Assistaient également : A".
const ATTENDING_WERE = wordRegExp(String.raw`^(?:Also\s+(?:present|in attendance|attending)|Attending(?:\s+as\s+(?:a\s+)?guests?)?(?:\s+for\s+[^,]{1,40}?)?|Guests?\s+(?:present|in attendance)?|In attendance|Present)\s+(?:were|was)\s*:?\s+(.+?)\.?$`, 'iu');
// "A (Org) attended as a presenter for item 6.1.", "A, Title, Org, attended as the Ministry's observer.",
// "A et B assistent également à la rencontre à titre d'observateurs."
const ATTENDED_AS = wordRegExp(String.raw`^(.+?),?\s+(?:also\s+)?(?:attended(?:\s+(?:the|part of the)\s+(?:[\p{L}-]+\s+){0,2}?(?:session|meeting|portion|part|discussion))?|attends|joined the meeting|was also present|were also present|sat in|assiste(?:nt)?\s+(?:également\s+|aussi\s+)?à\s+la\s+(?:rencontre|réunion|séance)|participe(?:nt)?\s+(?:également\s+|aussi\s+)?à\s+la\s+(?:rencontre|réunion|séance))(?:\s+(?:as|à titre)\s+(?:a\s+|an\s+|the\s+|d['’]|de\s+)?(?:[\p{L}'’]+['’]s\s+)?([\p{L}-]+))?(?:\s+(?:for|on|during|pour)\b.*)?\.?$`, 'iu');
// "Ten of the 13 seated Board Members were present at roll call: A (President), B …", "Two Board Members were absent: C and D."
const COUNTED = wordRegExp(String.raw`^(?:[\p{L}\p{N}'’-]+\s+){1,8}?(?:were|was)\s+(present|in attendance|absent)(?:\s+(?:at|for|from)\s+(?:the\s+)?[\p{L}\s]{1,25}?)?\s*:\s+(\p{Lu}.+?)\.?$`, 'iu');
// "Board Member Dev Ramnarine arrived at 6:51 p.m., after roll call.": a member who came late.
const ARRIVED = wordRegExp(String.raw`^(?:(?:Board Member|Councill?or|Director|Trustee|Member|Commissioner|Alderman|Conseill(?:er|ère)|Administrat(?:eur|rice))\s+)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:arrived|arrive)\s+(?:late\s+)?(?:at|à)\s+\d`, 'u');
// "Assiste également à la séance Mme A, directrice générale, qui agit à titre de secrétaire d'assemblée.": the verb first.
const ATTENDING_INVERTED = wordRegExp(String.raw`^(?:Assiste(?:nt)?|Assistai(?:en)?t|Participe(?:nt)?)\s+(?:également|aussi)\s+(?:à\s+la\s+(?:séance|réunion|rencontre)\s*)?:?\s*(\p{Lu}.+?)\.?$`, 'u');
// "…, qui agit à titre de secrétaire d'assemblée", "…, who recorded the minutes": the description names the recorder.
const RECORDER = /,\s+(?:qui\s+(?:agit|agissait|agira)\s+(?:à titre|comme)\s+(?:de\s+)?secrétaire|who\s+(?:recorded|took|acted as (?:recording )?secretary|was recording))/iu;
// "Nunavut was represented by A, Director (Government of Nunavut).", "Le Yukon était représenté par A."
const REPRESENTED_BY = wordRegExp(String.raw`^(\p{Lu}[^,;:]{1,60}?)\s+(?:was|were|is|are)\s+represented\s+by\s+(.+?)\.?$|^(\p{Lu}[^,;:]{1,60}?)\s+(?:était|étaient|est|sont|a été|ont été)\s+représentée?s?\s+par\s+(.+?)\.?$`, 'u');
// "Councillor Tkachuk was absent with notice.", "Mme A est absente." — a member absent, said of them alone.
const WAS_ABSENT = wordRegExp(String.raw`^(\p{Lu}[^.;:]{2,80}?)\s+(?:was|were|is|are|était|étaient|est|sont)\s+(?:absente?s?|excusée?s?)(?:\s+(?:with(?:out)?\s+(?:notice|regrets|leave)|avec\s+motif))?\.?$`, 'u');
// "CAO Brenda Olafson was present and acted as secretary.", "Mme A était présente à titre de secrétaire."
const PRESENT_AS_SECRETARY = wordRegExp(String.raw`^(\p{Lu}[^.;:]{2,80}?)\s+(?:was|were|était|étaient|est)\s+(?:also\s+|aussi\s+|également\s+)?(?:present|présente?)\s*,?\s+(?:and\s+(?:acted|served)\s+as|as|et\s+(?:agit|agissait)\s+(?:à titre de|comme)|à titre de)\s+(?:(?:the|la|le)\s+)?(?:recording\s+)?(?:secretary|secrétaire|recorder|minute[- ]taker)\b`, 'iu');
// "A sent regrets.", "A a motivé son absence."
const SENT_REGRETS = wordRegExp(String.raw`^(.+?)\s+(?:sent|sends|offered|gave)\s+(?:(?:his|her|their)\s+)?regrets\b|^(.+?)\s+(?:a|ont)\s+motivé\s+(?:son|leur)\s+absence\b`, 'iu');

// "Executive Assistant Lorna Pike recorded the minutes.", "Mme A rédige le procès-verbal.": the recorder, named as the subject.
const RECORDED = wordRegExp(String.raw`^(\p{Lu}.{2,80}?)\s+(?:recorded|took|kept|prepared)\s+(?:the\s+)?(?:minutes|notes)\.?$|^(\p{Lu}.{2,80}?)\s+(?:rédige|a rédigé|prend|a pris)\s+(?:le\s+procès-verbal|les\s+notes)\.?$`, 'u');

// "Facilitated by A (Org); notes by B (Org).", "Animée par A; prise de notes par B": who ran and who recorded the meeting.
const RAN_BY: [RegExp, ExtractedRole][] = [
  [wordRegExp(String.raw`^(?:The meeting was\s+)?(?:facilitated|moderated|chaired|hosted|led)\s+by\s+(.+?)\.?$|^(?:La (?:rencontre|réunion|séance) (?:est|a été|était)\s+)?(?:animée?|présidée?)\s+par\s+(.+?)\.?$`, 'iu'), 'CHAIR'],
  [wordRegExp(String.raw`^(?:(?:meeting\s+)?notes|minutes)(?:\s+(?:taken|recorded|prepared))?\s+by\s+(.+?)\.?$|^(?:prise de notes|compte rendu|procès-verbal)(?:\s+(?:rédigée?|préparée?))?\s+par\s+(.+?)\.?$`, 'iu'), 'SECRETARIAT'],
];

// "The Committee met at 3:30 p.m. this day, in Room 225, the Chair, Hon. A, presiding.", "… with Mayor A presiding",
// "Le Comité se réunit aujourd'hui à 16 h 34, …, sous la présidence de A, présidente.": who chaired, inside the opening sentence.
const PRESIDING = wordRegExp(String.raw`(?:^|,\s*)(?:the\s+)?(?:(?:Acting|Vice|Deputy)[- ])?(?:Chair(?:person|man|woman)?|Speaker|President|Mayor|Warden|Reeve|Prefect)\s*,\s+(\p{Lu}[^,;]{2,60}?),\s+presiding\b|\bwith\s+(\p{Lu}[^,;]{2,60}?)\s+presiding\b|\bsous la présidence d[e'’]\s*(\p{Lu}.{2,80}?)\.?$`, 'u');

const ROLE_OF_WORD: [RegExp, ExtractedRole][] = [
  [/^(?:presenters?|présentat(?:eur|rice)s?|speakers?|delegations?)$/iu, 'PRESENTER'],
  [/^(?:observers?|observat(?:eur|rice)s?)$/iu, 'OBSERVER'],
  [/^(?:secretar(?:y|iat)|recorders?|secrétaires?)$/iu, 'SECRETARIAT'],
];

/**
 * The sentences of a paragraph that list who attended and in what role — attendance written as
 * prose ("Regrets were received from …", "Also in attendance were …", "X attended as the Ministry's
 * observer"). A trailing clause that describes them (", who recorded the minutes", ", the
 * Authority's external auditors") is no part of the list.
 */
export function peopleSentences(text: string): PeopleSentence[] {
  const found: PeopleSentence[] = [];
  for (const sentence of splitSentences(text)) {
    const regrets = REGRETS_FROM.exec(sentence.text) ?? SENT_REGRETS.exec(sentence.text);
    // ("The Chair noted that A and B had sent regrets": reported, the sentence's subject is someone else.)
    if (regrets && !/\b(?:that|que|qu['’])\s/u.test(regrets[1] ?? regrets[2] ?? '')) {
      found.push({ role: 'REGRETS', list: trimDescription(regrets[1] ?? regrets[2] ?? ''), start: sentence.start });
      continue;
    }
    const absent = WAS_ABSENT.exec(sentence.text);
    if (absent && !/\b(?:that|que|qu['’])\s/u.test(absent[1] ?? '')) {
      found.push({ role: 'REGRETS', list: absent[1] ?? '', start: sentence.start, attendedAs: true });
      continue;
    }
    const secretary = PRESENT_AS_SECRETARY.exec(sentence.text);
    if (secretary && !/\b(?:that|que|qu['’])\s/u.test(secretary[1] ?? '')) {
      found.push({ role: 'SECRETARIAT', list: secretary[1] ?? '', start: sentence.start, attendedAs: true });
      continue;
    }
    const inverted = ATTENDING_INVERTED.exec(sentence.text);
    if (inverted) {
      found.push({ role: RECORDER.test(inverted[1] ?? '') ? 'SECRETARIAT' : 'GUEST', list: trimDescription(inverted[1] ?? ''), start: sentence.start });
      continue;
    }
    const counted = COUNTED.exec(sentence.text);
    if (counted) {
      found.push({ role: /absent/iu.test(counted[1] ?? '') ? 'REGRETS' : 'MEMBER', list: trimDescription(counted[2] ?? ''), start: sentence.start });
      continue;
    }
    const arrived = ARRIVED.exec(sentence.text);
    if (arrived) {
      found.push({ role: 'MEMBER', list: arrived[1] ?? '', start: sentence.start, attendedAs: true });
      continue;
    }
    const were = ATTENDING_WERE.exec(sentence.text);
    if (were) {
      const asGuests = /^(?:Also|Attending|Guests?)/iu.test(sentence.text);
      found.push({ role: asGuests ? 'GUEST' : 'MEMBER', list: trimDescription(were[1] ?? ''), start: sentence.start });
      continue;
    }
    const presiding = PRESIDING.exec(sentence.text);
    if (presiding) {
      found.push({ role: 'CHAIR', list: presiding[1] ?? presiding[2] ?? presiding[3] ?? '', start: sentence.start });
      continue;
    }
    const recorded = RECORDED.exec(sentence.text);
    if (recorded && !/\b(?:that|que|qu['’])\s/u.test(recorded[1] ?? recorded[2] ?? '')) {
      found.push({ role: 'SECRETARIAT', list: recorded[1] ?? recorded[2] ?? '', start: sentence.start, attendedAs: true });
      continue;
    }
    const ran = ranBy(sentence.text, sentence.start);
    if (ran.length > 0) {
      found.push(...ran);
      continue;
    }
    const represented = REPRESENTED_BY.exec(sentence.text);
    if (represented) {
      found.push({ list: trimDescription(represented[2] ?? represented[4] ?? ''), represented: (represented[1] ?? represented[3] ?? '').trim(), start: sentence.start, attendedAs: true });
      continue;
    }
    const attended = ATTENDED_AS.exec(sentence.text);
    if (attended && /^\p{Lu}/u.test(attended[1] ?? '')) {
      const word = attended[2] ?? '';
      const role = ROLE_OF_WORD.find(([pattern]) => pattern.test(word))?.[1] ?? 'GUEST';
      found.push({ role, list: trimDescription(attended[1] ?? ''), start: sentence.start, attendedAs: true });
    }
  }
  return found;
}

/** Each clause of "Facilitated by A (Org); notes by B (Org)" with its role; empty unless the first clause is one. */
function ranBy(text: string, start: number): PeopleSentence[] {
  const found: PeopleSentence[] = [];
  for (const clause of text.split(/\s*;\s*/u)) {
    const match = RAN_BY.map(([pattern, role]) => ({ match: pattern.exec(clause), role })).find(({ match }) => match !== null);
    if (!match?.match) break;
    // ("Led by the Manitoba Department of …": an organisation runs the group; no one is named.)
    const list = match.match[1] ?? match.match[2] ?? '';
    if (/^(?:the|la|le|les|l['’])\s/iu.test(list)) break;
    found.push({ role: match.role, list: trimDescription(list), start });
  }
  return found;
}

/** "A and B, who recorded the minutes" → "A and B"; "A and B of Org, the Authority's auditors" → "A and B of Org". */
function trimDescription(list: string): string {
  // ("A, who presided, and B": a clause inside the list says who chaired; the list goes on after it.)
  return list.replace(/,\s+(?:who\s+(?:presided|chaired(?:\s+the\s+meeting)?|was\s+in\s+the\s+chair)|qui\s+(?:présid(?:e|ait)|a\s+présidé)(?:\s+la\s+(?:séance|réunion|rencontre))?)\s*,\s*/iu, ' (Chair), ').replace(/,\s+(?:who|which|qui|the|its|their|la|le|les|l['’])\b.*$/u, '').trim();
}
