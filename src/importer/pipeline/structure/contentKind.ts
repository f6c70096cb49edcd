import type { Block } from '../../read/types';
import { fieldHeaderColumns, isTaskHeaderRow, readTaskFields, taskColumns } from '../patterns/taskFields';
import type { SectionKind } from '../types';
import { bracketOwners, findAssignment, isOwnerDashTask } from '../patterns/assignments';
import { opensWithImperative } from '../patterns/imperatives';
import { findProseDecision, isLabelledDecision } from '../patterns/decisionProse';
import { isLabelledAction, isCheckbox } from '../patterns/actionLabels';
import { opensMotion } from '../patterns/motions';
import type { EntryOptions } from '../patterns/attendeeEntry';
import { entriesOfBlock, listOptions } from '../patterns/peopleList';
import { bareSpeaker, dashSpeaker, labelSpeaker, proseSpeakers } from '../patterns/speakers';
import type { KnownNames } from '../text/personNames';
import { splitSentences, wordCount } from '../text/words';
import { isPlaceName } from '../text/placeNames';
import { peopleColumns } from './tableColumns';

/**
 * The kind of a section whose heading the lexicon does not know, from what it holds: a list of
 * short names is an attendance list, a list of "X to …" entries an action list, anything a rule
 * can read (speakers, motions, decisions, tasks) makes it discussion; the rest is 'other'.
 */
export function contentKind(blocks: Block[], names: KnownNames, source: string[], language: 'en' | 'fr'): SectionKind {
  if (isNameList(blocks)) return 'attendance';
  // A table headed Action | Lead | Due (Mesure | Responsable | Échéance) is a follow-up list, whatever heads it.
  const header = blocks.find((block) => block.kind === 'tableRow' && (block.header || isTaskHeaderRow(block.cells)));
  if (header?.kind === 'tableRow' && taskColumns(header.cells) !== null) return 'actions';
  // A table headed Name | Position | Attendance is the roll call, whatever heads it (a legend line, nothing).
  const rows = blocks.filter((block) => block.kind === 'tableRow' && !block.header).length;
  if (header?.kind === 'tableRow' && rows >= 2 && peopleColumns(header.cells)?.includes('name')) return 'attendance';
  const entries = blocks.filter((block) => block.kind !== 'heading');
  const items = entries.filter((block) => block.kind === 'listItem' && block.depth === 0);
  const isTask = (block: Block) => 'text' in block && (findAssignment(block.text, names, { strict: true }) !== null || isOwnerDashTask(block.text, names, language));
  if (items.length >= 2 && share(items, isTask) >= 0.6) return 'actions';
  return entries.some((block) => isReadable(block, names, source)) ? 'discussion' : 'other';
}

/** At least three blocks, nearly all short name entries: a roll call, whatever the heading above it says. */
export function isNameList(blocks: Block[]): boolean {
  const entries = blocks.filter((block) => block.kind !== 'heading');
  // ("BÉLANGER, Olivier – ING-MTMD": read the way the list writes its names, surname first perhaps.)
  const options = listOptions(entries);
  const named = entries.filter((block) => isNameEntry(block, options));
  // "Home", "Meetings", "2025": a site's menu is single words; a roll call names most people in full.
  const fullNames = named.filter((block) => (entriesOfBlock(block, options)?.[0]?.name ?? '').includes(' '));
  return entries.length >= 3 && named.length >= 0.75 * entries.length && fullNames.length * 2 >= entries.length;
}

/** One short name entry ("Nick Schonning", "Joel (OpenPlus)"): part of an unheaded attendee list. */
export function isNameEntry(block: Block, options?: EntryOptions): boolean {
  if (block.kind !== 'listItem' && block.kind !== 'paragraph') return false;
  // "Moved by: Councillor Duarte": a motion's mover, not an attendee.
  if (opensMotion(block.text)) return false;
  // "British Columbia: Fiona Achterberg (Ministry …), Darnell Okafor (Ministry …)": a government and its people.
  const placeHeaded = /^[^:]{2,40}:\s/u.test(block.text) && isPlaceName(block.text.split(':')[0]?.trim() ?? '');
  // ("Kilry Landward - Mrs H. Findlater, Mr T. Oyelaran": an area heading its people, each given it as affiliation.)
  const area = /^([^:–—-]{2,40}?)\s[-–—]\s/u.exec(block.text)?.[1]?.trim();
  const words = wordCount(block.text);
  if (words > 60 || (words > 6 && !placeHeaded && area === undefined)) return false;
  const entries = entriesOfBlock(block, options);
  const headed = placeHeaded || (area !== undefined && (entries?.length ?? 0) >= 1 && (entries ?? []).every((entry) => entry.affiliation === area));
  if (words > 6 && !headed) return false;
  return entries !== null && (headed ? entries.length >= 1 : entries.length === 1) && entries.every((entry) => entry.name !== null);
}

/** Whether any extraction rule reads something in the block. */
function isReadable(block: Block, names: KnownNames, source: string[]): boolean {
  if (block.kind === 'heading' || block.kind === 'tableRow') return false;
  const text = block.text;
  return (
    labelSpeaker(text, names) !== null ||
    dashSpeaker(text, names) !== null ||
    (block.kind === 'paragraph' && bareSpeaker(text, names) !== null) ||
    proseSpeakers(text, names).length > 0 ||
    findAssignment(text, names, { strict: true }) !== null ||
    isLabelledAction(text) ||
    isCheckbox(block, source) ||
    isLabelledDecision(text) ||
    findProseDecision(text) !== null ||
    opensMotion(text)
  );
}

/** Whether a paragraph inside an action list still reads as an action (else the list ends there). */
export function isActionLike(text: string, names: KnownNames, language: 'en' | 'fr'): boolean {
  if (labelSpeaker(text, names) || bareSpeaker(text, names)) return false;
  // "Nadine reported that …": a speaker's report after the follow-ups ends their list.
  if (proseSpeakers(text, names)[0]?.offset === 0 && findAssignment(splitSentences(text)[0]?.text ?? text, names, { strict: true }) === null) return false;
  return isLabelledAction(text) || readTaskFields(text) !== null || fieldHeaderColumns(text) !== null || bracketOwners(text) !== null || opensWithImperative(text, language) || isOwnerDashTask(text, names, language) || findAssignment(text, names, { strict: true }) !== null;
}

function share(blocks: Block[], test: (block: Block) => boolean): number {
  return blocks.filter(test).length / blocks.length;
}
