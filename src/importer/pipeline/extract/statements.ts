import type { Block } from '../../read/types';
import type { ExtractedStatement, Section } from '../types';
import { type SpeakerMention, bareSpeaker, dashSpeaker, labelSpeaker, proseSpeakers } from '../patterns/speakers';
import { type KnownNames, isPersonName } from '../text/personNames';
import { lookUpHeading } from '../structure/headingLexicon';
import { blockText, lineOfSentence } from '../text/sourceLines';

export interface StatementReading {
  statements: ExtractedStatement[];
  /** Blocks inside a named speaker's passage: "X will …" there is reported speech, not a task. */
  inPassage: Set<Block>;
}

/**
 * Statements of the sections where people speak (discussion, agenda): "Jim: …" and "Jim - …"
 * entries with the points nested under them; a name alone on its line (or "Name from Org") with
 * the list below it; every "Name noted / Mme X demande …" sentence. Nested speakers are separate
 * statements. A passage's lines run from its opening to its last point.
 */
export function extractStatements(sections: Section[], names: KnownNames, source: string[]): StatementReading {
  const reading: StatementReading = { statements: [], inPassage: new Set() };
  const roundTableNames = roundTableHeadings(sections);
  for (const section of sections) {
    // "Océane Boudreault" set as a heading over that person's points (a round table in Word): the section is the passage.
    const heading = section.heading?.kind === 'heading' ? section.heading : undefined;
    const roundTable = heading && roundTableNames.has(heading.text.trim()) ? { speaker: heading.text.trim() } : null;
    // (A round-table name heads its points under any heading: "## Plans" over "### Gunnhild".)
    if (section.kind !== 'discussion' && section.kind !== 'agenda' && !(section.kind === 'other' && roundTable)) continue;
    // (Set apart by a blank line: "R. Vandermeer" wrapped from a recorded vote's line above is no heading of points.)
    const apart = heading !== undefined && ((source[heading.lines[0] - 2] ?? '').trim() === '' || /^\s*#/u.test(source[heading.lines[0] - 1] ?? ''));
    const headed = heading && apart && section.blocks.length > 0 ? bareSpeaker(heading.text, names) ?? roundTable : null;
    const last = section.blocks[section.blocks.length - 1];
    if (heading && headed && last) {
      section.blocks.forEach((block) => reading.inPassage.add(block));
      reading.statements.push({ speaker: headed.speaker, lines: [heading.lines[0], last.lines[1]], quote: section.blocks.map(blockText).join(' ') });
    }
    section.blocks.forEach((block, index) => {
      if (block.kind === 'heading' || block.kind === 'tableRow') return;
      const mentions = speakersOf(block, names);
      if (mentions.length === 0) return;
      const passage = passageOf(section.blocks, index, mentions[0]?.form === 'bare');
      passage.forEach((member) => reading.inPassage.add(member));
      const end = passage[passage.length - 1]?.lines[1] ?? block.lines[1];
      for (const mention of mentions) {
        const start = mention.form === 'prose' ? lineOfSentence(block, block.text.slice(mention.offset), source) : block.lines[0];
        reading.statements.push({ speaker: mention.speaker, lines: [start, end], quote: block.text.slice(mention.offset) });
      }
    });
  }
  return reading;
}

function speakersOf(block: Exclude<Block, { kind: 'heading' | 'tableRow' }>, names: KnownNames): SpeakerMention[] {
  const text = blockText(block);
  const opening = labelSpeaker(text, names) ?? dashSpeaker(text, names) ?? (block.kind === 'paragraph' ? bareSpeaker(text, names) : null);
  return opening ? [opening] : proseSpeakers(text, names);
}

/**
 * The block and its points: deeper list items under a list item; under a paragraph that only
 * names its speaker, the list that follows it up to the next paragraph or heading.
 */
function passageOf(blocks: Block[], index: number, headsList: boolean): Block[] {
  const opening = blocks[index] as Block;
  const passage = [opening];
  const depth = opening.kind === 'listItem' ? opening.depth : -1;
  const endsWithColon = opening.kind !== 'tableRow' && /:\s*$/u.test(opening.text);
  for (const block of blocks.slice(index + 1)) {
    if (block.kind !== 'listItem') break;
    if (opening.kind === 'listItem' ? block.depth <= depth : !(headsList || endsWithColon)) break;
    passage.push(block);
  }
  return passage;
}

/**
 * "### Wen-Li", "### Hamid", "### Gunnhild" over their points: three headings in a row that are only first names make a
 * round table (its speakers need not be on a roll); the same names head their points again later in the notes.
 */
function roundTableHeadings(sections: Section[]): Set<string> {
  const found = new Set<string>();
  let run: string[] = [];
  const close = () => { if (run.length >= 3) run.forEach((name) => found.add(name)); run = []; };
  for (const section of sections) {
    const text = section.heading?.kind === 'heading' ? section.heading.text.trim() : '';
    // (First names only: "Van Purchase", "Housing Partnership" are shaped like full names too.)
    if (section.blocks.length > 0 && !/\s/u.test(text) && isPersonName(text, 1) && lookUpHeading(text) === null) run.push(text);
    else close();
  }
  close();
  return found;
}
