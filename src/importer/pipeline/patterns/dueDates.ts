import { wordRegExp } from '../text/words';

/**
 * The deadline of an action as written: "by March 22, 2024", "before each meeting", "within two
 * weeks", "in the fall", "d'ici le 3 mai 2024", "d'ici la prochaine séance", "dans les deux
 * semaines", "le 30 avril". The words are kept verbatim; nothing is turned into a date here.
 */

const MONTH_EN = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?!\p{L})`;
const WEEKDAY_EN = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\p{L})`;
const MONTH_FR = String.raw`(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?!\p{L})`;
const ORDINAL = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const DATE_EN = String.raw`(?:(?:${WEEKDAY_EN},?\s+)?${MONTH_EN}\s+${ORDINAL}(?:,?\s+\d{4})?|${ORDINAL}\s+${MONTH_EN}(?:,?\s+\d{4})?|${WEEKDAY_EN}|${MONTH_EN}(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}|(?:mid|early|late)-?\s?${MONTH_EN})`;
const DATE_FR = String.raw`(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d{1,2}(?:er)?\s+${MONTH_FR}(?:\s+\d{4})?`;
const PERIOD_EN = String.raw`(?:week|month|year|quarter|day|fiscal year|summer|fall|autumn|winter|spring)`;
const COUNT = String.raw`(?:\d+|a|one|two|three|four|five|six|seven|eight|ten|deux|trois|quatre|cinq|six|huit|dix)`;

const DUE_PATTERNS: RegExp[] = [
  wordRegExp(String.raw`\bby\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:day\s+)?)?(?:${DATE_EN}|next\s+${PERIOD_EN}|next\s+meeting|the\s+next\s+meeting|${PERIOD_EN}(?:[\s-]end)?)`, 'u'),
  wordRegExp(String.raw`\bbefore\s+(?:each|every|the\s+next|next|the)\s+(?:meeting|${PERIOD_EN})`, 'u'),
  wordRegExp(String.raw`\bbefore\s+${DATE_EN}`, 'u'),
  wordRegExp(String.raw`\b(?:within|in)\s+(?:the\s+next\s+)?${COUNT}\s+(?:business\s+)?(?:days?|weeks?|months?)`, 'u'),
  wordRegExp(String.raw`\bdans\s+${COUNT}\s+(?:jours?|semaines?|mois)`, 'u'),
  wordRegExp(String.raw`\bin\s+the\s+(?:fall|spring|summer|winter|autumn|new year)\b`, 'u'),
  // "at the next meeting", "for next meeting" — a bare "the next meeting" may be what the task is about.
  wordRegExp(String.raw`\b(?:(?:at|for|by|before)\s+(?:the\s+)?|(?<!\bthe\s))next\s+(?:\p{Lu}\S*\s+)?(?:meeting|session)\b`, 'u'),
  wordRegExp(String.raw`\bd['’]ici\s+(?:le|la|à\s+la|au|à)\s+(?:${DATE_FR}|prochaine\s+(?:séance|réunion|rencontre)|fin\s+(?:du|de\s+la|de)\s+\p{Ll}+(?:\s+${MONTH_FR})?|${MONTH_FR}|\d{1,2}(?:er)?\s+${MONTH_FR})`, 'u'),
  wordRegExp(String.raw`\bavant\s+(?:le\s+${DATE_FR}|la\s+prochaine\s+(?:séance|réunion|rencontre))`, 'u'),
  wordRegExp(String.raw`\bdans\s+les?\s+(?:${COUNT}\s+)?(?:prochains?\s+)?(?:jours|semaines|mois)(?:\s+(?:prochains|à venir))?`, 'u'),
  wordRegExp(String.raw`\b(?:à|lors\s+de)\s+la\s+prochaine\s+(?:séance|réunion|rencontre)`, 'u'),
  wordRegExp(String.raw`\ble\s+${DATE_FR}`, 'u'),
  wordRegExp(String.raw`\b(?:${COUNT}\s+)?prochain(?:e?s)?\s+(?:jours|semaines|mois)\b`, 'u'),
  // A date as the entry's last field: "… – Luc Bédard – 20 janvier", "… | Alberta | March 8", "Due: 2024-05-01".
  wordRegExp(String.raw`(?<=(?:\s[-–—|]|\b(?:[Dd]ue|[Dd]eadline|[ÉéEe]ch[ée]ance|[Dd]ate limite)\s?:?)\s+)(?:${DATE_EN}|${DATE_FR})(?=\s*\)?\s*\.?\s*$)`, 'u'),
  wordRegExp(String.raw`(?<=\b(?:à\s+l['’]|au\s+|en\s+))(?:automne|hiver|printemps|été)(?:\s+\d{4})?`, 'u'),
];

/** The first deadline phrase in the text, as written, or null. */
export function findDue(text: string): string | null {
  let best: RegExpExecArray | null = null;
  for (const pattern of DUE_PATTERNS) {
    const match = pattern.exec(text);
    if (match && (best === null || match.index < best.index)) best = match;
  }
  return best ? best[0].trim() : null;
}
