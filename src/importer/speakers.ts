import { escapeRegExp, foldChars, foldKey } from './text';
import type { DraftPerson } from './types';

/** Verbs that report speech, folded; their kind sets the statement type. */
const VERBS: Array<[string, 'REMARK' | 'QUESTION' | 'ANSWER' | 'PRESENTATION']> = [
  ['donne un apercu', 'PRESENTATION'], ['presente', 'PRESENTATION'], ['presentent', 'PRESENTATION'], ['presents', 'PRESENTATION'],
  ['gives an overview', 'PRESENTATION'], ['introduces', 'PRESENTATION'], ['presented', 'PRESENTATION'],
  ['se demande', 'QUESTION'], ['demande', 'QUESTION'], ['pose des questions', 'QUESTION'], ['pose la question', 'QUESTION'],
  ['asks', 'QUESTION'], ['asked', 'QUESTION'], ['wonders', 'QUESTION'], ['enquires', 'QUESTION'], ['inquires', 'QUESTION'],
  ['repond', 'ANSWER'], ['repondent', 'ANSWER'], ['responds', 'ANSWER'], ['responded', 'ANSWER'], ['replies', 'ANSWER'], ['replied', 'ANSWER'], ['answers', 'ANSWER'],
  ...[
    'declare', 'indique', 'ajoute', 'remercie', 'souligne', 'fait remarquer', 'fait observer', 'donne', 'pose', 'appuie', "est d'accord",
    'raconte', 'propose', 'recommande', 'explique', 'mentionne', 'note', 'precise', 'souhaite', 'souhaitent', 'encourage', 'informe',
    'rappelle', 'suggere', 'affirme', 'signale', 'conclut', 'partage', 'parle', 'rapporte', 'resume', 'convient', 'soutient', 'insiste',
    'says', 'said', 'states', 'stated', 'notes', 'noted', 'adds', 'added', 'thanks', 'thanked', 'gives', 'supports', 'agrees',
    'welcome', 'welcomes', 'welcomed', 'proposes', 'recommends', 'explains', 'mentions', 'highlights', 'indicates', 'points out',
    'reports', 'raises', 'suggests', 'shares', 'summarizes', 'describes', 'emphasizes', 'remarks', 'observes', 'encourages', 'reminds',
  ].map((v): [string, 'REMARK'] => [v, 'REMARK']),
];
const VERB_PATTERN = new RegExp(`(?<![\\p{L}'])(${VERBS.map(([v]) => escapeRegExp(v)).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'u');

/** Capitalised words that open sentences, never names. */
const NOT_NAMES = new Set([
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'ce', 'cette', 'ces', 'cela', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'en', 'dans',
  'pour', 'lors', 'si', 'chaque', 'mais', 'tous', 'toutes', 'plus', 'depuis', 'lorsque', 'aucun', 'aucune', 'son', 'sa', 'ses', 'leur',
  'the', 'a', 'an', 'this', 'these', 'that', 'it', 'they', 'we', 'in', 'for', 'at', 'when', 'if', 'each', 'but', 'all', 'no', 'his', 'her', 'their',
  'discussion', 'decision', 'mesure', 'action', 'etat', 'prochaines', 'next', 'members', 'membres', 'questions', 'point', 'item',
]);

const NAME = /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2})/u;

export interface Opening {
  /** Names of the speakers, as written (one, or two joined by "et"/"and"). */
  names: string[];
  /** The words before the verb: names, parenthesis or apposition. */
  attribution: string;
  /** What the attribution says about the speaker, without the names ("C.-B.", "directeur général, …"). */
  qualifier: string;
  type: 'REMARK' | 'QUESTION' | 'ANSWER' | 'PRESENTATION';
  /** true when no reporting verb follows: "• Marc Maracle, directeur exécutif de …" introduces a panelist. */
  introduction: boolean;
}

/**
 * Recognises a passage that opens with a speaker: a known person's name or alias, or two or three
 * capitalised words, optionally followed by "(affiliation)" or ", apposition,", then a reporting
 * verb in the same sentence. Without a verb, "Name, apposition" is an introduction.
 */
export function readOpening(text: string, people: DraftPerson[]): Opening | undefined {
  const names: string[] = [];
  let rest = text;
  for (;;) {
    const name = knownName(rest, people) ?? unknownName(rest);
    if (!name) break;
    names.push(name);
    rest = rest.slice(name.length);
    const joined = /^\s+(?:et|and)\s+/u.exec(rest);
    if (!joined) break;
    const next = knownName(rest.slice(joined[0].length), people) ?? unknownName(rest.slice(joined[0].length));
    if (!next) break;
    rest = rest.slice(joined[0].length);
  }
  if (names.length === 0 || !/^(\s*\(|\s*,|\s+\p{Ll})/u.test(rest)) return undefined;
  const sentence = rest.split(/(?<=[.?!])\s+(?=\p{Lu})/u)[0] ?? rest;
  // foldChars keeps every index, so the verb's position holds in the original sentence.
  const verb = VERB_PATTERN.exec(foldChars(sentence));
  const between = verb ? sentence.slice(0, verb.index) : sentence;
  if (verb && /^\s*$|^\s*\(.*\)\s*$|^\s*,.*,\s*$/su.test(between)) {
    const kind = VERBS.find(([v]) => v === verb[1])?.[1] ?? 'REMARK';
    return { names, attribution: (text.slice(0, text.length - rest.length) + between).trim().replace(/,$/, ''), qualifier: qualifierOf(between), type: kind, introduction: false };
  }
  if (/^\s*,/.test(rest) && names.length === 1) {
    const intro = (rest.split(/\.\s/)[0] ?? rest).replace(/\.$/, '');
    return { names, attribution: `${names[0]}${intro}`.trim(), qualifier: intro.replace(/^\s*,\s*/, '').trim(), type: 'REMARK', introduction: true };
  }
  return undefined;
}

function qualifierOf(between: string): string {
  const t = between.trim();
  if (t.startsWith('(')) return t.replace(/^\(|\)$/g, '').trim();
  return t.replace(/^,\s*|\s*,$/g, '').trim();
}

function knownName(text: string, people: DraftPerson[]): string | undefined {
  const key = foldKey(text);
  let best: string | undefined;
  for (const person of people) {
    for (const form of [person.name, ...person.aliases]) {
      const f = foldKey(form);
      if (key.startsWith(f) && !/^[\p{L}]/u.test(key.slice(f.length)) && (!best || form.length > best.length)) best = text.slice(0, form.length);
    }
  }
  return best;
}

function unknownName(text: string): string | undefined {
  const m = NAME.exec(text);
  if (!m) return undefined;
  const words = (m[1] as string).split(/\s+/);
  if (NOT_NAMES.has(foldKey(words[0] as string).replace(/'.*$/, "'")) || words.some((w) => w.length > 1 && w === w.toUpperCase())) return undefined;
  // A third capitalised word is a surname ("Maria Luisa Willan") unless it starts an organization name.
  const third = words[2];
  const withThird = third !== undefined && /^\p{Lu}\p{Ll}+$/u.test(third) && !/^(Services?|Ministère|Department|Secrétariat)$/u.test(third);
  return words.slice(0, withThird ? 3 : 2).join(' ');
}

/** The person a name or alias refers to. */
export function personNamed(name: string, people: DraftPerson[]): DraftPerson | undefined {
  const key = foldKey(name);
  return people.find((p) => foldKey(p.name) === key) ?? people.find((p) => p.aliases.some((a) => foldKey(a) === key));
}
