import type { KnownNames } from '../text/personNames';
import { isActor, ownersOf } from './assignments';

// "Réserver le local … : S. Bélanger-Oulet (14 avril)", "Mise en demeure … : J.-F. Ostiguy, avec l'appui de Josée
// Carignan (22 avril)": a follow-up list written task first, its owners after the colon, the deadline in parentheses.
const TASK_COLON_OWNERS = /^(\S.{7,}?)\s+:\s+([^:()]+?)(?:\s*\(([^()]+)\))?\s*\.?$/u;
// Who helps is no owner: "avec l'appui de …", "with support from …".
const HELPER = /,?\s+(?:avec l['’]appui d[e']|avec l['’]aide d[e']|en collaboration avec|with (?:support|help) from|with the support of|supported by)\s.*$/iu;

/** The owners and deadline of a "task : owners (due)" entry, or null when what follows the colon names no one. */
export function taskThenOwners(text: string, names: KnownNames): { owners: string[]; due: string | null } | null {
  const match = TASK_COLON_OWNERS.exec(text.trim());
  if (!match) return null;
  const owners = ownersOf((match[2] ?? '').replace(HELPER, ''));
  if (owners.length === 0 || !owners.every((owner) => names.knows(owner) || isActor(owner, names, true))) return null;
  return { owners, due: match[3]?.trim() ?? null };
}
