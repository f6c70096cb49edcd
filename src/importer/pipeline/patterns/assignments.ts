import { FUNCTION_WORD, KnownNames, isOrganizationToken, isPersonName, startsWithHonorific, stripHonorifics } from '../text/personNames';
import { splitSentences, wordCount, wordRegExp } from '../text/words';
import { NAME, NAMES, splitNames } from './nameRegex';
import { IMPERATIVE_EN, opensWithImperative } from './imperatives';
import { isPlaceName } from '../text/placeNames';
import { isOneOffice, titledOffice } from './ownerOffices';
import { dashedHandleOwners, handleOwners } from './handles';

/**
 * Tasks given to someone: "X to <verb>", "X will <verb>", "X fera / vérifiera / feront …",
 * "X doit <verb>", "Members asked X to …", "demande à X de …". Owners are the grammatical actors
 * as written, titles removed ("Constable Delaney" → "Delaney"); "others", "we", "you" are nobody.
 */

/** 'commit': "X offered / agreed to …" — in a decision's own sentence ("Members agreed to …") it is the decision, not a task. */
export type AssignmentForm = 'to' | 'will' | 'asked' | 'commit';

export interface Assignment {
  owners: string[];
  form: AssignmentForm;
  /** Offset of the sentence holding the assignment. */
  offset: number;
}

// What may stand before the actor: a clause closed by a semicolon, a label, an opening phrase.
const PREFIX = String.raw`^(?:[^;]{1,200};\s+)??(?:[^:]{0,60}:\s+)??(?:[^,]{0,30},\s+)??(?:(?:the|The)\s+)?`;
// An office named in lower case after its article: "Le secrétariat fera …", "the clerk will …", "Staff to …".
// Groups too, with a word before them or a name after: "the rules working group", "L'équipe d'Ashley", "Ashley's team".
const OFFICE_NOUN = String.raw`(?:mairesse|maire|mayor|préfète|préfet|warden|reeve|secrétariat|secretariat|clerk|greffière|greffier|direction générale|direction|directrice générale|directeur général|coordonnatrice|coordonnateur|coordinator|trésorière|trésorier|treasurer|staff|présidente|président|chair|executive director|équipe|team|administration|working groups?|[Gg]roupes? de travail|sous-comité|subcommittee|sub-committee|comité|committee|[Bb]ureau|[Ss]ervice|[Rr]egistrariat)`;
const OFFICE_OF = String.raw`(?:\s+(?:of|de|du|des)\s+(?:the\s+|la\s+|l['’])?${NAME}|\s+d['’]${NAME}|\s+(?:du|de\s+la|des|de\s+l['’]|de)\s*\p{Ll}{3,}(?:\s+\p{Ll}{3,})?(?:\s+et\s+(?:du|de\s+la|des|de\s+l['’]|de)\s*\p{Ll}{3,})?(?=\s+\p{Ll}+(?:era|ira|ra|ront|doit|doivent)\b)|\s+(?:sur|on|for|pour)\s+(?:les?\s+|la\s+|l['’]|the\s+)?[\p{L}'’\-]+)?`;
const OFFICE = String.raw`(?:(?:(?:[Ll]es?|[Ll]a|[Tt]he)\s+|[Ll]['’])(?:\p{Ll}+\s+)?${OFFICE_NOUN}\b${OFFICE_OF}|${NAME}['’]s\s+(?:team|office|staff|group)\b|(?:(?:[Tt]he|[Ll]e|[Ll]a)\s+)?(?:\p{Lu}[\p{L}\-]*\s+){1,3}(?:working groups?|team|staff|subcommittee|sub-committee|secretariat|office|branch|groupe de travail|équipe)\b|Staff\b)`;
// The members as a whole: "All jurisdictions", "Toutes les administrations", "Les membres", "Members".
const COLLECTIVE = String.raw`(?:(?:Committee|Board|Council|Group|Table|Comité|Conseil)\s+(?:members|membres)\b|(?:All|Toutes les|Tous les|Les|The)\s+(?:\p{Ll}+\s+)?(?:jurisdictions|members|provinces|territories|partners|departments|administrations|membres|partenaires|ministères|organismes|participants|participantes|administrateurs|administratrices|directors|trustees|councillors|conseillers|conseillères)\b)`;
// "Todd Wilson from BC DEVexchange", "Todd from BC government": where the actor comes from, a short name.
const FROM_WORD = String.raw`(?:\p{Lu}[\p{L}'’\-]*|government|team|office|department|ministry|branch|division|unit|gouvernement|équipe|ministère|bureau|direction|of|and|for|the|de|du|des|la)`;
// "TBS (John Roe) to circulate …": who in the organisation may follow it in parentheses.
const ACTOR = String.raw`(${NAMES}|${OFFICE}|${COLLECTIVE})(?:\s*\([^)]{1,40}\))?(?:\s*,?\s+(?:and|et)\s+others)?(?:\s+(?:from|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+${FROM_WORD}){0,5})?`;
const NOT_OBJECT = String.raw`(?!(?:the|a|an|this|that|these|those|all|each|every|his|her|their|our|your|my|its|me|us|them|him)\b)`;

// Offices a body directs, in lower case ("directed staff to …", "mandate la direction générale de …") or capitals ("the Registrar").
const STAFF = String.raw`(?:(?:the|its)\s+)?(?:staff|administration|secretariat|clerk|treasurer|executive director|chief administrative officer|CAO|officials|senior officials|fonctionnaires)`;
const CAPITAL_OFFICE = String.raw`(?:Registrar|Clerk|Secretary|Treasurer|Superintendent|Executive Director|Chief Administrative Officer|Chief Executive Officer|CAO|CEO|General Manager|Director of \p{Lu}[\p{L}-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]+){0,3})`;
const MEETING_BODY = /^(?:the\s+)?(?:Council|Board|Committee|Commission|Conseil|Comité|CA)$/iu;

const FORMS: { form: AssignmentForm; pattern: RegExp; strictSingleWord: boolean }[] = [
  { form: 'to', pattern: wordRegExp(String.raw`${PREFIX}${ACTOR}\s+(?:is\s+|are\s+)?to\s+${NOT_OBJECT}\p{Ll}`, 'u'), strictSingleWord: true },
  // "Sam Lee was asked to contact …", "Alberta has agreed to …", "Mme Ng a accepté de préparer …".
  { form: 'asked', pattern: wordRegExp(String.raw`${PREFIX}(${NAMES}|${OFFICE}|${COLLECTIVE})\s+(?:was|were)\s+(?:asked|requested|tasked|mandated|directed|instructed)\s+to\s+\p{Ll}`, 'u'), strictSingleWord: false },
  // "The Committee directed the Registrar to refer …", "Council agreed to direct staff to report back …": an order to an office.
  // ("THAT the Board direct staff to …" is the motion's own words: a decision, read as one.)
  { form: 'asked', pattern: wordRegExp(String.raw`(?:\b(?:directed|instructed|asked|requested|tasked)|\b(?:agreed|decided)\s+to\s+(?:direct|instruct|ask))\s+(?:the\s+|its\s+)?(${NAMES}|${OFFICE}|${STAFF}|${CAPITAL_OFFICE})\s+to\s+${NOT_OBJECT}\p{Ll}`, 'u'), strictSingleWord: false },
  { form: 'commit', pattern: wordRegExp(String.raw`${PREFIX}(${NAMES}|${OFFICE})\s+(?:has|have)\s+(?:agreed|offered|volunteered|undertaken|committed)\s+to\s+\p{Ll}`, 'u'), strictSingleWord: false },
  { form: 'commit', pattern: wordRegExp(String.raw`${PREFIX}(${NAMES}|${OFFICE})\s+(?:a|ont)\s+(?:accepté|offert)\s+de\s+\p{Ll}`, 'u'), strictSingleWord: false },
  // "… agreed that the Secretariat would circulate …": the reported future of a decision.
  { form: 'will', pattern: wordRegExp(String.raw`\b(?:that|que)\s+(?:the\s+)?(${NAMES}|${OFFICE}|${COLLECTIVE})\s+(?:would|will)\s+(?!like\b|be\s+\p{Ll}+(?:ed|en)\b|have\b|need\b|not\b)\p{Ll}`, 'u'), strictSingleWord: false },
  { form: 'will', pattern: wordRegExp(String.raw`\b(?:que|qu['’])\s*(?:la\s+|le\s+|les\s+|l['’])?(${NAMES}|${OFFICE}|${COLLECTIVE})\s+(?!(?:sera|seront|aura|auront|pourra|pourront|faudra)\b)\p{Ll}{2,}(?:era|ira|ra|ront)\b`, 'u'), strictSingleWord: false },
  { form: 'will', pattern: wordRegExp(String.raw`${PREFIX}${ACTOR}\s+will\s+(?:also\s+)?(?!(?:formally\s+)?(?:meet|reconvene)\s+(?:for|on|at|every|each|monthly|quarterly|weekly|again|in|via|by)\b|be\s+\p{Ll}+(?:ed|en)\b|have\b|need\b|not\b|be\s+(?:able|responsible|available|happy|a|an|the|in|at|on)\b)\p{Ll}`, 'u'), strictSingleWord: false },
  { form: 'will', pattern: wordRegExp(String.raw`${PREFIX}(${NAMES}|${OFFICE})\s+(?:s['’]|se\s+|en\s+|y\s+|leur\s+|lui\s+)?(?!(?:sera|seront|aura|auront|pourra|pourront|voudra|voudront|faudra|serait)\b)\p{Ll}+(?:era|ira|ra|ront)\b`, 'u'), strictSingleWord: false },
  { form: 'will', pattern: wordRegExp(String.raw`${PREFIX}(${NAMES}|${OFFICE})\s+(?:doit|doivent|devra|devront)\s+\p{Ll}+(?:er|ir|re|oir)\b`, 'u'), strictSingleWord: false },
  // "[ACB] va répondre au voisin": the near future is a commitment too.
  { form: 'will', pattern: wordRegExp(String.raw`${PREFIX}(${NAMES}|${OFFICE})\s+(?:va|vont)\s+(?:(?:lui|leur|y|en|se|s['’])\s*)?\p{Ll}+(?:er|ir|re|oir)\b`, 'u'), strictSingleWord: false },
  // "la mairesse, madame Louise Bérubé, transmettra …", "the Clerk, Ms. Ito, will …": the office named, then the person.
  { form: 'will', pattern: wordRegExp(String.raw`${PREFIX}(?:[Ll]e|[Ll]a|[Tt]he)\s+\p{Ll}[\p{L}\s-]{2,40}?,\s+(${NAME}),\s+(?:will\s+\p{Ll}|\p{Ll}+(?:era|ira|ra|ront)\b)`, 'u'), strictSingleWord: false },
  // In a resolution: "de mandater la direction générale pour transmettre …", "That staff be directed to report back …".
  { form: 'asked', pattern: wordRegExp(String.raw`\b(?:mandater|mandate|mandatent|charger|charge|chargent|demander\s+à)\s+(${NAMES}|${OFFICE})\s+(?:pour|de|d['’]|à)\s*\p{Ll}`, 'u'), strictSingleWord: false },
  // "QUE Mme Amélie Côté-Nadeau assure le suivi …": a resolution's clause naming who does it.
  { form: 'asked', pattern: wordRegExp(String.raw`\bQUE\s+((?:M\.|Mme|Me|MM\.)\s+${NAME})\s+(?!soit\b|soient\b|est\b|sont\b)\p{Ll}{3,}\b`, 'u'), strictSingleWord: false },
  { form: 'asked', pattern: wordRegExp(String.raw`\b[Tt]hat\s+(${NAMES}|${OFFICE}|${STAFF})\s+be\s+(?:directed|requested|asked|authori[sz]ed|instructed)\s+to\s+\p{Ll}`, 'u'), strictSingleWord: false },
  // A resolution's clause addressed to staff: "That staff consult the Business Improvement Area and report back …".
  { form: 'asked', pattern: wordRegExp(String.raw`\b[Tt]hat\s+(${OFFICE}|${STAFF})\s+(?!be\b|is\b|are\b|was\b|were\b|has\b|have\b|had\b|should\b|could\b|would\b|might\b|may\b|can\b|must\b|did\b|do\b)\p{Ll}+\b`, 'u'), strictSingleWord: false },
  // A committee's order in the subjunctive: "That members submit their lists …", "That the Chair present the report …",
  // "that the Department of Transport provide …", "Que la greffière du Comité invite …", "Que les membres transmettent …".
  { form: 'asked', pattern: wordRegExp(String.raw`(?:(?:^|[—–:;)]\s*|\bagreed\s+)That|\b(?:request|requests|requested)\s+that)\s+(?:the\s+)?((?:members|analysts|Chair|Clerk|Secretary|(?:Department|Ministry|Minister)\s+of\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,4}))(?:\s+of\s+the\s+Committee)?\s+(?!be\b|is\b|are\b|was\b|were\b|has\b|have\b|had\b|should\b|could\b|would\b|might\b|may\b|can\b|must\b|did\b|do\b|will\b)\p{Ll}+(?<![^s]s|ed)\b`, 'u'), strictSingleWord: false },
  { form: 'asked', pattern: wordRegExp(String.raw`(?<!(?:ATTENDU|Attendu|CONSIDÉRANT|Considérant)\s)\b(?:Que|QUE|que)\s+(?:les\s+|la\s+|le\s+|l['’])((?:membres|analystes|greffière|greffier|présidente|président|secrétariat|secrétaire)(?:\s+du\s+Comité)?)\s+(?!soit\b|soient\b|est\b|sont\b|doivent\b|peuvent\b|aient\b|ont\b)\p{Ll}{3,}(?:e|ent)\b`, 'u'), strictSingleWord: false },
  // A request to the members: "All jurisdictions are invited to …", "Toutes les administrations sont invitées à …".
  { form: 'asked', pattern: wordRegExp(String.raw`${PREFIX}(${NAMES}|${OFFICE}|${COLLECTIVE})\s+(?:are|is)\s+(?:(?:hereby\s+)?(?:invited|asked|requested|encouraged|directed|authori[sz]ed|mandated|instructed|tasked))\s+to\s+\p{Ll}`, 'u'), strictSingleWord: false },
  { form: 'asked', pattern: wordRegExp(String.raw`${PREFIX}(${NAMES}|${OFFICE}|${COLLECTIVE})\s+(?:sont|est)\s+(?:invitée?s?|priée?s?|appelée?s?|mandatée?s?|chargée?s?|autorisée?s?)\s+(?:à|de|d['’]|pour)\s*\p{Ll}`, 'u'), strictSingleWord: false },
  // "Something for the rules working group to work on", "for Todd to present": a task put to someone.
  { form: 'to', pattern: wordRegExp(String.raw`\bfor\s+${ACTOR}\s+to\s+${NOT_OBJECT}\p{Ll}`, 'u'), strictSingleWord: true },
  // Commitments: "X offered / volunteered / agreed to …", "X will follow up", "X se charge de …", "X s'engage à …".
  { form: 'commit', pattern: wordRegExp(String.raw`${PREFIX}${ACTOR}\s+(?:(?:offered|offers|volunteered|volunteers|agreed|agrees|undertook|undertakes|committed)\s+to\s+${NOT_OBJECT}\p{Ll}|will\s+follow[\s-]up\b)`, 'u'), strictSingleWord: true },
  { form: 'will', pattern: wordRegExp(String.raw`${PREFIX}(${NAMES}|${OFFICE})\s+(?:se\s+charge(?:nt)?\s+d|s['’]engage(?:nt)?\s+à\s+\p{Ll}|s['’]occupe(?:nt)?\s+d|accepte(?:nt)?\s+de\s+\p{Ll})`, 'u'), strictSingleWord: false },
  { form: 'asked', pattern: wordRegExp(String.raw`\b(?:[Aa]sked|[Rr]equested|[Ii]nvited|[Mm]andated|[Dd]irected|[Ii]nstructed|[Aa]uthori[sz]ed|[Tt]asked)\s+(${NAMES}|${STAFF})\s+to\s+\p{Ll}`, 'u'), strictSingleWord: false },
  { form: 'asked', pattern: wordRegExp(String.raw`\b(?:demandent|demande|a demandé|ont demandé|mandatent|mandate|chargent|charge)\s+à\s+(${NAMES})\s+de\s+\p{Ll}`, 'u'), strictSingleWord: false },
];

// Roles and groups that can be given a task without being a person's name.
const GROUP = /^(?:all\s+)?(?:[\p{Lu}][\p{L}\-]*\s+)*(?:Members?|Secretary|Secretariat|Chairs?|Co-chairs?|Staff|Committee|Board|Council|WG|Working Group|Group|Team|Clerk|Treasurer|Coordinator|President|Director|Registrar|Registraire|Manager|Membres?|Secrétariat|Secrétaire|Comité|Conseil|Équipe|Groupe|Présidente?)$/u;
const OFFICE_WORD = wordRegExp(String.raw`^(?:${OFFICE}|(?:\p{Ll}+\s+)?${OFFICE_NOUN}${OFFICE_OF})$`, 'iu');
const COLLECTIVE_WORD = wordRegExp(String.raw`^(?:${COLLECTIVE}|(?:\p{Ll}+\s+)?(?:jurisdictions|members|administrations|membres|partenaires|administrateurs|administratrices|directors|trustees|councillors|conseillers|conseillères|officials|fonctionnaires|maintainers|reviewers|committers|approvers|mainteneurs|mainteneuses))$`, 'iu');
const NOBODY = /^(?:others?|other members|anyone|everyone|someone|we|you|they|it|nous|vous|on|ils|elles|tbd|tbc|to be determined|to be confirmed|à déterminer|à confirmer|n\/a|—|-)$/iu;

/**
 * The first assignment in the text. `strict` (running discussion text): a single capitalised word
 * must be an attendee or an acronym before "to" ("Suggestion to …" is no task). `inPassage`: the
 * text is a named speaker's passage, where "X will …" is reported speech and only "X to …" counts.
 */

export function findAssignment(text: string, names: KnownNames, options: { strict: boolean; inPassage?: boolean }): Assignment | null {
  for (const sentence of splitSentences(text)) {
    // "That the General Manager, Community and Protective Services include …": an office and its portfolio, one owner.
    const office = titledOffice(sentence.text);
    if (office) return { owners: [office], form: 'asked', offset: sentence.start };
    const handles = handleOwners(sentence.text);
    if (handles) return { owners: handles, form: 'to', offset: sentence.start };
    if (options.strict && /\?\s*$/u.test(sentence.text)) continue; // a question assigns nothing
    // "Direction to staff: Traffic Operations staff to install …": read after a leading label too.
    const label = /^[^:]{1,60}:\s+/u.exec(sentence.text)?.[0];
    // "Council decided to hold its retreat in Fredericton; Jasmine Leger will book the venue": a clause of its own.
    const clauses = sentence.text.split(/;\s+(?=\p{Lu})/u).slice(1);
    const readings = [...(label ? [sentence.text, sentence.text.slice(label.length)] : [sentence.text]), ...clauses];
    for (const { form, pattern, strictSingleWord } of FORMS) for (const reading of readings) {
      const actor = pattern.exec(reading)?.[1];
      if (!actor) continue;
      // In a speaker's passage "X will" is reported speech, unless X is an office ("The Director of Education will …").
      if (options.inPassage && form === 'will' && !FUNCTION_WORD.test(actor) && !OFFICE_WORD.test(actor.trim())) continue;
      // "Ruth Anders asked Council to consider a grant", "The Chair invited the secretariat to introduce the glossary": a
      // request put to the meeting's body, the floor given during the meeting — no task.
      if (form === 'asked' && MEETING_BODY.test(actor.trim())) continue;
      if (form === 'asked' && /\b(?:invited|called (?:on|upon))\b[^.;]*?\bto\s+(?:introduce|present|speak|address|comment|respond|reply|take the floor|open|explain)\b/u.test(reading)) continue;
      // "The Council agreed to …" is a decision of the meeting, not a task.
      if (MEETING_BODY.test(actor.trim()) && /\bagree/u.test(sentence.text)) continue;
      const owners = ownersOf(actor);
      // "Todd from BC government to present …": a first name introduced by its organisation is someone.
      const after = sentence.text.indexOf(actor) + actor.length;
      const introduced = / (?:from|of) \p{Lu}/u.test(sentence.text.slice(after, after + 8));
      const strict = options.strict && strictSingleWord && !introduced;
      if (owners.length > 0 && owners.every((owner) => isActor(owner, names, strict))) return { owners, form, offset: sentence.start };
    }
  }
  return null;
}

/** Names as written, titles removed, "others" dropped. */
export function ownersOf(actor: string): string[] {
  // "CARRIED UNANIMOUSLY Martin Leung": a motion's outcome left on the line before the sentence.
  const written = actor.replace(/^(?:CARRIED|ADOPTED|DEFEATED|ADOPTÉE?|REJETÉE?)(?:\s+(?:UNANIMOUSLY|À L['’]UNANIMITÉ))?\s+/u, '');
  // "Quality and Safety Committee", "Finance and Audit Committee": one body, not two owners.
  // ("Director, Professional Practice": an office and its portfolio are one owner too.)
  const oneBody = /^\p{Lu}\p{L}+\s+(?:and|et|&)\s+(?:\p{Lu}\p{L}+\s+){1,2}(?:Committee|Council|Board|Subcommittee|Working Group|Team|Comité|Conseil)$/u.test(written.trim())
    || /^(?:(?:General |Senior )?Manager|(?:Executive )?Director|Coordinator|(?:Deputy )?Registrar|Chief [A-Z][a-z]+ Officer|Commissioner),\s+\p{Lu}[\p{L}-]*(?:\s+(?:and|&|of|\p{Lu}[\p{L}-]*))*$/u.test(written.trim());
  return (oneBody || isOneOffice(written.trim()) ? [written.trim()] : splitNames(written))
    // ("M. Le Goff-Malaval": after a title, "Le" opens the surname.)
    .map((owner) => { const bare = stripHonorifics(owner); return (bare !== owner.trim() ? bare : bare.replace(/^(?:(?:the|la|le|les)\s+|l['’])/iu, '')).replace(/(?<!\b\p{Lu})[.;]$/u, '').replace(/^\[(\p{Lu}{2,5})\]$/u, '$1'); })
    // "Nadia (FGDO)", "Colleen (NS)": a person and the organisation they are from — the person owns the task.
    .map((owner) => { const noted = /^(.+?)\s*\([^()]+\)$/u.exec(owner)?.[1] ?? ''; return isPersonName(noted) && !isPlaceName(noted) ? noted : owner; })
    // "secrétariat, lettre signée par la présidente": a note after the owner is no owner.
    .filter((owner, index) => index === 0 || !/^\p{Ll}\S*(?:\s+\S+){2,}$/u.test(owner))
    // ("ON and Secretariat to …": Ontario, not the French "on".)
    .filter((owner) => owner !== '' && (!NOBODY.test(owner) || isPlaceName(owner)));
}

const DEMONSTRATIVE = wordRegExp(String.raw`^(?:This|That|These|Those|It|We|You|They|There|If|When|Any)\b`);

// Labels that open a line like a name does ("Direction to staff:", "Recommendation:"): nobody.
const LABEL_WORD = /^(?:Direction|Directions|Recommendation|Recommandation|Motion|Decision|Décision|Note|Notes|Update|Outcome|Résolution|Resolution|Standards?|Item|Items|Action|Actions|Proposition|Amendment|Amendement)$/iu;

/** Whether a written owner is someone: an attendee, a titled or full name, an organisation or a group. */
export function isActor(owner: string, names: KnownNames, strict: boolean): boolean {
  if (LABEL_WORD.test(owner) && /^\p{Lu}/u.test(owner)) return false; // ("la direction vérifiera …" is an office)
  if (/['’]s$/u.test(owner)) return false; // "Manitoba's will follow": a possessive, its noun left out
  if (names.knows(owner) || GROUP.test(owner) || OFFICE_WORD.test(owner) || COLLECTIVE_WORD.test(owner) || isPlaceName(owner)) return true;
  const first = (owner.split(' ')[0] ?? '').toLowerCase();
  if (IMPERATIVE_EN.has(first) || ASKING.has(first)) return false; // "Ask Anthony Pane to review", "Asked Todd Wilson to come"
  const words = owner.split(' ');
  if (words.length === 1) return isOrganizationToken(owner) || (!strict && isPersonName(owner));
  return words.every((word) => /^(?:\p{Lu}|of|de|du|des|la|le|and|for)/u.test(word)) && wordCount(owner) <= 5 && !DEMONSTRATIVE.test(owner);
}

// "[AAFC] circulate the guide – due 27 Sept", "[Omar K. / Grace W.] draft …": owners in brackets before the task.
const BRACKET_OWNER = /^\[([^\]]{1,60})\]\s+\S/u;

/** The owners a task names in brackets before its words, or null. */
export function bracketOwners(text: string): string[] | null {
  const inside = BRACKET_OWNER.exec(text.trim())?.[1];
  if (!inside || !/^\p{Lu}/u.test(inside)) return null;
  const owners = inside.split(/\s*(?:\/|,|&|\band\b|\bet\b)\s*/u).map((owner) => owner.trim()).filter((owner) => owner !== '');
  return owners.length > 0 ? owners : null;
}

// "Maria + Ellen / Post …", "@Amélie, avec l'aide d'Étienne — préparer …", "Guillaume and others: find …".
const LEAD_OWNER = wordRegExp(String.raw`^(${COLLECTIVE}|${NAMES}(?:\s+\+\s+${NAME})*)(?:\s+\(${NAME}\))?(?:\s*,?\s+(?:and|et)\s+(?:others|quelques autres))?(?:,\s*(?:avec|with)\s[^—–:]{1,40})?\s*(?:[-–—/]|:)\s+\S`, 'u');
const ADDRESSED = wordRegExp(String.raw`^(?:Suggestion|Request|Reminder|Demande|Rappel)\s+(?:to|for|à|au|aux)\s+(?:the\s+|le\s+|la\s+)?(${NAMES})\s*:`, 'u');
const TRAILING_OWNER = wordRegExp(String.raw`\s:\s+(${NAME})(?:,\s*[^,]{1,40})?\.?$`, 'u');
// Owners marked at the end of an entry: "… → Dev", "… (Action: Alicia)", "… [Hannah]", "… (Karim)", "… Owner: Tom".
const MARKED_OWNER = wordRegExp(String.raw`(?:(?:→|->|=>)\s*(${NAMES})|\((?:Action|Owner|Lead|Responsable|Resp\.?)\s*:\s*(${NAMES})\)|\[(${NAMES})\]|\((${NAMES})\)|\b(?:Owner|Lead|Responsable)s?\s*:\s*(${NAMES}))\s*\.?$`, 'u');
// In running text only an explicit task marker names an owner: "… → Priya", "… (Action: Priya)".
const TASK_MARKER = wordRegExp(String.raw`(?:(?:→|->|=>)\s*(${NAMES})|[(\[](?:Action|ACTION|AI|Owner|Responsable)\s*:\s*(${NAMES})[)\]])\s*\.?$`, 'u');

// "Guillaume and others: find Greenfield opportunities …": owners, a colon, a task in the imperative.
const OWNER_COLON_TASK = wordRegExp(String.raw`^(${NAMES})(?:\s*,?\s+(?:and|et)\s+(?:others|quelques autres))?\s*:\s+(\p{Ll}[\p{L}'’\-]*)`, 'u');

/** The owners of a "Name: <imperative> …" line in running text, or null. */
export function colonTaskOwners(text: string, names: KnownNames, language: 'en' | 'fr'): string[] | null {
  const match = OWNER_COLON_TASK.exec(text);
  if (!match) return null;
  const verb = match[2] ?? '';
  const imperative = IMPERATIVE_EN.has(verb) || (language === 'fr' && /^\p{Ll}{3,}(?:er|ir|re)$/u.test(verb));
  // ("Kofi: call volume on 18 February was four times …": a noun with its own verb, reported, not a task.)
  const clause = text.slice(match[0].length).split(/[.;!?]/u)[0] ?? '';
  if (/^(?:(?!\b(?:that|which|who|qui|que)\b).)*\b(?:was|were|is|are|had|était|étaient|est|sont)\b/u.test(clause)) return null;
  const owners = ownersOf(match[1] ?? '');
  return imperative && owners.length > 0 && owners.every((owner) => names.knows(owner) || isActor(owner, names, true)) ? owners : null;
}

/** The owners a sentence of discussion marks at its end as a task ("… (Action: Priya)", "… → Dev"), or null. */
export function markedTaskOwners(sentence: string, names: KnownNames): string[] | null {
  const match = TASK_MARKER.exec(sentence.trim());
  const name = match?.slice(1).find((found) => found !== undefined);
  if (!name || /\?/u.test(sentence)) return null;
  const owners = ownersOf(name);
  return owners.length > 0 && owners.every((owner) => isActor(owner, names, false)) ? owners : null;
}

// "Transmettre le calendrier – Luc Bédard – 20 janvier", "Draft the policy | Maria | March 3": the owner as a field after the task.
const OWNER_FIELD = wordRegExp(String.raw`\s[-–—|]\s+(${NAMES})(?:\s+[-–—|]\s+[^-–—|]{1,40}|,\s+[^,–—|]{1,40})?\s*\.?$`, 'u');

/** "Luc Bédard", "M. Roy": a person's full or titled name, never one bare word. */
function isFullName(owner: string): boolean {
  return owner.split(' ').length >= 2 && owner.split(' ').every((word) => /^\p{Lu}/u.test(word)) && !DEMONSTRATIVE.test(owner);
}

const LEAD_SUBJECT = wordRegExp(String.raw`^(${NAME})\s+(?:a\s+|has\s+|have\s+)?\p{Ll}`, 'u');

/**
 * The owners of an entry already known to be an action (an item of an action list, a labelled
 * line): "Owner - task", "Owner: task", "Suggestion to X:", an assignment anywhere in it, "task :
 * M. X, d'ici …", or an attendee as the subject ("Richard has harnessed …"). Empty when none is written.
 */
export function ownersOfAction(written: string, names: KnownNames): string[] {
  // "@Sam and Dana — …", "→ Geneviève : rédiger …": a handle's @ and a leading arrow are marks, not names.
  // ("[ ] Nadia Petrova – send …": a checkbox written as text is a mark too.)
  const text = withContactPerson(written.replace(/^\s*(?:→|->|=>|\[[ xX✓]?\])\s*/u, '').replace(/@(?=\p{Lu})/gu, ''));
  const bracketed = bracketOwners(text) ?? handleOwners(written.trim());
  if (bracketed) return bracketed;
  const handles = dashedHandleOwners(written.trim());
  if (handles) return handles;
  // "À faire : chaque membre transmet ses commentaires …": every member, as the subject of the task.
  const everyone = /^(?:[^:]{1,20}:\s*)?(chaque membre|chacun des membres|each member|every member|tous les membres|all members)\b/iu.exec(text)?.[1];
  if (everyone) return [everyone];
  // "Kenji / Arcfield — sign the agreement — 2025-06-20", "All WG members — review …": owners, a dash, the task.
  const dashed = /^([^—–:]{2,60}?)\s+[—–]\s+\p{Ll}/u.exec(text)?.[1];
  if (dashed) {
    const owners = ownersOf(dashed);
    if (owners.length > 0 && owners.every((owner) => isActor(owner, names, false) || /^(?:All|Tous les|Toutes les)\s/u.test(owner))) return owners;
  }
  const lead = LEAD_OWNER.exec(text)?.[1];
  if (lead && ownersOf(lead).every((owner) => isActor(owner, names, false) && !/^(?:Note|Action|Question|Context|Update)/u.test(owner))) return ownersOf(lead);
  const addressed = ADDRESSED.exec(text)?.[1];
  if (addressed) return ownersOf(addressed);
  const assignment = findAssignment(text, names, { strict: false });
  if (assignment) return assignment.owners;
  // "Circulate a revised draft … (Secretariat, by May 30)", "… (Canada – ISED)", "… (British Columbia, Alberta, Saskatchewan)".
  const closing = /\(([^()]{2,80}?)(?:,\s*(?:by|due|before|d['’]ici(?: le)?|avant(?: le)?|pour(?: le)?)\s+[^()]{1,40})?\)\s*\.?$/u.exec(text)?.[1];
  if (closing && /^\p{Lu}/u.test(closing) && !closing.includes(":")) {
    const owners = closing.split(/\s*,\s*|\s+(?:and|et|&)\s+/u).map((owner) => owner.trim()).filter((owner) => owner !== '');
    if (owners.length > 0 && owners.every((owner) => isActor(owner.replace(/\s+[–—-]\s+.*$/u, ''), names, false))) return owners;
  }
  const marked = MARKED_OWNER.exec(text);
  const markedName = marked?.slice(1).find((name) => name !== undefined);
  if (markedName && ownersOf(markedName).every((owner) => isActor(owner, names, false) && (names.knows(owner) || !/^\p{Lu}{2,}$/u.test(owner)))) return ownersOf(markedName);
  const field = OWNER_FIELD.exec(text)?.[1];
  if (field && ownersOf(field).every((owner) => names.knows(owner) || GROUP.test(owner) || isFullName(owner))) return ownersOf(field);
  const trailing = TRAILING_OWNER.exec(text)?.[1];
  if (trailing && (names.knows(trailing) || startsWithHonorific(trailing))) return ownersOf(trailing);
  const subject = LEAD_SUBJECT.exec(text)?.[1];
  if (subject && names.knows(subject)) return ownersOf(subject);
  const doer = TASK_SUBJECT.map((pattern) => pattern.exec(text)?.[1]).find((found) => found !== undefined);
  return doer && !opensWithImperative(doer, 'en') ? ownersOf(doer) : [];
}

/** "StatCan (Helen) to confirm …", "MB (Elise) - venue options": a government or body and its contact person, both owners. */
function withContactPerson(text: string): string {
  const match = /^(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+\((\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\)(?=\s+(?:to|will|[-–—])\s)/u.exec(text);
  if (!match || isPersonName(match[1] ?? '') && !isPlaceName(match[1] ?? '') || !isPersonName(match[2] ?? '')) return text;
  return `${match[1]} and ${match[2]}${text.slice(match[0].length)}`;
}

// In an entry known to be a task, its subject does it: "Private sector to self-identify …", "Open
// Government team to send …", "Le secteur privé doit déterminer …", "L'équipe du gouvernement ouvert enverra …".
const TASK_SUBJECT = [
  wordRegExp(String.raw`^((?:The\s+)?(?!(?:If|When|Please|Anyone|Everyone|We|You|They|It|This|That|There|Need|Contribute|For|In|On|At|With|By|From|To|Of|As|After|Before|During|Pour|Dans|Avec|En|Au|Aux|Sur|Par|Selon)\b)\p{Lu}[\p{L}'’\-]*(?:\s+(?!(?:would|could|should|like|want|wants|need|needs|is|are|was|were|has|have|can|may|if|who|we|you|they|nous|vous|on)\b)[\p{L}'’\-]+){0,4}?)\s+(?:to\s+${NOT_OBJECT}|will\s+|shall\s+|must\s+)(?!be\b)\p{Ll}`, 'u'),
  wordRegExp(String.raw`^((?:(?:Le|La|Les)\s+|L['’])\p{L}[\p{L}'’\-]*(?:\s+[\p{L}'’\-]+){0,4}?)\s+(?:doit|doivent|devra|devront|va|vont|\p{Ll}{2,}(?:era|ira|ront))\s`, 'u'),
];

// ("Superintendent of Education (Haddad) – Plan …": the office, with the person who holds it in brackets.)
const OWNER_DASH_TASK = wordRegExp(String.raw`^(${NAMES})(?:\s+\((${NAME})\))?(?:\s*,?\s+(?:and|et)\s+others)?\s+[-–—]\s+(\S+)`);

/** "Al - Start high level plan", "Nick – Examiner quelques outils": an owner, a dash, a task in the imperative. */
export function isOwnerDashTask(written: string, names: KnownNames, language: 'en' | 'fr'): boolean {
  const text = withContactPerson(written);
  const match = OWNER_DASH_TASK.exec(text);
  if (match === null || !ownersOf(match[1] ?? '').every((owner) => isActor(owner, names, false))) return false;
  // "T. Leclair — confirm a reviewer — March 29": owner, task and date as fields need no imperative.
  const fields = text.split(/\s[-–—|]\s/u).length;
  const task = match[3] ?? '';
  return fields >= 3 || opensWithImperative(task.charAt(0).toUpperCase() + task.slice(1), language);
}

const ASKING = new Set(['asked', 'requested', 'invited', 'mandated', 'directed', 'tasked']);
