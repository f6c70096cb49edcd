import type { ExtractedMotion } from '../types';
import { stripHonorifics } from '../text/personNames';
import { foldWhitespace, wordRegExp } from '../text/words';
import { NAME } from './nameRegex';

/**
 * Formal motions, English and French: "MOTION: … Moved by X. Seconded by Y. Carried (5 to 0)",
 * "Moved by X, seconded by Y, that … Carried", "Il est proposé par X, appuyé par Y, d'adopter …
 * Adopté à l'unanimité." The result is a line (or final sentence) opening with the outcome word.
 */

const OPENER = wordRegExp(String.raw`^(?:MOTION\b|Motion\s*:|Moved by\b|It was moved\b|Proposed by\b|Il est proposé\b|Il a été proposé\b|Proposé par\b|Sur (?:une )?proposition de\b|(?:BE IT |IT WAS )?RESOLVED\b)`, 'iu');
const MOVER = wordRegExp(String.raw`(?:moved by|proposed by|proposé par|proposée par|proposition de)\s+(${NAME})`, 'iu');
const SECONDER = wordRegExp(String.raw`(?:seconded by|appuyé par|appuyée par|secondé par|secondée par)\s+(${NAME})`, 'iu');
const POSITIVE = String.raw`Carried|Adopted|Passed|Approved|Agreed|Adoptée?s?|Approuvée?s?|Accepted|Acceptée?s?`;
const NEGATIVE = String.raw`Defeated|Lost|Failed|Rejected|Withdrawn|Tabled|Rejetée?s?|Refusée?s?|Battue?s?|Retirée?s?|Déposée?s?`;
// Case matters: "approved as amended" continuing a motion's text is no outcome; "Approved." and "CARRIED" are.
const RESULT_LINE = wordRegExp(String.raw`^(?:(?:The\s+)?Motion\s+|MOTION\s+|La\s+proposition\s+est\s+|Proposition\s+)?(?:${POSITIVE}|${NEGATIVE}|${POSITIVE.toUpperCase()}|${NEGATIVE.toUpperCase()})\b[^]{0,60}$`, 'u');
const RESULT_SENTENCE = wordRegExp(String.raw`(?:^|[.;]\s+)((?:(?:The\s+)?Motion\s+)?(?:${POSITIVE}|${NEGATIVE})\b[^.]{0,50}\.?)\s*$`, 'u');
const NEGATIVE_WORD = wordRegExp(String.raw`\b(?:${NEGATIVE})\b`, 'iu');

export function hasMover(texts: string[]): boolean {
  return texts.some((text) => MOVER.test(text));
}

export function opensMotion(text: string): boolean {
  return OPENER.test(text);
}

/** The outcome when the (plain) source line states one: "Carried (5 to 0)", "Adopté à l'unanimité.". */
export function resultOfLine(line: string): string | null {
  return RESULT_LINE.test(line) ? line : null;
}

/** The outcome written as the last sentence of a one-line motion ("… to adjourn. Carried."). */
export function resultAtEnd(text: string): string | null {
  return RESULT_SENTENCE.exec(text)?.[1]?.trim() ?? null;
}

export function isNegativeResult(result: string): boolean {
  return NEGATIVE_WORD.test(result);
}

/** Mover, seconder and the motion's own words, from the motion text without its result. */
export function readMotion(text: string, result: string): { motion: ExtractedMotion; text: string } {
  const movedBy = MOVER.exec(text)?.[1];
  const secondedBy = SECONDER.exec(text)?.[1];
  const motion: ExtractedMotion = { result };
  if (movedBy) motion.movedBy = personOnly(movedBy);
  if (secondedBy) motion.secondedBy = personOnly(secondedBy);
  return { motion, text: motionWords(text, result) };
}

// A name captured across a line break runs into the next clause ("Sophie Lavoie Appuyé par", "Benali D'adopter").
const AFTER_NAME = wordRegExp(String.raw`\s+(?:Appuy|Second|Moved|Propos|That\b|To\b|Que\b|Qu['’]|D['’]|L['’]).*$`, 'u');

function personOnly(name: string): string {
  return stripHonorifics(name.replace(AFTER_NAME, ''));
}

/** "MOTION: <words> Moved by …" or the words after the last of mover/seconder ("…, that <words>"). */
function motionWords(text: string, result: string): string {
  const body = text.endsWith(result) ? text.slice(0, text.length - result.length) : text;
  const labelled = wordRegExp(String.raw`^MOTION\s*:\s*(.+?)(?=\s+(?:Moved|Proposed)\s+by\b|$)`, 'isu').exec(body);
  if (labelled?.[1]) return foldWhitespace(labelled[1]);
  let from = 0;
  for (const pattern of [MOVER, SECONDER]) {
    const match = pattern.exec(body);
    if (match) from = Math.max(from, match.index + match[0].length);
  }
  return foldWhitespace(body.slice(from).replace(/^[\s,.;:]+/u, '')) || foldWhitespace(body);
}
