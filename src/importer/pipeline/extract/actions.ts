import type { Block } from '../../read/types';
import type { ExtractedAction, Section } from '../types';
import { afterActionLabel, isCheckbox, isLabelledAction, labelOwner } from '../patterns/actionLabels';
import { findAssignment, opensWithImperative, ownersOf, ownersOfAction } from '../patterns/assignments';
import { findDue } from '../patterns/dueDates';
import type { KnownNames } from '../text/personNames';
import { itemNumber, withBody } from '../text/labelledItems';
import { blockText, lineOfSentence } from '../text/sourceLines';
import { splitSentences, wordRegExp } from '../text/words';
import { vocativeOwner } from './vocativeOwner';
import { type TaskColumns, fieldedTask, groupOwnersOf, isNotATask, tableRowAction, taskColumns } from './fieldedActions';

// "… will help with this": a sub-entry that only says who does the entry above.
const REFERS_BACK = wordRegExp(String.raw`\b(?:this|it|that|cela|ceci)\b`, 'iu');

export interface ActionContext {
  names: KnownNames;
  source: string[];
  language: 'en' | 'fr';
  /** Blocks of a named speaker's passage ("X will …" there is reported speech). */
  inPassage: Set<Block>;
  /** Blocks already read as decisions or motions. */
  consumed: Set<Block>;
}

/**
 * Action items, numbered or not: every top-level entry of an action section (and a sub-entry that
 * states its own task; one that only names who does the entry above gives it its owners), lines
 * labelled "ACTION:" / "Action item…", unticked checkboxes, and in discussion "X to …", "X will
 * …", "X fera …", "asked X to …". Owners and due dates as written.
 */
export function extractActions(sections: Section[], context: ActionContext): ExtractedAction[] {
  const actions: ExtractedAction[] = [];
  for (const section of sections) {
    if (section.kind === 'actions') actions.push(...actionList(section.blocks, context));
    else if (section.kind === 'discussion' || section.kind === 'decisions') actions.push(...actionsInText(section.blocks, context));
  }
  return actions;
}

/**
 * An action list: each top-level entry is an action (a table row by its Who / What / When columns,
 * "Who: / What: / When:" lines as one); a parent entry naming owners ("Working group members to:")
 * gives them to each of its sub-entries and is none itself; done checkboxes and "Next meeting:" are none. A sub-entry (depth 1) that states its own task
 * is one too; one that only says who does the entry above ("X will help with this") gives it owners;
 * any other sub-entry is a detail of the entry above and widens its lines.
 */
function actionList(blocks: Block[], context: ActionContext): ExtractedAction[] {
  const actions: ExtractedAction[] = [];
  let parent: ExtractedAction | null = null;
  let groupOwners: string[] | null = null;
  let columns: TaskColumns | null = null;
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index] as Block;
    if (block.kind === 'heading' || isNotATask(block, context.source)) continue;
    if (block.kind === 'tableRow') {
      if (block.header) columns = taskColumns(block.cells);
      else actions.push(columns ? tableRowAction(block, columns) : listed(block, blockText(block), context));
      continue;
    }
    const text = blockText(block);
    const depth = block.kind === 'listItem' ? block.depth : 0;
    const fielded = fieldedTask(blocks, index);
    if (fielded) {
      actions.push(fielded.action);
      index = fielded.last;
      continue;
    }
    if (depth === 0) groupOwners = groupOwnersOf(text);
    if (depth === 0 && groupOwners) continue; // "Working group members to:" heads its sub-entries
    if (depth === 1 && groupOwners) {
      actions.push({ ...listed(block, text, context), owners: groupOwners });
      continue;
    }
    if (depth === 0 || !parent) {
      parent = listed(block, text, context);
      actions.push(parent);
      continue;
    }
    const owners = depth === 1 ? findAssignment(text, context.names, { strict: false })?.owners ?? [] : [];
    if (owners.length > 0 && parent.owners.length === 0 && REFERS_BACK.test(text) && text.split(' ').length <= 12) {
      parent.owners = owners; // "Daniel Buijs and Jim Cowie will help with this": who does the entry above
      parent.lines = [parent.lines[0], block.lines[1]];
    } else if (depth === 1 && (owners.length > 0 || opensWithImperative(text, context.language))) {
      actions.push(listed(block, text, context));
    } else if (actions[actions.length - 1] === parent) {
      parent.lines = [parent.lines[0], block.lines[1]]; // a detail of the entry above
    }
  }
  return actions;
}

function listed(block: Block, text: string, context: ActionContext): ExtractedAction {
  const body = isLabelledAction(text) ? afterActionLabel(text) : text;
  const named = labelOwner(text);
  const owners = named ? ownersOf(named) : ownersOfAction(body, context.names);
  // The deadline belongs to the task's own sentence, not to a remark after it ("At the next meeting we would like …").
  const due = findDue(splitSentences(text)[0]?.text ?? text);
  return { text, owners: owners.length > 0 ? owners : vocativeOwner(body), due, lines: block.lines, quote: text };
}

/**
 * Tasks in running text: labelled lines (with their words on the next block when the label stands
 * alone; "#2A" restating the number of the label above is the same item), checkboxes, assignments.
 */
function actionsInText(blocks: Block[], context: ActionContext): ExtractedAction[] {
  const actions: ExtractedAction[] = [];
  let numbered: { action: ExtractedAction; number: string } | null = null;
  blocks.forEach((block, index) => {
    if (block.kind === 'heading' || context.consumed.has(block)) return;
    const text = blockText(block);
    const fielded = fieldedTask(blocks, index);
    if (fielded) {
      for (let used = index + 1; used <= fielded.last; used += 1) context.consumed.add(blocks[used] as Block);
      actions.push(fielded.action);
      return;
    }
    if (isLabelledAction(text)) {
      const item = withBody(blocks, index, afterActionLabel(text));
      if (item.body) context.consumed.add(item.body);
      const number = itemNumber(text);
      if (numbered && number !== null && number === numbered.number) {
        numbered.action.lines = [numbered.action.lines[0], item.lines[1]];
        return;
      }
      const action = { ...listed(block, item.text, context), lines: item.lines };
      if (number !== null) numbered = { action, number };
      actions.push(action);
      return;
    }
    const action = actionInText(block, context);
    if (action) actions.push(action);
  });
  return actions;
}

/** A task in one block: a checkbox, or an assignment to a named actor. */
function actionInText(block: Block, context: ActionContext): ExtractedAction | null {
  const text = blockText(block);
  if (isCheckbox(block, context.source)) return listed(block, text, context);
  const assignment = findAssignment(text, context.names, { strict: true, inPassage: context.inPassage.has(block) });
  if (!assignment) return null;
  const sentence = text.slice(assignment.offset);
  const line = lineOfSentence(block, sentence, context.source);
  return { text: sentence, owners: assignment.owners, due: findDue(sentence), lines: [line, block.lines[1]], quote: sentence };
}
