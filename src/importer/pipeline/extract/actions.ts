import type { Block } from '../../read/types';
import type { ExtractedAction, Section } from '../types';
import { afterActionLabel, isCheckbox, isLabelledAction, labelOwner } from '../patterns/actionLabels';
import { colonTaskOwners, findAssignment, markedTaskOwners, ownersOf, ownersOfAction } from '../patterns/assignments';
import { isRequestToAll, opensWithImperative } from '../patterns/imperatives';
import { findDue } from '../patterns/dueDates';
import { dueFieldOnly, fieldCells, fieldHeaderColumns, isTaskHeaderRow, parenthesisedTaskFields, readTaskFields, rowFields, taskThenOwners, trailingTaskFields } from '../patterns/taskFields';
import { type KnownNames, withEnglishInitial } from '../text/personNames';
import { itemNumber, withBody } from '../text/labelledItems';
import { blockText, lineOfSentence } from '../text/sourceLines';
import { foldWhitespace, splitSentences, wordRegExp } from '../text/words';
import { vocativeOwner } from './vocativeOwner';
import { labelledLists } from './labelledLists';
import { type TaskColumns, fieldedTask, groupOwnersOf, isDone, isNotATask, tableRowAction, taskColumns } from './fieldedActions';

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
  /**
   * Blocks deciding in prose, with the deciding sentence: a task given there is read ("Council
   * directed staff to …"), the body's own future in that sentence is not ("Le CPSSP se concentrera sur …").
   */
  decided: Map<Block, Set<string>>;
}

/**
 * Action items, numbered or not: every top-level entry of an action section (and a sub-entry that
 * states its own task; one that only names who does the entry above gives it its owners), lines
 * labelled "ACTION:" / "Action item…", unticked checkboxes, and in discussion "X to …", "X will
 * …", "X fera …", "asked X to …". Owners and due dates as written.
 */
export function extractActions(sections: Section[], context: ActionContext): ExtractedAction[] {
  const actions = readActions(sections, context);
  // "M. Tran" in an English sentence of an English record keeps its initial.
  if (context.language !== 'en' || context.source.some((line) => /\bMmes?\b/u.test(line))) return actions;
  const english = (text: string) => /\b(?:the|to|and|of|for|with|on)\b/u.test(text) && !/\b(?:le|la|les|des|du|pour|avec|et|à)\b/u.test(text);
  return actions.map((action) => (english(action.quote) ? { ...action, owners: action.owners.map((owner) => withEnglishInitial(owner, action.quote)) } : action));
}

function readActions(sections: Section[], context: ActionContext): ExtractedAction[] {
  const actions: ExtractedAction[] = [];
  for (const section of sections) {
    if (section.kind === 'actions') actions.push(...actionList(section.blocks, context));
    else if (section.kind === 'discussion' || section.kind === 'decisions' || section.kind === 'agenda') {
      const { lists, rest } = labelledLists(section.blocks);
      // A follow-up table (Action | Responsible | Due) under an item that is no action heading is an action list.
      const followUps = rest.some((block) => block.kind === 'tableRow' && (block.header || isTaskHeaderRow(block.cells)) && taskColumns(block.cells) !== null);
      if (followUps) lists.push(rest.filter((block) => block.kind === 'tableRow'));
      for (const list of lists) actions.push(...actionList(list, context));
      if (section.kind !== 'agenda') actions.push(...actionsInText(followUps ? rest.filter((block) => block.kind !== 'tableRow') : rest, context));
    }
  }
  return actions.sort((a, b) => a.lines[0] - b.lines[0]);
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
    if (block.kind === 'heading' || isNotATask(block, context.source) || context.consumed.has(block)) continue;
    if (block.kind === 'tableRow') {
      if (block.header || isTaskHeaderRow(block.cells)) columns = taskColumns(block.cells);
      else actions.push(columns ? tableRowAction(block, columns) : listed(block, blockText(block), context));
      continue;
    }
    const text = blockText(block);
    const depth = block.kind === 'listItem' ? block.depth : 0;
    const header = fieldHeaderColumns(text);
    if (header) {
      columns = header; // "Who / What / When" over "Tess / Confirm … / by 19 June" lines
      continue;
    }
    const cells = columns && depth === 0 ? fieldCells(text, columns) : null;
    if (columns && cells) {
      const fields = rowFields(cells, columns);
      actions.push({ text: fields.task ?? text, owners: fields.owners, due: fields.due, lines: block.lines, quote: text });
      continue;
    }
    // "Lead: Secretariat / Due: March 15" under the task above: that task's fields, not a task of their own.
    const previous = actions[actions.length - 1];
    const dueOnly = dueFieldOnly(text);
    if (dueOnly && previous && previous.due === null && block.lines[0] <= previous.lines[1] + 1) {
      previous.due = dueOnly;
      previous.lines = [previous.lines[0], block.lines[1]];
      continue;
    }
    const onlyFields = readTaskFields(text);
    if (onlyFields && onlyFields.task === null && previous && previous.owners.length === 0 && block.lines[0] <= previous.lines[1] + 1) {
      previous.owners = onlyFields.owners;
      previous.due = previous.due ?? onlyFields.due;
      previous.lines = [previous.lines[0], block.lines[1]];
      continue;
    }
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
  const fields = parenthesisedTaskFields(body) ?? trailingTaskFields(body);
  const owners = named ? ownersOf(named) : fields ? fields.owners : ownersOfAction(body, context.names);
  const after = owners.length === 0 ? taskThenOwners(body, context.names) : null;
  // The deadline belongs to the task's own sentence, not to a remark after it ("At the next meeting we would like …").
  const due = fields?.due ?? after?.due ?? findDue(splitSentences(text)[0]?.text ?? text);
  return { text, owners: after?.owners ?? (owners.length > 0 ? owners : vocativeOwner(body)), due, lines: block.lines, quote: text };
}

/**
 * Tasks in running text: labelled lines (with their words on the next block when the label stands
 * alone; "#2A" restating the number of the label above is the same item), checkboxes, assignments.
 */
function actionsInText(blocks: Block[], context: ActionContext): ExtractedAction[] {
  const actions: ExtractedAction[] = [];
  let numbered: { action: ExtractedAction; number: string } | null = null;
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') return;
    if (context.consumed.has(block)) {
      if (context.decided.has(block)) actions.push(...actionsInBlock(block, context)); // a motion's task
      return;
    }
    const text = blockText(block);
    const fielded = fieldedTask(blocks, index);
    if (fielded) {
      for (let used = index + 1; used <= fielded.last; used += 1) context.consumed.add(blocks[used] as Block);
      actions.push(fielded.action);
      return;
    }
    // "ACTION ITEM (Ontario): share … ." then "Alberta is to prepare …" on the next line of the same
    // paragraph: the label's task ends with its line; the lines below are read as running text.
    const split = isLabelledAction(text) ? splitAfterLabelledLine(block, context.source) : null;
    if (split) {
      actions.push(listed(split.labelled, blockText(split.labelled), context));
      actions.push(...actionsInBlock(split.rest, context));
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
    actions.push(...actionsInBlock(block, context));
  });
  return actions;
}

/** A paragraph whose first line is a labelled task ending its sentence, with more sentences below; or null. */
function splitAfterLabelledLine(block: Block, source: string[]): { labelled: Block; rest: Block } | null {
  if (block.kind !== 'paragraph' || block.lines[0] === block.lines[1]) return null;
  const [first, last] = block.lines;
  // The task may wrap over a few lines before its sentence ends ("… by" / "December 6, 2024.").
  for (let end = first; end < last && end < first + 3; end += 1) {
    const line = foldWhitespace(source[end - 1] ?? '');
    const next = foldWhitespace(source[end] ?? '');
    if (!/[.!?]$/u.test(line) || !/^\p{Lu}/u.test(next)) continue;
    return {
      labelled: { kind: 'paragraph', text: foldWhitespace(source.slice(first - 1, end).join(' ')), lines: [first, end] },
      rest: { kind: 'paragraph', text: foldWhitespace(source.slice(end, last).join(' ')), lines: [end + 1, last] },
    };
  }
  return null;
}

/**
 * Tasks in one block: a checkbox, or each sentence assigning a task to a named actor ("Alicia offered
 * to … . Action: Tom to … by Friday." is two tasks).
 */
function actionsInBlock(block: Block, context: ActionContext): ExtractedAction[] {
  const text = blockText(block);
  if (isDone(text)) return [];
  if (isCheckbox(block, context.source)) return [listed(block, text, context)];
  const colonOwners = colonTaskOwners(text, context.names, context.language);
  if (colonOwners) return [{ text, owners: colonOwners, due: findDue(text), lines: block.lines, quote: text }];
  const found: ExtractedAction[] = [];
  let from = 0;
  while (from < text.length) {
    const rest = text.slice(from);
    const assignment = findAssignment(rest, context.names, { strict: true, inPassage: context.inPassage.has(block) });
    if (!assignment) break;
    const start = from + assignment.offset;
    const sentence = splitSentences(text.slice(start))[0]?.text ?? text.slice(start);
    // In the deciding sentence the body's own future is no task, but what it agreed someone else does is:
    // "Members agreed that Ontario will lead …", "It was agreed that the Secretariat would circulate …".
    // ("…; Jasmine Leger will book the venue": a clause of its own gives the task to someone else.)
    const afterSemicolon = sentence.split(/;\s+/u).slice(1).some((clause) => assignment.owners.some((owner) => clause.startsWith(owner)));
    const delegated = afterSemicolon || /\b(?:agreed|decided|resolved|convenu|conviennent|convient|décidé|décide|décident)\s+(?:that|que|qu['’])\s/iu.test(sentence);
    if ((assignment.form === 'will' || assignment.form === 'commit') && context.decided.get(block)?.has(sentence) && !delegated) {
      from = start + Math.max(1, sentence.length);
      continue;
    }
    // The first task keeps the rest of the block, as before; later ones are their own sentence.
    const quote = found.length === 0 ? text.slice(start) : sentence;
    const line = lineOfSentence(block, quote, context.source);
    found.push({ text: quote, owners: assignment.owners, due: findDue(sentence), lines: [line, block.lines[1]], quote });
    from = start + Math.max(1, sentence.length);
  }
  // Requests to everyone ("We are requesting you to …", "Provide your feedback in 2 weeks"): tasks without owner.
  if (found.length === 0 && !context.inPassage.has(block) && !context.decided.has(block)) {
    for (const sentence of splitSentences(text)) {
      const due = findDue(sentence.text);
      if (!isRequestToAll(sentence.text, context.language, due)) continue;
      const line = lineOfSentence(block, sentence.text, context.source);
      found.push({ text: sentence.text, owners: [], due, lines: [line, block.lines[1]], quote: sentence.text });
      break;
    }
  }
  // Sentences no assignment read that end with a task marker ("… (Action: Priya)", "… → Dev").
  for (const sentence of splitSentences(text)) {
    const taken = found.map((action) => splitSentences(action.text)[0]?.text ?? action.text);
    if (taken.some((first) => first.includes(sentence.text) || sentence.text.includes(first))) continue;
    const owners = markedTaskOwners(sentence.text, context.names);
    if (!owners) continue;
    const line = lineOfSentence(block, sentence.text, context.source);
    found.push({ text: sentence.text, owners, due: findDue(sentence.text), lines: [line, block.lines[1]], quote: sentence.text });
  }
  found.sort((a, b) => text.indexOf(a.quote) - text.indexOf(b.quote));
  if (found.length > 1) {
    // Each task is its own sentence once the block holds several.
    found[0] = { ...found[0]!, text: splitSentences(found[0]!.text)[0]?.text ?? found[0]!.text };
    found[0].quote = found[0].text;
  }
  return found;
}
