import { opensWithImperative } from '../patterns/imperatives';
import { wordCount, wordRegExp } from '../text/words';

// "all working groups, look at …": the group addressed, then the task in the imperative.
const VOCATIVE = wordRegExp(String.raw`^((?:all\s+)?[\p{L}][\p{L}\s-]{1,40}?),\s+(\p{Ll}+)\b`, 'u');
const RELATIVE = wordRegExp(String.raw`\b(?:who|that|which|qui|que)\b`, 'iu');
// "For communications, identify …": a phrase of circumstance, not someone addressed.
const PREPOSITION = wordRegExp(String.raw`^(?:for|in|on|at|with|by|from|to|of|as|after|before|during|if|when|once|pour|dans|avec|en|au|aux|sur|par|selon|si|lorsque)\b`, 'iu');

/** The addressee of an imperative task ("all working groups, look at …"), or none. */
export function vocativeOwner(body: string): string[] {
  const match = VOCATIVE.exec(body);
  const addressee = match?.[1] ?? '';
  const verb = match?.[2] ?? '';
  if (!match || wordCount(addressee) > 4 || RELATIVE.test(addressee) || PREPOSITION.test(addressee)) return [];
  const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  if (opensWithImperative(capitalised(addressee), 'en') || !opensWithImperative(capitalised(verb), 'en')) return [];
  return [addressee];
}
