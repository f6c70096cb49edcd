import type { ExtractedMotion } from '../types';
import { HONORIFIC, stripHonorifics } from '../text/personNames';
import { foldWhitespace, splitSentences, wordRegExp } from '../text/words';
import { NAME } from './nameRegex';

/**
 * Formal motions, English and French: "MOTION: … Moved by X. Seconded by Y. Carried (5 to 0)",
 * "Moved by X, seconded by Y, that … Carried", "Il est proposé par X, appuyé par Y, d'adopter …
 * Adopté à l'unanimité." The result is a line (or final sentence) opening with the outcome word.
 */

// A resolution number may open the motion's block ("2024-071 MOVED BY …", "Resolution 12-3: Moved by …").
const NUMBER = String.raw`(?:(?:R[ée]solution|Resolution|Res\.|Motion|BCR|RCB)\s*(?:#|no\.?|n°)?\s*)?#?\p{L}{0,4}-?\d{1,4}(?:[-–/.]\d{1,4})+\s*[:.\-–]?\s+`;
// The number alone, or followed by the item's title: "CA-24-03-108 – Adoption de l'ordre du jour".
const NUMBER_ONLY = wordRegExp(String.raw`^(?:(?:Motion|Proposition)\s+(?:no\.?\s*)?\d{1,3}\s*,\s*(?:R[ée]solution|Resolution)\s*(?:no\.?\s*)?\d[\w./-]*|(?:R[ée]solution|Resolution|Res\.|Motion|BCR|RCB)\s*(?:#|no\.?|n°)?\s*\p{L}{0,4}-?\d[\w.\-–/]{0,12}(?:\s\/\s[\w.-]{1,8})?|\p{L}{0,4}-?\d{1,4}(?:[-–/.]\d{1,4})+)\s*(?::|\s[–—-]\s+[^.]{1,150})?$`, 'iu');
// "Proposition AGA-2025-01 :", "Résolution CU-2025-44 :": a motion's label with its number.
const NUMBERED_LABEL = String.raw`(?:Proposition|R[ée]solution|Motion)\s+(?:n[o°]\.?\s*|#\s*)?[\p{L}\d.-]*\d[\p{L}\d.-]*\s*:`;
// "Moved by", "Appuyée par": the words before a mover's or seconder's name.
export const MOVER_LABEL = String.raw`(?:Proposée?|Appuyée?|Moved|Seconded)\s+(?:par|by)\b`;
// "MOVED Director Lindqvist, SECONDED Director Nakamura,": the mover named by title, no "by".
const TITLED_MOVER = String.raw`(?:Director|Alternate Director|Councill?or|Trustee|Member|Commissioner|Alderman|Mayor|Deputy Mayor|Reeve|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s`;
// "L'ordre du jour étant épuisé, sur proposition de …": a short clause may lead into the motion.
const LEAD = String.raw`(?:[^.;:]{0,60},\s+(?=(?:sur|on|upon|il est)\s))?`;
const OPENER = wordRegExp(String.raw`^(?:${NUMBER})?${LEAD}(?:(?:FUNDING\s+|MAIN\s+|SUBSTANTIVE\s+)?MOTION\b(?!\s+(?:WAS|IS|was|is)\s)|Vote\s*:|Motion\s*:|${NUMBERED_LABEL}|Motion by\b|Moved by\b|MOVED\s+(?=${TITLED_MOVER})|Amendment moved by\b|Amendement proposé par\b|MOVED\s*:|Moved\s*:|Proposed\s*:|On (?:a )?motion (?:by|of)\b|Sur (?:la )?motion d[e'’]|It was moved\b|Proposed by\b|Il est proposé\b|Il a été proposé\b|Proposé par\b|Sur (?:une |la )?proposition de\b|Proposition d(?:e|['’])\s*(?=[^,]{3,60},\s+appuyée?\s+par\b)|(?:BE IT |IT WAS )?RESOLVED\b|WHEREAS\b|Whereas\b|ATTENDU QUE\b|ATTENDU QU['’]|Attendu que\b|CONSIDÉRANT\b|Considérant\b)`, 'iu');
// "Annick Beaudoin propose" over "Appuyée par …" and "Que …": the mover named first, the verb after.
// (A full name or a title and surname: "Il propose que …" in a discussion is no motion.)
const MOVER_FIRST = wordRegExp(String.raw`^(?:${NUMBER})?((?:${HONORIFIC}\s+)+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?:,\s+(?:appuyée?|secondée?|seconded)\s+(?:par|by)\s+${NAME},)?\s+(?:propose|proposes|moves|moved|Moves|Moved|MOVED)(?=\s*$|\s*[:.,]|\s+\p{Lu}|\s+(?:que|qu['’]|that|de|d['’])\b)`, 'u');
// "Approval of Minutes: Ravi moved that the minutes …": a mover, by first name too, before "moved that" (a topic label may lead).
const MOVED_THAT = wordRegExp(String.raw`^(?:\p{Lu}[\p{L}'’]*(?:\s+[\p{L}'’]+){0,4}:\s+)?(?!(?:It|He|She|They|We|Council|Board|Committee|Staff)\b)((?:${HONORIFIC}\s+)?\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(?:moved|moves)\s+(?=that\b)`, 'u');
// "… as presented. Teodora seconded. Motion passed.": the seconder's own sentence.
const SECONDER_SENTENCE = wordRegExp(String.raw`(?:^|[.;]\s+)((?:${HONORIFIC}\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:seconded|seconds)(?:\s+(?:the motion|it))?\s*(?:[.;]|$)`, 'u');
// "Agenda   Councillor Baptiste that the agenda be adopted …", "Minutes   Kostiuk: That the minutes …": a council that
// seconds nothing names its mover before "that", a subject written in the margin before the mover.
const MOVER_THAT = wordRegExp(String.raw`^(?:${NUMBER})?(?:\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Ll}+){0,2}\s+)?(?:(?:Councill?or|Trustee|Director|Commissioner|Alderman|Alderwoman|Deputy Mayor|Mayor|Reeve)\s+(\p{Lu}[\p{L}'’-]+)\s+that|(?!(?:Motion|Resolution|Resolved|Decision|Recommendation|Proposition|Moved|Seconded|Amendment|Action|Item|Agreed|Note|Notes|Summary|Outcome|Result|Direction)\b)(\p{Lu}\p{Ll}[\p{L}'’-]*):\s+That)\s+(?:the|a|an|Council|\p{Lu}\p{L}+)\b`, 'u');
const MOVER = wordRegExp(String.raw`(?:moved by|motion by|sur motion d['’]|sur motion de|\(\s*by(?=\s+(?:${TITLED_MOVER}|\p{Lu}))|motion of|proposed by|proposé par|proposée par|proposition de|moved\s*:|proposed\s*:|moved\s+(?=${TITLED_MOVER})|proposé(?:e)?\s*:)\s*:?\s*(${NAME})`, 'iu');
const SECONDER = wordRegExp(String.raw`(?:seconded by|appuyé par|appuyée par|secondé par|secondée par|seconded\s*:|seconded\s+(?=${TITLED_MOVER})|appuyé(?:e)?\s*:)\s*:?\s*(${NAME})`, 'iu');
const POSITIVE = String.raw`Carried|Adopted|Passed|Approved|Agreed|Adoptée?s?|Approuvée?s?|Accepted|Acceptée?s?`;
const NEGATIVE = String.raw`Defeated|Lost|Failed|Fell|Rejected|Withdrawn|Tabled|Negatived|Rejetée?s?|Refusée?s?|Battue?s?|Retirée?s?|Déposée?s?`;
// Case matters: "approved as amended" continuing a motion's text is no outcome; "Approved." and "CARRIED" are.
// After "Motion" / "La proposition est" the outcome word may be lower case ("Motion carried.", "La proposition est adoptée").
const SUBJECT = String.raw`(?:(?:Main|Original|Amended|Substantive)\s+motion\s*(?::\s*|(?:was\s+)?)|Proposition (?:principale|amendée)\s*(?::\s*|(?:est\s+)?)|(?:The\s+)?(?:Motion|motion|Amendment|amendment|Proposal|proposal)\s+(?:was\s+)?|(?:(?:MAIN|FUNDING|ORIGINAL|SUBSTANTIVE|AMENDED)\s+)?MOTION,?\s+(?:AS AMENDED,\s+)?|AMENDMENT\s+|AMENDEMENT\s+|(?:La\s+proposition(?:\s+principale|\s+amendée|\s+telle\s+qu['’]amendée)?|L['’]amendement|La\s+motion)\s+(?:est|a été)\s+|(?:La\s+)?[Rr]ésolution\s+(?:est\s+)?|Proposition\s+)`;
const OUTCOME = String.raw`(?:${POSITIVE}|${NEGATIVE}|${POSITIVE.toUpperCase()}|${NEGATIVE.toUpperCase()})`;
const LOWER_OUTCOME = String.raw`(?:${POSITIVE.toLowerCase()}|${NEGATIVE.toLowerCase()})`;
// "9 ayes, no nays, 1 abstain (Anjali), adopted", "4 ayes, 5 nays - motion failed": the tally, then the outcome.
const TALLY_RESULT = String.raw`(?:\d+|no)\s+(?:ayes?|yeas?|yes|in favou?r|for|pour)\b[^]{0,80}?[,;–—-]\s*(?:(?:the\s+)?motion\s+)?(?:${OUTCOME}|${LOWER_OUTCOME})\.?`;
// "Vote sur R01 — unanimité — ADOPTÉE": the vote named, then its outcome after a dash.
const VOTE_RESULT = String.raw`(?:Vote|Scrutin)\s+(?:sur|on)\b[^]{0,80}?[—–:-]\s*(?:${OUTCOME}|${LOWER_OUTCOME})\b[^]{0,40}`;
// "The question being put on the motion, as amended, it was agreed to.", "La motion, mise aux voix, est adoptée.": a
// parliamentary committee's outcome.
const QUESTION_PUT = String.raw`(?:After debate,\s+|Après débat,\s+)?(?:(?:the\s+|The\s+)?question\s+being\s+put\s+on\s+the\s+(?:main\s+)?(?:motion|amendment|sub-?amendment)(?:,\s+as\s+amended)?,\s+it\s+was\s+(?:agreed\s+to|negatived)|(?:[Ll]a\s+motion(?:\s+principale)?|[Ll]['’]amendement|[Ll]e\s+sous-amendement)(?:,\s+(?:telle\s+que\s+)?modifiée)?,\s+mise?\s+aux\s+voix,\s+est\s+(?:adoptée?|rejetée?))\b[^]{0,160}`;
const RESULT_LINE = wordRegExp(String.raw`^(?:${SUBJECT}?${OUTCOME}|${SUBJECT}${LOWER_OUTCOME})\b[^]{0,120}$|^${TALLY_RESULT}$|^${VOTE_RESULT}$|^${QUESTION_PUT}$`, 'u');
// "Following discussion, the motion was put to a vote and DEFEATED (2 in favour, 5 opposed)."
const VOTED_LINE = wordRegExp(String.raw`^(?:[^.;]{0,60},\s+)?(?:the\s+|la\s+)?(?:motion|proposition|résolution)\s+(?:was|is|est|a été)\s+(?:put to a vote and|then|subsequently|mise aux voix et|ensuite)\s+(?:was\s+|est\s+)?(?:${OUTCOME}|${LOWER_OUTCOME})\b[^]{0,80}$`, 'iu');
// "Vote: All Ayes.", "Vote: 5 Ayes, 1 Nay (Dubeau).": a board's recorded vote ends its motion; the tally says the outcome.
const VOTE_TALLY = String.raw`Vote\s*:\s*(?:All\s+(?:Ayes|Yeas|in\s+favou?r)|Unanimous|\d+\s+(?:Ayes?|Yeas?)\b)[^.]{0,60}\.?`;
// ("… as corrected. Upon vote, the MOTION WAS APPROVED UNANIMOUSLY.": a vote put, then its outcome.)
const VOTE_LEAD = String.raw`(?:(?:Upon|On|After)\s+(?:a\s+)?vote,\s+)?`;
const RESULT_SENTENCE = wordRegExp(String.raw`(?:^|[.;]\s+|\)\s+|\s[—–]\s+)(${VOTE_LEAD}(?:(?:(?:The\s+)?Motion\s+)?${OUTCOME}\b[^.]{0,50}\.?|(?:[Tt]he\s+)?(?:Motion|MOTION)\s+(?:was\s+|WAS\s+)?(?:${LOWER_OUTCOME}|${OUTCOME})\b[^.]{0,50}\.?|${VOTE_TALLY}))\s*$|\s(${POSITIVE.toUpperCase()}|${NEGATIVE.toUpperCase()})(?:\s+UNANIMOUSLY)?\.?\s*$`, 'u');
const NEGATIVE_WORD = wordRegExp(String.raw`\b(?:${NEGATIVE})\b`, 'iu');

/** A motion to amend the motion on the floor ("… d'amender la proposition afin de …", "moved to amend …"). */
export function isAmendment(text: string): boolean {
  // ("That the motion be amended by …", "Que la motion soit modifiée par adjonction …")
  return /\b(?:amend|amender|amendement|amendment)\b|\b(?:motion|proposition)\s+(?:be\s+amended|soit\s+modifiée)\b/iu.test(text);
}

export function hasMover(texts: string[]): boolean {
  return texts.some((text) => MOVER.test(text) || moverNamedFirst(text) !== undefined);
}

export function opensMotion(text: string): boolean {
  return OPENER.test(text) || moverNamedFirst(text) !== undefined;
}

/** The mover a motion names before its verb or its "that" ("Annick Beaudoin propose", "Councillor Baptiste that …"). */
function moverNamedFirst(text: string): string | undefined {
  const first = MOVER_FIRST.exec(text)?.[1] ?? MOVED_THAT.exec(text)?.[1];
  if (first !== undefined) return first;
  const that = MOVER_THAT.exec(text);
  return that?.[1] ?? that?.[2];
}

/** A line that only numbers the motion below it ("RÉSOLUTION CA-2024-08", "2024-071"). */
export function isMotionNumber(text: string): boolean {
  return NUMBER_ONLY.test(text.trim());
}

/** The outcome when the (plain) source line states one: "Carried (5 to 0)", "Adopté à l'unanimité.". */
export function resultOfLine(written: string): string | null {
  // "— Lost (2 to 3)": a dash may set the outcome off.
  const line = written.replace(/^[—–]\s*/u, '');
  // "FUNDING MOTION PASSED, 9 yes, 1 no. Treasurer X is to submit …": the outcome is the line's first sentence.
  const first = splitSentences(line)[0]?.text;
  if (first !== undefined && first !== line.trim() && (RESULT_LINE.test(first) || VOTED_LINE.test(first))) return first;
  return RESULT_LINE.test(line) || VOTED_LINE.test(line) ? line : null;
}

/** The outcome written as the last sentence of a one-line motion ("… to adjourn. Carried."). */
export function resultAtEnd(text: string): string | null {
  // ("Moved: Dr. Qureshi Seconded: Dr. Bellamy CARRIED": an outcome in capitals may end the movers' line.)
  const match = RESULT_SENTENCE.exec(text);
  const closesMovers = match?.[2] !== undefined && (MOVER.test(text) || SECONDER.test(text));
  return (match?.[1] ?? (closesMovers ? match?.[2] : undefined))?.trim() ?? null;
}

// "il est résolu à l'unanimité d'adopter …", "and resolved unanimously that …", "il est résolu à la majorité de …".
const INLINE_RESOLVED = wordRegExp(String.raw`\b(?:il\s+est\s+|it\s+was\s+|and\s+|et\s+)(résolu|resolved|RÉSOLU|RESOLVED|(?<=(?:it\s+was|il\s+est)\s+)(?:agreed|convenu)(?=,\s*[—–-]))(\s+(?:à\s+(?:l['’]unanimité|la\s+majorité)\s+des\s+\p{Ll}+(?:\s+\p{Ll}+)?(?=\s+(?:de\b|d['’])|\s*:)|à\s+l['’]unanimité|à\s+la\s+majorité|unanimously))?(?=\s*,?\s*[—–-]?\s*(?:de\b|d['’]|que\b|qu['’]|that\b|to\b|:))`, 'iu');

// "(moved Priya, seconded Jordan; carried 6–0)", "(proposé par X, appuyé par Y ; adopté)": a motion in brackets after its words.
const BRACKETED = wordRegExp(String.raw`\(\s*(?:moved|proposed|proposée?|moved by|proposée? par)\s+(?:by\s+|par\s+)?(${NAME})\s*[,;]\s*(?:seconded|appuyée?|secondée?)\s+(?:by\s+|par\s+)?(${NAME})\s*(?:[;,]\s*([^()]{1,40}?))?\s*\)|\(\s*(?:moved|proposed|proposée?)\s+(?:by\s+|par\s+)?(${NAME})\s*\)\s+(${LOWER_OUTCOME}|${OUTCOME})\b([^.;]{0,20})|\(\s*by\s+(${NAME})\s*,\s*seconded\s+by\s+(${NAME})\s*\)\s+(${OUTCOME}|${LOWER_OUTCOME})\b([^.;]{0,40})`, 'iu');

/** A motion written in brackets after its words, with its outcome; null when the text has none. */
export function bracketedMotion(text: string): { motion: ExtractedMotion; words: string; negative: boolean } | null {
  const match = BRACKETED.exec(text);
  if (!match) return null;
  // ("MOTION to adjourn (by X, seconded by Y) PASSED without objection.": the outcome after the bracket.)
  const after = match[9] ? `${match[9]}${match[10] ?? ''}` : match[5] ? `${match[5]}${match[6] ?? ''}` : '';
  const result = (match[3] ?? after).trim();
  const motion: ExtractedMotion = { movedBy: stripHonorifics(match[1] ?? match[4] ?? match[7] ?? '') };
  const seconder = match[2] ?? match[8];
  if (seconder) motion.secondedBy = stripHonorifics(seconder);
  if (result !== '') motion.result = result;
  const following = text.slice(match.index + match[0].length);
  const negative = NEGATIVE_WORD.test(result) || /^\s*(?:defeated|lost|failed|rejected|withdrawn|tabled|rejetée?|retirée?|battue?)\b/iu.test(following);
  return { motion, words: foldWhitespace(text.slice(0, match.index).replace(/[\s,;:]+$/u, '')), negative };
}

/** The outcome a motion's own sentence states ("résolu à l'unanimité"), or null. */
export function inlineResolution(text: string): string | null {
  const match = INLINE_RESOLVED.exec(text);
  return match ? `${match[1]}${match[2] ?? ''}` : null;
}

export function isNegativeResult(result: string): boolean {
  const tally = /(\d+)\s+(?:Ayes?|Yeas?)\b[^.]*?(\d+)\s+(?:Nays?|Noes)\b/iu.exec(result);
  // ("Adoptée à la majorité (M. Benali s'étant retiré)": who withdrew from the vote says nothing of its outcome.)
  return NEGATIVE_WORD.test(result.replace(/\([^()]*\)/gu, '')) || (tally !== null && Number(tally[1]) <= Number(tally[2]));
}

/** Mover, seconder and the motion's own words, from the motion text without its result. */
export function readMotion(written: string, result: string): { motion: ExtractedMotion; text: string } {
  // An amendment moved on the floor, with its movers and outcome, is no part of the main motion.
  const text = written.replace(AMENDMENT_ON_FLOOR, '');
  // "Il est proposé par :" over "Appuyé par :" over the two names: a two-column table read column by column.
  const stacked = STACKED_LABELS.exec(text);
  const movedBy = stacked?.[1] ?? MOVER.exec(text)?.[1] ?? moverNamedFirst(text);
  const secondedBy = stacked?.[2] ?? SECONDER.exec(text)?.[1] ?? SECONDER_NAMED_FIRST.exec(text)?.[1] ?? SECONDER_SENTENCE.exec(text)?.[1];
  // (A resolution recorded with no outcome written has no result.)
  const motion: ExtractedMotion = result === '' ? {} : { result };
  if (movedBy) motion.movedBy = personOnly(movedBy);
  if (secondedBy) motion.secondedBy = personOnly(secondedBy);
  return { motion, text: motionWords(text, result) };
}

// "Member A Moved, Member B seconded …": the seconder named before the verb, as a board portal's voting record writes it.
const SECONDER_NAMED_FIRST = wordRegExp(String.raw`,\s+(${NAME})\s+(?:seconded|seconds|SECONDED)\b`, 'u');

const STACKED_LABELS = wordRegExp(String.raw`(?:Il est proposé par|Proposée? par|Moved by)\s*:\s*(?:Appuyée? par|Seconded by)\s*:\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}?)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}?)(?=\s+(?:D['’]|De\b|Que\b|Qu['’]|That\b|To\b|\p{Ll})|\s*$)`, 'u');

const NUMBERED_WORDS = new RegExp(String.raw`^${NUMBERED_LABEL}\s*(?!${MOVER_LABEL})(\S.*?)(?=\s+${MOVER_LABEL}|$)`, 'isu');

const AMENDMENT_ON_FLOOR = /\s+(?:Amendment moved by|Amendement proposé par|AMENDMENT\s*\(\s*by|Amendment\s*\(\s*by|AMENDEMENT\s*\(\s*par)\b[^]*$/iu;

// A name captured across a line break runs into the next clause ("Sophie Lavoie Appuyé par", "Benali D'adopter").
const AFTER_NAME = wordRegExp(String.raw`\s+(?:Appuy|Second|Moved|Propos|That\b|APPUY|SECOND|MOVED|PROPOS|THAT\b|WHEREAS\b|ET\s+RÉSOLU|AND\s+RESOLVED|Et\s+résolu|And\s+resolved|Et\s+il\s+est|that\b|To\b|Que\b|Qu['’]|D['’]|L['’]).*$`, 'u');

function personOnly(name: string): string {
  return stripHonorifics(name.replace(AFTER_NAME, ''));
}

// "ET RÉSOLU À L'UNANIMITÉ DES CONSEILLERS PRÉSENTS : QUE …", "AND RESOLVED: THAT …": the words follow the colon.
const RESOLVED_CLAUSE = wordRegExp(String.raw`(?:\bET\s+|\bAND\s+|\bIT\s+IS\s+)?\b(?:RÉSOLU|RESOLU|Résolu|RESOLVED|Resolved)\b[^:.;]{0,80}?:\s*(?=\S)`, 'u');

/** "MOTION: <words> Moved by …" or the words after the last of mover/seconder ("…, that <words>"). */
function motionWords(text: string, result: string): string {
  const body = (text.endsWith(result) ? text.slice(0, text.length - result.length) : text).replace(SECONDER_SENTENCE, (sentence) => (/^[.;]/u.test(sentence) ? sentence.charAt(0) : ''));
  const labelled = wordRegExp(String.raw`^MOTION\s*:\s*(.+?)(?=\s+(?:Moved|Proposed)\s+by\b|$)`, 'isu').exec(body);
  if (labelled?.[1]) return foldWhitespace(labelled[1]);
  // "Proposition AGA-2025-01 : Que … Proposée par X": a numbered motion's words follow its label.
  const numbered = NUMBERED_WORDS.exec(body);
  if (numbered?.[1]) return foldWhitespace(numbered[1]);
  // "MOTION (by X, on behalf of the LUPC; no second required): That …": the words follow the bracket.
  const bracketed = /^(?:[A-Z]+\s+)?MOTION\s*\([^()]*\)\s*:\s*(?=\S)/iu.exec(body);
  if (bracketed) return foldWhitespace(body.slice(bracketed[0].length));
  // "… seconded to approve the Original motion 'Que le comité adopte …'.": a voting record quotes the words it approved.
  const quoted = /\bto approve the (?:original |amended |main )?motion\s+['‘"“«]\s*(.+?)\s*['’"”»]\.?(?=\s|$)/iu.exec(body);
  if (quoted?.[1]) return foldWhitespace(quoted[1]);
  // "2025 - 01 « Que … » Proposée par : X, Org Appuyée par : Y, Org": the words come first, the movers after them.
  const wordsFirst = WORDS_BEFORE_MOVER.exec(body);
  if (wordsFirst?.[1]) return foldWhitespace(wordsFirst[1]);
  const resolved = RESOLVED_CLAUSE.exec(body);
  if (resolved) return foldWhitespace(body.slice(resolved.index + resolved[0].length));
  const inline = INLINE_RESOLVED.exec(body);
  // ("It was agreed, — That …": the dash a parliamentary clerk writes before the words is no part of them.)
  if (inline) return foldWhitespace(body.slice(inline.index + inline[0].length).replace(/^[\s,:—–-]+/u, ''));
  let from = 0;
  for (const pattern of [MOVER, SECONDER, MOVER_FIRST, MOVED_THAT]) {
    const match = pattern.exec(body);
    // The name may have run into the next clause ("Osei SECONDED BY …", "Farouk THAT the …"): end at the name.
    const overrun = match ? (match[1] ?? '').length - (match[1] ?? '').replace(AFTER_NAME, '').length : 0;
    if (match) from = Math.max(from, match.index + match[0].length - overrun);
  }
  // An amendment moved on the floor, with its outcome, is no part of the main motion's words.
  const after = foldWhitespace(body.slice(from).replace(/^[\s,.;:)]+(?:[—–-]\s+)?/u, ''));
  if (after !== '') return after;
  // "MOTION to approve the budget. Moved: X. Seconded: Y.": the words come before the movers.
  const firstMover = Math.min(...[MOVER, SECONDER].map((pattern) => pattern.exec(body)?.index ?? body.length));
  const before = foldWhitespace(body.slice(0, firstMover).replace(/^MOTION\s*(?::|to\b)?\s*/iu, '').replace(/[\s,.;:]+$/u, ''));
  return before || foldWhitespace(body);
}

// "2025 - 01 « Que l'ordre du jour soit adopté … »", "THAT the budget be approved": a resolution's number, then its words.
const RESOLUTION_NUMBER = String.raw`(?:(?:No\.?\s*)?\p{L}{0,4}-?\d{1,4}(?:\s?[-–/.]\s?\d{1,4})*\s+)?`;
const RESOLUTION_WORDS = String.raw`[«"“]?\s*(?:Que|QUE|Qu['’]|QU['’]|THAT|That)\s`;
const OPENS_RESOLUTION_WORDS = new RegExp(String.raw`^${RESOLUTION_NUMBER}${RESOLUTION_WORDS}`, 'u');
const WORDS_BEFORE_MOVER = new RegExp(String.raw`^${RESOLUTION_NUMBER}(${RESOLUTION_WORDS}.+?)\s+(?=(?:Proposée?|Appuyée?|Moved|Seconded|MOVED|SECONDED)\b)`, 'su');

/** A resolution's words written before its mover ("2025 - 01 « Que … »" over "Proposée par : …"). */
export function opensResolutionWords(text: string): boolean {
  return OPENS_RESOLUTION_WORDS.test(text.trim());
}

// "M/S/C (Sandhu/Lindahl) that the agenda be adopted", "… that the Local send four members. M/S/C.": moved, seconded, carried
// (or D, defeated; F, failed), the mover and seconder in brackets when named.
const SHORTHAND_FIRST = /^M\/S\/([CDF])\.?\s*(?:\(\s*([^/()]+?)\s*\/\s*([^/()]+?)\s*\))?\s*[:,–—-]?\s*(\S.*)$/u;
const SHORTHAND_LAST = /^(.*?\S)[\s.]+M\/S\/([CDF])\.?\s*(?:\(\s*([^/()]+?)\s*\/\s*([^/()]+?)\s*\))?\.?$/u;

/** A motion written in the M/S/C shorthand: its mover and seconder, its words and whether it failed; else null. */
export function shorthandMotion(text: string): { motion: ExtractedMotion; words: string; negative: boolean } | null {
  const first = SHORTHAND_FIRST.exec(text.trim());
  const last = first ? null : SHORTHAND_LAST.exec(text.trim());
  if (!first && !last) return null;
  const [outcome, mover, seconder, words] = first ? [first[1], first[2], first[3], first[4]] : [last?.[2], last?.[3], last?.[4], last?.[1]];
  const motion: ExtractedMotion = { result: outcome === 'C' ? 'carried' : 'defeated' };
  if (mover) motion.movedBy = stripHonorifics(mover.trim());
  if (seconder) motion.secondedBy = stripHonorifics(seconder.trim());
  // ("(a) Executive recommendation: that …": the words are the motion's, after its label.)
  const said = (words ?? '').replace(/^(?:\(\w\)\s*)?[^:]{0,40}:\s*(?=that\b|to\b|que\b)/iu, '');
  return { motion, words: foldWhitespace(said), negative: outcome !== 'C' };
}
