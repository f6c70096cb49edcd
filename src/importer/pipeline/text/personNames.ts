import { isPlaceName, opensWithProvince } from './placeNames';
import { foldKey, wordRegExp } from './words';

/**
 * What a person's name looks like in minutes, in English and French: one to four capitalised
 * words (hyphens, apostrophes and particles allowed), no digits, no organisation or job-title
 * words, no sentence-opening function words. These are shape rules; they do not know names.
 */

/** Titles and ranks that precede a name but are not part of it ("Mme Lavoie", "Constable Delaney"). */
export const HONORIFIC = String.raw`(?:(?:(?:M\.|Mme|[Mm]onsieur|[Mm]adame)\s+)?(?:[Ll]e|[Ll]a)\s+(?:conseill(?:er|ère)|maire|mairesse|préfète?|président(?:e)?|directeur|directrice)(?=\s+\p{Lu})|(?:Mesdames|Messieurs|Mmes|MM\.)\s+les\s+(?:conseill(?:ères|ers)|commissaires|administrat(?:eurs|rices))(?=\s+\p{Lu})|Mme|Mmes|Mlle|MM\.|M\.|Me|[Mm]onsieur|[Mm]adame|[Mm]ademoiselle|Messieurs|Mesdames|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Dre|Prof\.?|(?:(?:Senior|Lead|Staff|Field|Community|Liaison|Police|Peace|Bylaw|By-law|Acting|Neighbou?rhood)\s+){1,3}(?:Officer|Constable|Sergeant|Inspector|Deputy)(?=\s+\p{Lu})|(?:Capitaine|Sergente?|Lieutenante?|Caporale?|Inspect(?:eur|rice)|Captain|Lieutenant|Corporal|Capt\.|Lt\.|Cpl\.)(?=\s+\p{Lu})|Constable|Cst\.?|Const\.(?=\s+\p{Lu})|Sergeant|Sgt\.?|Officer|Inspector|Councill?ors?|Cllrs?\.?|Cr\.?(?=\s+\p{Lu})|PC(?=\s+\p{Lu}[\p{L}.]*\s+\p{Lu})|Conseill(?:er|ère)s|Trustees|Directors(?=\s+\p{Lu})|Conseill(?:er|ère)|Trustee|Commissioner|Commissaire|Alderman|Alderwoman|Mayor|Deputy Mayor|Reeve|Maire|Mairesse|(?:[Tt]he\s+)?Honou?rable\s+Senators|[Ll]es\s+honorables\s+sénat(?:eurs|rices)|(?:[Tt]he\s+)?Honou?rable|[Ll]['’]honorable|[Ll]['’]hon\.|Hon\.?|Rev\.?|(?:Vice-|Co-?)?[Cc]hair(?:person)?(?=\s+\p{Lu})|Copr[ée]sidente?(?=\s+\p{Lu})|Member(?=\s+\p{Lu}\p{Ll})|(?:Secretary-Treasurer|Recording Secretary|Secretary|Treasurer|Deputy Registrar|Registrar|Fire Chief|Chief Administrative Officer|Chief Executive Officer|CAO|CEO)(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu})|(?:Alternate\s+)?Director(?=\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]+(?:$|[\s,.;:(]|\s+(?:asked|said|noted|stated|added|reported|responded|explained)))|(?:(?:Grand|Regional|Deputy|Fire|Police)\s+)?Chief(?=\s+\p{Lu})|Elder(?=\s+\p{Lu})|(?:(?:Associate|Assistant)\s+)?Deputy\s+Minister(?=\s+\p{Lu})|Minister(?=\s+\p{Lu})|Senators|Senator|MLA|MPP|Warden(?=\s+\p{Lu})|Superintendent(?=\s+\p{Lu})|(?:(?:Associate|Assistant|Adjunct|Emeritus)\s+)?Professors?|Drs\.?(?=\s+\p{Lu})|Bros?\.(?=\s+\p{Lu})|Sis\.(?=\s+\p{Lu})|Chef(?=\s+\p{Lu})|Aînée?(?=\s+\p{Lu})|Sous-ministre(?:\s+adjointe?)?(?=\s+\p{Lu})|Ministre(?=\s+\p{Lu})|Préfète?(?=\s+\p{Lu}))`;
const HONORIFICS = wordRegExp(String.raw`^(?:${HONORIFIC}\s+)+`, 'u');

/** A capitalised name word: "Jean-François", "O'Connor", "Séguin"; an initial ("R.", "J.-F.", "M.-C."). */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{Lu}'’\-]*|\p{Lu}\.(?:-\p{Lu}\.)*)$/u;
const PARTICLE = /^(?:de|du|des|da|di|van|von|der|den|la|le|del|dos|bin|ibn|ben|y)$/u;
const CAPITAL_PARTICLE = /^(?:De|Du|Des|Da|Di|Van|Von|Der|Den|La|Le|Del|Dos)$/u;

/** Words that make an entry an organisation, not a person. */
export const ORGANIZATION_WORD =
  wordRegExp(String.raw`\b(?:Inc|Ltd|LLP|LLC|Corp|Corporation|Company|Agency|Association|Board|Bureau|Canada|City|Ville|Council|Conseil|Department|Ministry|Minist[eè]re|Office|Services?|Soci[eé]t[eé]|Society|Universit[yé]|College|Coll[eè]ge|Library|Libraries|Biblioth[eè]ques?|Police|Commission|Committee|Comit[eé]|Secretariat|Secr[eé]tariat|Foundation|Fondation|Institute|Institut|Centre|Center|Government|Gouvernement|Province|R[eé]gion|Municipality|Municipalit[eé]|School|[EÉ]cole|Hospital|H[oô]pital|Bank|Banque|Partners|Solutions|Systems|Technologies|Network|R[eé]seau|Team|[EÉ]quipe|Group|Groupe|WG|Town|Township|Village|County|Nation|Nations|Band|MRC|Paroisse|Parish|Canton|Electoral Area|Authority|Federation|F[eé]d[eé]ration|Chamber|Chambre|Table|Regroupement|Coalition|Alliance|Collectif|Forum|Cabinet|[EÉ]tude|Firm|Caisse|Coop[eé]rative|Cooperative|Co-op|Consultants|Clinic|Clinique|Trust|Fonds|Museum|Mus[eé]e|Syndicat|Ordre|Agence|Club|Circle|Cercle|Collective|C[eé]gep|CEGEP|Polytechnique|Associates|Associ[eé]s|Consulting|Strategies|Strat[eé]gies|Communications|Advisory|Labs?|Collaborative|Caucus|Roundtable|Consortium|Institute|Academy|Acad[eé]mie|Zone|Community|Communaut[eé]|Branch|Division|Directorate)\b`, 'iu');

// Words that name an organisation of its own rather than a unit of the body ("Services", "Operations" do not).
export const OTHER_ORGANIZATION = wordRegExp(String.raw`\b(?:Inc|Ltd|LLP|LLC|Corp|Corporation|Company|Agency|Association|Ministry|Minist[eè]re|Department|City|Ville|Town|Township|Municipality|Municipalit[eé]|County|Government|Gouvernement|Canada|Universit[yé]|College|Coll[eè]ge|Library|Foundation|Fondation|Institute|Institut|Hospital|H[oô]pital|Nation|Nations|Federation|F[eé]d[eé]ration|Commission|Society|Soci[eé]t[eé]|Network|R[eé]seau|Alliance|Coalition|Centre|Center|Trust|Partnership|Club|Ltd\.?)\b|\b\p{Lu}{2,}\b`, 'u');

/** Job titles and functions: they qualify an attendee but are neither a name nor an affiliation. */
export const FUNCTION_WORD =
  wordRegExp(String.raw`\b(?:Portfolio Holder|Cabinet Member|Chair|Chairs|Chairperson|Co-?chair|Vice-?chair|President|Pr[eé]sident|Pr[eé]sidente|Copr[eé]sidente?|Vice-?pr[eé]sidente?|Secretary|Secr[eé]taire|Treasurer|Tr[eé]sori[eè]re?|Clerk|Greffi[eè]re?|Director|Directeur|Directrice|Manager|Gestionnaire|Officer|Coordinator|Coordonnat(?:eur|rice)|Analyst|Analyste|Advisor|Adviser|Conseill(?:er|ère)|Liaison|Agente?|Representative|Repr[eé]sentante?|Minister|Ministre|Deputy|Sous-ministre|Executive|Recording|Staff|Superintendent|Surintendante?|Principal|Administrator|Administrat(?:eur|rice)|Trustee|Commissaire|Commissioner|Controller|Comptroller|Facilitator|Animat(?:eur|rice)|Moderator|Presenter|Pr[eé]sentat(?:eur|rice)|Observer|Observat(?:eur|rice)|CAO|CEO|CFO|COO|CIO|CTO|ADM|DM|DGA?|RN|RDH|PhD|CPA|Registrar|Head|Lead|Chef de service|Coordinator|Auditor|V[eé]rificat(?:eur|rice)|Consultant|Consultante|Counsel|Solicitor|Lawyer|Avocate?|Notaire|Engineer|Ing[eé]nieure?|Planner|Urbaniste|Architecte?|Specialist|Sp[eé]cialiste|Chief|Mayor|Reeve|Warden|Councill?or|Alderman|Maire|Mairesse|Pr[eé]f[eè]te?|D[eé]l[eé]gu[eé]e?|Delegate|Partner|Associ[eé]e|Assistant|Adjointe?|Technicien(?:ne)?|Provost|Vice-Chancellor|Chancellor|Governor|Researcher|Chercheu(?:r|se)|Methodologist|M[eé]thodologiste|Professor|Professeure?|Inspector|Inspect(?:eur|rice)|Scientist|Scientifique|Economist|[EÉ]conomiste|Statistician|Statisticienne?|Lecturer|Foreman|Forewoman|Harbou?r ?[Mm]aster|Supervisor|Superviseure?|Rapporteur|Rapporteuse|Elder|Appointee|MLA|MPP|MNA|MHA|Mgr)\b`, 'iu');

/** Capitalised words that open sentences or label notes; never a person on their own. */
const NOT_A_NAME = new Set(
  ('the a an this that these those it its we you they he she i our your their all any some each every no not if when where what who why how ' +
    'next new update updates action actions item items note notes question questions context history summary agenda minutes meeting present ' +
    'regrets decision decisions motion discussion roundtable business open source working group tools rules people scope status recap ' +
    'presentation presentations overview background objectives priorities topics other members member everyone anyone someone nobody others ' +
    'le la les un une des ce cette ces il elle ils elles on nous vous je tous toutes aucun point points sujet sujets suivi suivis mesures ' +
    'qui que quoi où quand comment pourquoi chacun personne quelqu cela ceci ça ' +
    'download print share back home menu contact search login subscribe contents sommaire ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december')
    .split(' '),
);

export function stripHonorifics(text: string): string {
  // ("Cllr. M. Strachan": after an English title, "M." is an initial, not "Monsieur".)
  return text.replace(HONORIFICS, (titles) => (/\S\s+M\.\s+$/u.test(titles) && !/^(?:M\.|Mme|MM\.)\s/u.test(titles) ? 'M. ' : '')).trim();
}

/**
 * In English "M." before a surname is an initial ("M. Tran"), not the French "Monsieur" that
 * stripHonorifics drops: the name as written again, when `written` gives it with the initial.
 */
export function withEnglishInitial(name: string, written: string): string {
  return !name.startsWith('M. ') && written.includes(`M. ${name}`) ? `M. ${name}` : name;
}

export function startsWithHonorific(text: string): boolean {
  return HONORIFICS.test(text);
}

/** A word in capitals or with an inner capital ("TBS", "OpenPlus", "MongoDB"): an organisation's, not a person's. */
export function isOrganizationToken(word: string): boolean {
  if (/^\p{Lu}{2,}[\p{Lu}\d&]*s?$/u.test(word)) return true;
  // "McAllister", "Cormier-LeBlanc": a surname's own inner capital, in each part of a double name.
  return word.split('-').some((part) => /\p{Ll}\p{Lu}/u.test(part) && !/^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O')\p{Lu}/u.test(part));
}

/**
 * "KAREN LINDQVIST", "DR. MEERA SANDHU", "HAL McCREADY": a name typed wholly in capitals, as PDF
 * attendance tables set it, in the case it would be written in (null when the text is not in
 * capitals or is no name then). One long or hyphenated word must be among them: "TBS SSC" is not a name.
 */
export function nameInCapitals(text: string): string | null {
  const words = text.trim().split(/\s+/u);
  // "Mme TANGUY", "M. GUILLOU Erwan", "Mme LE GALL-MOREAU": after a civility any surname in capitals is a person's.
  const civility = words.length >= 2 && CIVILITY.test(words[0] ?? '') && words.slice(1).some((word) => /^\p{Lu}[\p{Lu}'’-]+$/u.test(word))
    && words.slice(1).every((word) => /^\p{Lu}[\p{Lu}'’.-]*$|^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(word));
  if (civility) return `${words[0]} ${titleCase(words.slice(1))}`;
  if (words.length < 2 || !words.every((word) => /^(?:Mc|Mac)?\p{Lu}[\p{Lu}'’.-]*$/u.test(word))) return null;
  if (!words.some((word) => isCapitalSurname(word.replace(/^(?:Mc|Mac)(?=\p{Lu})/u, '')))) return null;
  const titled = titleCase(words);
  return isPersonName(titled) ? titled : null;
}

const CIVILITY = /^(?:Mme|Mmes|Mlle|Madame|Monsieur|Mademoiselle|M\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Dre|Me)$/u;

/** "Mme RIOU (…)", "M. LAUNAY": text that opens with a civility and then a capital. */
export function opensWithCivility(text: string): boolean {
  const [first = '', second = ''] = text.trim().split(/\s+/u);
  return CIVILITY.test(first) && /^\p{Lu}/u.test(second);
}

function titleCase(words: string[]): string {
  return words.map((word) => word.toLowerCase().replace(/(^|[-'’]|^mc|^mac)(\p{Ll})/gu, (_all, before: string, letter: string) => `${before.replace(/^m/u, 'M')}${letter.toUpperCase()}`)).join(' ');
}

/** "OUELLET", "CÔTÉ", "ST-ONGE": a surname in capitals — long, accented or hyphenated, unlike "TBS" or "IRCC". */
function isCapitalSurname(word: string): boolean {
  if (!/^\p{Lu}[\p{Lu}'’-]+$/u.test(word)) return false;
  return /[-'’ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ]/u.test(word) || (word.length >= 5 && /[AEIOUY].*[AEIOUY]/u.test(word));
}

/** True when the text (honorifics removed) has the shape of a person's name. */
export function isPersonName(text: string, maxWords = 4): boolean {
  const words = stripHonorifics(text).split(/\s+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > maxWords) return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (PARTICLE.test(first) || PARTICLE.test(last)) return false;
  const bare = words.join(' '); // the name without the titles in front of it ("Deputy Mayor Bill Jones")
  // ("M. Le Goff-Malaval", "Mme De Souza": after a title, a capitalised particle opens the surname.)
  const titled = bare !== text.trim().replace(/\s+/gu, ' ');
  if (ORGANIZATION_WORD.test(bare) || FUNCTION_WORD.test(bare) || isPlaceName(bare) || opensWithProvince(bare)) return false;
  return words.every((word, index) => {
    if (PARTICLE.test(word)) return true;
    // "Tristan Le Goff-Malaval", "Anna Van Dyke": a capitalised particle between first name and surname.
    if ((index > 0 || titled) && index < words.length - 1 && CAPITAL_PARTICLE.test(word) && NAME_WORD.test(words[index + 1] ?? '')) return true;
    // "Mathieu OUELLET", "Olivier CÔTÉ": a surname in capitals after a first name, the French way (an acronym is shorter).
    if (index > 0 && index === words.length - 1 && isCapitalSurname(word) && !/^\p{Lu}+$/u.test(first)) return !NOT_A_NAME.has(foldKey(word));
    if (!NAME_WORD.test(word) || isOrganizationToken(word)) return false;
    // ("A Whitworth", "I Petrenko": an initial without its full stop, the British way, even when it spells a word.)
    if (index === 0 && words.length === 2 && /^\p{Lu}$/u.test(word) && /^\p{Lu}\p{Ll}{2,}/u.test(words[1] ?? '')) return true;
    return !NOT_A_NAME.has(foldKey(word));
  });
}

/** "Réjean Lapointe, Club FADOQ": text that opens with a full name (a wrapped word such as "Sauvagine" does not). */
export function opensWithFullName(text: string): boolean {
  // ("Mme Ginette Lafrenière<TAB>présidente": a tab ends the name as a comma would.)
  const head = stripHonorifics(text.split(/\s*[,(–—\t]/u)[0] ?? '').trim();
  return head.includes(' ') && isPersonName(head);
}

/** "KAREN LINDQVIST, Board Chair", "Hon. Ivan Kostiuk, …", "M. Castellanos": an entry that opens with a person. */
export function namesSomeone(value: string): boolean {
  return opensWithFullName(value) || nameInCapitals(value.split(/\s*[,(]/u)[0] ?? '') !== null || /^\p{Lu}\.(?:-?\p{Lu}\.)?\s+\p{Lu}/u.test(value);
}

/**
 * The people listed in a document's attendance, for recognising them where the text names them
 * again by full name, first name or surname. Two attendees who share a first name both answer to
 * it; nothing here merges them.
 */
export class KnownNames {
  private readonly forms = new Set<string>();

  constructor(names: Iterable<string>) {
    for (const name of names) this.add(name);
  }

  get isEmpty(): boolean {
    return this.forms.size === 0;
  }

  add(name: string): void {
    const words = foldKey(stripHonorifics(name)).split(' ').filter((word) => word !== '');
    if (words.length === 0) return;
    this.forms.add(words.join(' '));
    this.forms.add(words[0] ?? '');
    if (words.length > 1) {
      this.forms.add(words[words.length - 1] ?? '');
      // "Émilie B.", "T. Leclair": a first name and an initial, or an initial and the surname.
      this.forms.add(`${words[0]} ${(words[words.length - 1] ?? '').charAt(0)}.`);
      this.forms.add(`${(words[0] ?? '').charAt(0)}. ${words[words.length - 1]}`);
    }
  }

  /** The written name is an attendee's full name, first name or surname. */
  knows(written: string): boolean {
    return this.forms.has(foldKey(stripHonorifics(written)));
  }
}
