import type { Block } from '../../read/types';
import { lookUpHeading } from '../structure/headingLexicon';

/**
 * "- **Next steps:**" with the tasks as its sub-items, "Action items:" over a list: an action list
 * inside a discussion (or under an agenda item) is read as one. The rest is running text.
 */
export function labelledLists(blocks: Block[]): { lists: Block[][]; rest: Block[] } {
  const lists: Block[][] = [];
  const rest: Block[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index] as Block;
    const label = block.kind === 'listItem' || block.kind === 'paragraph' ? /^(.{2,40}?)\s?:$/u.exec(block.text.trim())?.[1] : undefined;
    if (!label || lookUpHeading(label, true)?.kind !== 'actions') {
      rest.push(block);
      continue;
    }
    const depth = block.kind === 'listItem' ? block.depth : -1;
    const items: Block[] = [];
    while (index + 1 < blocks.length && (blocks[index + 1] as Block).kind === 'listItem' && ((blocks[index + 1] as Extract<Block, { kind: 'listItem' }>).depth > depth)) {
      index += 1;
      const item = blocks[index] as Extract<Block, { kind: 'listItem' }>;
      items.push({ ...item, depth: item.depth - depth - 1 });
    }
    if (items.length > 0) lists.push(items);
  }
  return { lists, rest };
}
