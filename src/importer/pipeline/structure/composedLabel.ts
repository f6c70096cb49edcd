import type { ExtractedRole } from '../types';
import { foldKey } from '../text/words';

/**
 * "Members in attendance were", "Member(s) with regrets", "Staff members in attendance", "Guests in
 * attendance were": a people label composed of who they are and a word of presence, read by its words
 * when the lexicon has no entry for the whole. Null without a word of presence, or when it runs long.
 */
const PRESENCE = /\b(?:presente?s?|attendance|attending|attendees|participants?|participantes?|absente?s?|regrets|apologies|excused|excusee?s?|guests?|invites?|invitees?|observers?|observat(?:eur|rice)s?|presenters?)\b/u;

const CLAUSE = /^(?:et|and|qui|who|that|que|ou|or)\b|\b(?:resolu\w*|resolved|adopt\w*|unanim\w*|votes?|voted|moved|propose\w*|carried)\b/u;

const ROLES: Array<[RegExp, ExtractedRole]> = [
  [/\b(?:absente?s?|regrets|apologies|excused|excusee?s?|not present|not in attendance)\b/u, 'REGRETS'],
  [/\b(?:observers?|observat(?:eur|rice)s?)\b/u, 'OBSERVER'],
  [/\b(?:presenters?|speakers?|delegations?|presentateurs?|presentatrices?)\b/u, 'PRESENTER'],
  // ("Membres du conseil d'administration présents": the board, not its administration.)
  [/\b(?:staff|personnel|employees?|employes?|officers|secretariat)\b/u, 'SECRETARIAT'],
  [/\b(?:guests?|invites?|invitees?|also|egalement|aussi|others?|autres)\b/u, 'GUEST'],
];

export function composedPeopleLabel(label: string): { kind: 'attendance' | 'regrets'; role: ExtractedRole } | null {
  const key = foldKey(label)
    .replace(/(?<=[\p{L})])\((?:s|es|e|ne|les)\)/gu, '')
    // ("Quebec (observer)": a government and the role it attends in, not a label.)
    .replace(/\([^()]*\)/gu, ' ')
    .replace(/[\s:.]+$/u, '')
    .replace(/\s+(?:were|was|etaient|etait|sont|est)$/u, '')
    .trim();
  // ("et résolu à l'unanimité des délégués présents :" introduces a resolution, not a list.)
  // (The word of presence opens ("Also present for Day 2") or closes the label: "Émilie R. présente deux options" is a sentence.)
  const words = key.split(/\s+/u);
  // ("[ACB] présente le rapport": "présente" second is a verb.)
  const placed = PRESENCE.test(words[0] ?? '') || (PRESENCE.test(words[1] ?? '') && words[1] !== 'presente') || PRESENCE.test(words[words.length - 1] ?? '');
  if (!placed || words.length > 7 || /[,;!?]/u.test(key) || CLAUSE.test(key)) return null;
  const role = ROLES.find(([pattern]) => pattern.test(key))?.[1] ?? 'MEMBER';
  return role === 'REGRETS' ? { kind: 'regrets', role } : { kind: 'attendance', role };
}
