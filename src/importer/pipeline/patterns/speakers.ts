import { KnownNames, isPersonName, startsWithHonorific, stripHonorifics } from '../text/personNames';
import { splitSentences, wordCount, wordRegExp } from '../text/words';
import { isPlaceName } from '../text/placeNames';
import { NAME, NAMES, splitNames } from './nameRegex';

/**
 * Who speaks in a block of minutes: "Jim: …" / "Jim - …" labels, a name alone on its line heading
 * that person's points, and "Jim noted / Mme Lavoie demande …" sentences. A name counts when it is
 * an attendee's full name, first name or surname (or, in a document without an attendance list,
 * a full name); a title in front of a name ("M.", "Constable") also makes it a person.
 */

// "Émilie Bergeron (CJE) : …": the speaker's organisation may sit between the name and the colon.
const LABEL = wordRegExp(String.raw`^(${NAME})(?:\s*\([^)]{1,60}\))?\s?:\s*(.*)$`, 'u');
const TAGGED = wordRegExp(String.raw`^\((${NAME})\)\s+(\S.*)$`, 'u');
const DASH = wordRegExp(String.raw`^(${NAME})\s+[-–—]\s+(\S.*)$`, 'u');
const INTRODUCED = wordRegExp(String.raw`^(${NAME})\s+(?:from|of|de|du)\s+\S.*$`, 'u');

const REPORTING_EN =
  'presented|presents|supported|supports|reported|reports|noted|notes|said|says|stated|states|asked|asks|requested|requests|explained|explains|answered|answers|replied|replies|responded|responds|confirmed|confirms|mentioned|mentions|suggested|suggests|indicated|indicates|added|adds|commented|comments|raised|raises|highlighted|highlights|emphasized|emphasised|stressed|pointed out|expressed|informed|reminded|described|describes|outlined|outlines|summarized|summarised|introduced|clarified|clarifies|wondered|updated|briefed|remarked|observed|acknowledged|shared|gave|provided|thanked|thanks|welcomed|welcomes|announced|announces|concluded|encouraged|invited|recognized|recognised|proposed|recommended|addressed|questioned|queried|inquired|enquired|cautioned|advised|argued|urged|disagreed|objected|affirmed|underlined|underscored|reiterated|recalled|spoke|reviewed|walked|inquires|read|demoed|demonstrated|notes that|emphasizes|highlights|made (?:a|an) (?:\\p{Ll}+ )?(?:presentation|statement|submission)|was present regarding|were present regarding|appeared before';
const REPORTING_FR =
  'présente|présentent|a présenté|demande|demandent|a demandé|répond|répondent|a répondu|souligne|soulignent|a souligné|explique|expliquent|a expliqué|indique|indiquent|a indiqué|mentionne|a mentionné|précise|a précisé|rappelle|a rappelé|signale|a signalé|note|a noté|ajoute|a ajouté|confirme|a confirmé|informe|a informé|fait part|fait le point|suggère|a suggéré|rapporte|a rapporté|affirme|a affirmé|estime|partage|a partagé|remercie|a remercié|s[’\']interroge|se demande|propose|a proposé|commente|a commenté|déclare|déclarent|a déclaré|fait remarquer|font remarquer|raconte|donne un aperçu|souhaite|souhaitent|observe|conclut|encourage|invite|félicite|reconnaît|insiste|résume|annonce|poursuit|se dit|appuie|est d’accord|est d\'accord|pose des questions|pose une question|rend compte|fait rapport|fait état|dépose|fait la lecture|fait lecture|s’adresse|s\'adresse|interpelle|questionne|fait valoir|met en garde|réitère|exprime|se questionne|soulève|évoque|passe en revue|déplore|se réjouit|précisent|ajoutent|rappellent|mentionnent|estiment';
// "Danielle White, Services aux Autochtones Canada, déclare", "Catherine Bennett (coprésidente, EDSC) remercie".
// ("Mr. Ostrowski-Lee (Canada), presenting the results of the survey, said …": both may follow the name.)
const APPOSITION = String.raw`(?:\s*\([^)]{1,100}\))?(?:,\s[^.;]{1,150}?,)?`;
// What may lead to the speaker: a short clause and a comma, an item's title and a dash ("7.2 Transport — Gilles
// Robichaud signale …"), a label ("Suivi : Mme Vaillancourt informe …").
// "Band Manager Corinne Sayese reported …", "Finance Officer Darren Lavallee presented …": a job title before the name.
const JOB_TITLE = String.raw`(?:(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Manager|Coordinator|Officer|Director|Adviser|Advisor|Planner|Administrator|Engineer|Analyst|Superintendent|Principal|Supervisor|Lead|Clerk|Solicitor|Consultant)\s+(?=\p{Lu}[\p{L}'’-]+\s+\p{Lu}))`;
// "DM Patel (Ontario) noted …", "Associate DM Venkataraman explained …": an office written before a surname.
const OFFICE_TITLE = String.raw`(?:(?:(?:Associate|Assistant|Deputy)\s+)?(?:DM|ADM|Minister|Ministre|Mayor|Maire|Mairesse|Councill?or|Conseill(?:er|ère)|Trustee|Elder|Chief)\s+(?=\p{Lu}))`;
const REPORTING = wordRegExp(String.raw`^(?:[^,]{0,40},\s+|[^—–:.]{1,60}\s[—–]\s+|[^:.]{1,30}\s?:\s+)??(?:${JOB_TITLE}|${OFFICE_TITLE})?(${NAME}(?:\s+(?:and|et)\s+${NAME})?)${APPOSITION}\s+(?:also\s+|then\s+|aussi\s+|également\s+|en outre\s+)?(?:${REPORTING_EN}|${REPORTING_FR})\b`, 'u');

// "Saskatchewan (R. Lim) noted …", "Québec (H. Gauthier-Roy) indicated …": the party, then who spoke for it in parentheses.
const PARTY_SPEAKER = wordRegExp(String.raw`^(?:[^,]{0,40},\s+)??\p{Lu}[\p{L}'’.-]*(?:\s+(?:and|et|of|de|du|des|la|le|\p{Lu}[\p{L}'’.-]*)){0,5}\s+\((${NAME})\)\s+(?:also\s+|then\s+|aussi\s+|également\s+)?(?:${REPORTING_EN}|${REPORTING_FR})\b`, 'u');

// "Harriet Okonkwo and Sandra Kowalczyk made statements and, with Luc Bernier-Thompson, answered questions.",
// "Hélène Marchildon fait une déclaration et, avec Darius Fontaine-Mbala, répond aux questions.": witnesses heard.
const WITNESSES_HEARD = wordRegExp(String.raw`^(${NAMES})\s+(?:made\s+(?:a\s+|an\s+opening\s+)?statements?|(?:fait|font)\s+(?:une|des)\s+déclarations?)(?:\s+(?:and|et),\s+(?:with|avec)\s+(${NAMES}),\s+(?:answered|répond(?:ent)?)|\s+(?:and|et)\s+(?:answered|répond(?:ent)?))?\b`, 'u');

const TAG = /^\[\p{Lu}{2,5}\]$/u;
/** The speaker as the record will name them: "[JPA]" is JPA. */
const spoken = (name: string) => { const bare = stripHonorifics(name); return TAG.test(bare) ? bare.slice(1, -1) : bare; };

// "Marcus Lindqvist (Halvard Systems): …": a full name with its organisation, labelling what they said, whether listed
// or not; "Coldwater Bay (K. Anderssen): …": a party with the person who spoke for it.
const LABEL_WITH_NOTE = /^([^():]{2,60}?)\s*\(([^()]{1,60})\)\s?:\s*\S/u;

export type SpeakerForm = 'label' | 'dash' | 'bare' | 'prose';

export interface SpeakerMention {
  speaker: string;
  form: SpeakerForm;
  /** Offset of the sentence that names the speaker (prose) or 0. */
  offset: number;
}

/** Whether the written name is a person: an attendee, a titled name, or a full name when no list exists. */
function isSpeakerName(written: string, names: KnownNames): boolean {
  const bare = stripHonorifics(written);
  // "[JPA] signale …": the initials a member list gave a member ("Jean-Philippe Auclair [JPA]").
  if (TAG.test(bare)) return names.knows(bare.slice(1, -1));
  if (bare === '' || !isPersonName(bare, 3)) return false;
  if (names.knows(bare)) return true;
  if (startsWithHonorific(written) && bare !== written) return true;
  return names.isEmpty && wordCount(bare) >= 2;
}

/**
 * "Jim: …", "Noureen : …", "Guillaume:" (points below) — the label form; and "(Mike) Inner source
 * only …", a note tagged with its speaker, when the tag is an attendee's name.
 */
export function labelSpeaker(text: string, names: KnownNames): SpeakerMention | null {
  const name = LABEL.exec(text)?.[1];
  if (name && isLabelName(name, names)) return { speaker: spoken(name), form: 'label', offset: 0 };
  const [, outer = '', inner = ''] = LABEL_WITH_NOTE.exec(text) ?? [];
  // ("MOTION (Haddad): That …": the mover of a motion, no speaker.)
  if (/^(?:motion|resolution|résolution|proposition|action|decision|décision|amendment|amendement|vote|item|point)\b/iu.test(outer.trim())) return null;
  if (inner !== '' && isSpeakerName(inner, names)) return { speaker: spoken(inner), form: 'label', offset: 0 };
  const full = stripHonorifics(outer);
  if (full !== '' && wordCount(full) >= 2 && isPersonName(full, 3) && !isPlaceName(full)) return { speaker: full, form: 'label', offset: 0 };
  const tagged = TAGGED.exec(text)?.[1];
  return tagged && !names.isEmpty && names.knows(stripHonorifics(tagged)) ? { speaker: stripHonorifics(tagged), form: 'label', offset: 0 } : null;
}

/** "Robot Missions: …" reads like a speaker too: without an attendance list a label needs a title ("Mme X:"). */
function isLabelName(written: string, names: KnownNames): boolean {
  return isSpeakerName(written, names) && (!names.isEmpty || startsWithHonorific(written));
}

/** "Jim - Hackathon is a lot of work" — outside action lists, where "Name - task" names an owner. */
export function dashSpeaker(text: string, names: KnownNames): SpeakerMention | null {
  const name = DASH.exec(text)?.[1];
  return name && isLabelName(name, names) ? { speaker: stripHonorifics(name), form: 'dash', offset: 0 } : null;
}

/** A name alone on its line ("Janique"), or introduced ("Reginald from Statistics Canada"), heading that person's points. */
export function bareSpeaker(text: string, names: KnownNames): SpeakerMention | null {
  const plain = text.replace(/[:\s]+$/u, '');
  if (wordCount(plain) <= 3 && isSpeakerName(plain, names) && names.knows(plain)) return { speaker: stripHonorifics(plain), form: 'bare', offset: 0 };
  const introduced = wordCount(plain) <= 12 && !/[.!?]$/.test(plain) ? INTRODUCED.exec(plain) : null;
  const name = introduced?.[1];
  return name && names.knows(name) ? { speaker: stripHonorifics(name), form: 'bare', offset: 0 } : null;
}

/** Within one passage, "Deb" after "Deb Bergey" is the same speaker going on. */
function samePerson(earlier: string, later: string): boolean {
  const words = earlier.split(' ');
  return later === earlier || words.includes(later);
}

/** The speaker in parentheses after a party, when that is a person ("Saskatchewan (R. Lim) noted"). */
function partySpeaker(sentence: string, names: KnownNames): string | undefined {
  // ("Ms. Kowalczyk-Brandt (Poland) welcomed …": a titled person, then the country they speak for — the person speaks.)
  if (startsWithHonorific(sentence.replace(/^(?:[^,]{0,40},\s+)/u, '')) || startsWithHonorific(sentence)) return undefined;
  const name = PARTY_SPEAKER.exec(sentence)?.[1];
  return name !== undefined && isSpeakerName(name, names) ? name : undefined;
}

const TOPIC_DASH = /^[^.;:!?–—-]{3,50}?\s[–—-]\s+(?=\p{Lu})/u;

/** Every sentence whose subject is a named person with a reporting verb ("Mme Lavoie demande si …"). */
export function proseSpeakers(text: string, names: KnownNames): SpeakerMention[] {
  const found: SpeakerMention[] = [];
  // Each clause after a semicolon may give the floor to someone else ("M. Roy demande …; le conseiller Poulin précise …").
  const clauses = splitSentences(text).flatMap((sentence) => {
    let start = sentence.start;
    return sentence.text.split(/(?<=;)\s+/u).map((clause) => {
      const at = text.indexOf(clause, start);
      start = at + clause.length;
      return { text: clause, start: at };
    });
  });
  for (const clause of clauses) {
    // "Alt text for charts - Devinder presented …": the item's topic and a dash before the sentence.
    const topic = TOPIC_DASH.exec(clause.text)?.[0] ?? '';
    const sentence = { text: clause.text.slice(topic.length), start: clause.start + topic.length };
    const heard = WITNESSES_HEARD.exec(sentence.text);
    const written = heard ? [heard[1], heard[2]].filter((part) => part !== undefined).join(', ') : partySpeaker(sentence.text, names) ?? REPORTING.exec(sentence.text)?.[1];
    for (const name of written ? splitNames(written) : []) {
      // "Deb Bergey présente … Deb fait remarquer …": the same speaker going on; after someone else spoke, a new statement.
      const previous = found[found.length - 1];
      if (previous && samePerson(previous.speaker, stripHonorifics(name))) continue;
      // A reporting verb makes a full name a speaker even when the attendance does not list it (presenters).
      if (isSpeakerName(name, names) || (wordCount(stripHonorifics(name)) >= 2 && isPersonName(stripHonorifics(name), 3))) {
        found.push({ speaker: spoken(name), form: 'prose', offset: sentence.start });
      }
    }
  }
  return found;
}
