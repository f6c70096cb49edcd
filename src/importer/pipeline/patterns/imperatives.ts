import { wordRegExp } from '../text/words';

/** Verbs in the imperative (EN) or infinitive (FR) that open a to-do, and requests put to all members. */
export const IMPERATIVE_EN = new Set(
  ('speak talk tell read reply respond help attend join bring gather submit request recruit hire prepare hold host assess draft ask send share review contact create provide prepare draft circulate update confirm schedule book invite follow set organize organise identify check look reach connect find write add post publish distribute develop choose prioritize prioritise plan explore investigate complete finalize finalise submit present meet discuss document work start continue coordinate engage inform consult arrange research compile collect gather define assess determine clarify get make put take give bring seek obtain establish consider propose verify validate test bring report notify remind email call register sign invite translate avoid use limit keep ensure support encourage promote raise build include incorporate integrate revise amend edit upload forward resubmit renew launch issue install implement deliver design tag merge fix train recommend monitor track analyze analyse evaluate estimate scope outline summarize summarise compare approve purchase invoice advertise announce notify follow-up')
    .split(' '),
);

// A request put to everyone: "We are requesting you to provide feedback …", "Members are invited to …".
const REQUEST_TO_ALL = wordRegExp(String.raw`\b(?:requesting|asking|ask|invite|invites|inviting|encourage|encourages|encouraging|urge|urges)\s+(?:you|all members|members|everyone|all)\s+to\s+\p{Ll}|\b(?:vous|les membres)\s+(?:êtes|sont)\s+(?:invités?|priés?)\s+(?:à|de)\s`, 'iu');
// "Faites-nous part de vos commentaires …", "Veuillez transmettre …": the French imperative addressed to the members.
const IMPERATIVE_FR_PLURAL = /^(?:Veuillez|\p{Lu}\p{Ll}{2,}ez)(?:-(?:nous|moi|le|la|les|en|y))?\b/u;

/** A request to the members as a whole, or an imperative with a deadline ("Provide your feedback on it in 2 weeks"): a task without owner. */
export function isRequestToAll(sentence: string, language: 'en' | 'fr', due: string | null): boolean {
  if (REQUEST_TO_ALL.test(sentence)) return true;
  return due !== null && (opensWithImperative(sentence, language) || IMPERATIVE_FR_PLURAL.test(sentence) || (language === 'fr' && opensWithImperative(sentence, 'en')));
}

/** A line opening with a verb in the imperative (EN) or infinitive (FR): a to-do without owner. */
export function opensWithImperative(text: string, language: 'en' | 'fr'): boolean {
  const first = /^\p{L}+/u.exec(text)?.[0] ?? '';
  if (!/^\p{Lu}/u.test(first)) return false;
  if (language === 'fr') return /^\p{Lu}\p{Ll}{2,}(?:er|ir|re)$/u.test(first);
  return IMPERATIVE_EN.has(first.toLowerCase());
}
