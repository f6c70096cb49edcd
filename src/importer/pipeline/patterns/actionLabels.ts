import type { Block } from '../../read/types';
import { wordRegExp } from '../text/words';
import { NAMES } from './nameRegex';

/**
 * Lines labelled as tasks: "ACTION: …", "Action item: …", "Action items: …", "Action item Jeff: …",
 * "Action for Guillaume - …", "Action item for the Tools WG to …", "Mesure de suivi : …", "To do:",
 * "@Rosalind: circulate …", and unticked checkboxes ("- [ ] …").
 */
const LABEL = wordRegExp(String.raw`^(?:(?:ACTION(?:\s+ITEMS?)?|Action\s+items?|Action|To\s?-?do|TODO|À\s+faire|Mesures?\s+de\s+suivi|Suivi|MANDAT|Mandat|Follow-?up|FOLLOW-?UP)(?:\s*(?:#|no\.?|n°)\s*\d+\w?|\s+\p{Lu}{0,4}-?\d{1,4}(?:[-.]\d{1,4})*\w?)?|#\d+\p{Lu})(?=\s*[:\-–]|\s+for\b|\s+pour\b|\s+\p{Lu}|\s*\([^)]{1,40}\)\s*:|\s*\[[^\]]{1,40}\](?:\s*\+\s*\[[^\]]{1,40}\])*\s*:)|^AI(?=\s*:)|^(?:→|->|=>)(?=\s*\p{Lu})|^@[\p{L}\d_.-]+(?=\s*:\s*\p{Ll})`, 'u');
const NAMED_LABEL = wordRegExp(String.raw`^(?:Action\s+items?|Action|ACTION(?:\s+ITEMS?)?|TODO|To\s?-?do|À\s+faire)\s*(?:\((${NAMES})\)\s*:|(?=\[)(${NAMES})\s*:|\s(?!ITEMS?\b)(?:for\s+(?:the\s+)?|pour\s+(?:le\s+|la\s+)?)?(${NAMES})\s*(?:[:\-–]|\s+to\s+\p{Ll}))`, 'u');
const CHECKBOX = /^\s*(?:[-*+]\s+)?\[ \]\s+/u;

export function isLabelledAction(text: string): boolean {
  return LABEL.test(text);
}

/** The words after the label ("ACTION: X to …" → "X to …"). */
export function afterActionLabel(text: string): string {
  const label = LABEL.exec(text);
  if (!label) return text;
  return text.slice(label[0].length).replace(/^\s*[:\-–]\s*/u, '').trim();
}

/** The owner a label names: "Action item Jeff:", "Action for Guillaume -", "Action item for the Tools WG to". */
export function labelOwner(text: string): string | null {
  // "@Rosalind: circulate the summary …", as foundation boards assign tasks to an officer.
  const handle = /^@([\p{L}\d_.-]+)\s*:\s*\p{Ll}/u.exec(text)?.[1];
  if (handle) return handle;
  const match = NAMED_LABEL.exec(text);
  return match?.[1] ?? match?.[2] ?? match?.[3] ?? null;
}

/** An unticked checkbox on the block's first source line (markdown readers drop the box from the text). */
export function isCheckbox(block: Block, source: string[]): boolean {
  return block.kind === 'listItem' && CHECKBOX.test(source[block.lines[0] - 1] ?? '');
}
