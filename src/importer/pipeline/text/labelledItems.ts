import type { Block } from '../../read/types';
import { foldWhitespace } from './words';

/**
 * A labelled item whose words follow on the next block ("Mesure de suivi no 1 :" then "L'ISAC
 * enverra …", a record's right-hand column): the label and its body read as one item.
 */
export interface LabelledItem {
  text: string;
  lines: [number, number];
  /** The block that held the body, when it was not the label's own. */
  body?: Block;
}

export function withBody(blocks: Block[], index: number, bodyAfterLabel: string): LabelledItem {
  const label = blocks[index] as Block;
  const text = label.kind === 'tableRow' ? label.cells.join(', ') : label.text;
  const next = blocks[index + 1];
  if (bodyAfterLabel.trim() !== '' || !next || (next.kind !== 'paragraph' && next.kind !== 'listItem')) return { text, lines: label.lines };
  return { text: foldWhitespace(`${text} ${next.text}`), lines: [label.lines[0], next.lines[1]], body: next };
}

/** The number of a labelled item ("no 2A", "#2B", "n° 3") in upper case, or null. */
export function itemNumber(text: string): string | null {
  return /(?:#|\bno\.?|n°|number)\s*(\d+[A-Za-z]?)/u.exec(text)?.[1]?.toUpperCase() ?? null;
}
