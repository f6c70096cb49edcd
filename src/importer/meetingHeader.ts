import type { AffiliationResolver } from './AffiliationResolver';
import type { SourceLine } from './SourceLayout';
import { findDate, foldKey, foldSpace } from './text';
import { type DraftMeeting, localized } from './types';

const ZONES: Record<string, string> = {
  hae: 'EDT', hne: 'EST', hac: 'CDT', hnc: 'CST', har: 'MDT', hnr: 'MST', hap: 'PDT', hnp: 'PST', haa: 'ADT', hna: 'AST', hat: 'NDT', hnt: 'NST',
};

export interface Header { meeting: Omit<DraftMeeting, 'id'>; sourceTitle: string | undefined }

/**
 * Meeting metadata from the top of the record: the title (lines before the date) names the body
 * and the modality; the first full date is the meeting date; the adjournment sentence gives the
 * end time ("levée à 15 h 10 HAE" → "15:10 EDT", "adjourned at 3:10 p.m. EDT" → "15:10 EDT").
 */
export function readHeader(lines: SourceLine[], language: 'fr' | 'en', resolver: AffiliationResolver): Header {
  const top = lines.slice(0, 15);
  const dateLine = top.find((l) => findDate(l.text));
  const titleLines = top.filter((l) => l.kind !== 'blank' && (!dateLine || l.n < dateLine.n));
  const title = foldSpace(titleLines.map((l) => l.text).join(' '));
  const review: string[] = [];
  const body = resolver.findBody(title);
  if (!body) review.push(`no council or committee of the reference data is named in the title "${title}"`);
  const key = foldKey(top.map((l) => l.text).join(' '));
  const modality = /\b(virtuel|virtuelle|virtual|en ligne|online|videoconference)\b/.test(key) ? 'VIRTUAL'
    : /\b(teleconference|conference telephonique)\b/.test(key) ? 'TELECONFERENCE'
    : /\b(en personne|in person|in-person)\b/.test(key) ? 'IN_PERSON' : undefined;
  if (!modality) review.push('modality not stated in the title');
  const sourceTitle = top.find((l) => /compte rendu des decisions|record of decisions|proces-verbal|minutes/.test(foldKey(l.text)))?.text.trim();
  const date = dateLine ? findDate(dateLine.text) : undefined;
  if (!date) review.push('no meeting date found in the heading');
  return {
    meeting: { body: body?.id ?? 'body-unknown', date, title: localized(language, title), modality, endTime: endTime(lines), review },
    sourceTitle,
  };
}

function endTime(lines: SourceLine[]): string | undefined {
  for (const line of [...lines].reverse()) {
    const key = foldKey(line.text);
    if (!/(levee|adjourn|prend fin|se termine|ends at|closed at)/.test(key)) continue;
    const m = /(\d{1,2})\s*(?:h|:)\s*(\d{2})?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?\s*\(?([a-z]{3})?\b/.exec(key.slice(key.search(/(levee|adjourn|prend fin|se termine|ends at|closed at)/)));
    if (!m) continue;
    let hour = Number(m[1]);
    if (m[3]?.startsWith('p') && hour < 12) hour += 12;
    if (m[3]?.startsWith('a') && hour === 12) hour = 0;
    const zone = m[4] ? ZONES[m[4]] ?? m[4].toUpperCase() : undefined;
    return `${String(hour).padStart(2, '0')}:${m[2] ?? '00'}${zone ? ` ${zone}` : ''}`;
  }
  return undefined;
}
