import type { Block, LineRange } from '../../read/types';
import type { ExtractedDecision, Section } from '../types';
import { MOVER_LABEL, hasMover, inlineResolution, isAmendment, isMotionNumber, isNegativeResult, opensMotion, opensResolutionWords, readMotion, resultAtEnd, resultOfLine } from '../patterns/motions';
import { blockText, joinedText } from '../text/sourceLines';
import { foldWhitespace, plainLine, splitSentences } from '../text/words';

const MOVER_LABEL_START = new RegExp(String.raw`^${MOVER_LABEL}`, 'u');

export interface MotionReading {
  /** Motions that carried: decisions with their mover, seconder and result. */
  decisions: ExtractedDecision[];
  /** Defeated, rejected or withdrawn motions: read, and deliberately not decisions. */
  defeated: LineRange[];
  /** Blocks that belong to a motion, so no other rule reads them again. */
  consumed: Set<Block>;
}

// A motion's opening, text, mover, seconder and result lie within a few blocks (one per line in Word).
// ("CONSIDÉRANT QUE …" clauses, "IL EST RÉSOLU :", each QUE clause and a recorded vote may each be one.)
const MAX_MOTION_BLOCKS = 10;

/**
 * Motions of one section: from an opening ("MOTION:", "Moved by", "Il est proposé par") to the
 * first line stating the outcome ("Carried (5 to 0)", "Adopté.", "Defeated"), across paragraphs
 * and page breaks. A motion with no outcome written is left to the other rules.
 */
export function readMotions(section: Section, source: string[]): MotionReading {
  const reading: MotionReading = { decisions: [], defeated: [], consumed: new Set() };
  const blocks = section.blocks;
  for (let start = 0; start < blocks.length; start += 1) {
    const first = blocks[start] as Block;
    const tabled = movedInTable(blocks, start, source);
    if (tabled) {
      blocks.slice(start, tabled.end + 1).forEach((block) => reading.consumed.add(block));
      if (isNegativeResult(tabled.decision.motion?.result ?? '')) reading.defeated.push(tabled.decision.lines);
      else reading.decisions.push(tabled.decision);
      start = tabled.end;
      continue;
    }
    // ("2025 - 01 « Que … »" over "Proposée par : …": a numbered resolution's words come before its mover.)
    const next = start + 1 < blocks.length ? blockText(blocks[start + 1] as Block) : '';
    const numbered = (isMotionNumber(blockText(first)) && opensMotion(next)) || (opensResolutionWords(blockText(first)) && (opensMotion(next) || MOVER_LABEL_START.test(next)));
    // "Le président fait la lecture de l'ordre du jour. Il est proposé par …": a motion may open mid-paragraph.
    const opens = opensMotion(blockText(first)) || numbered;
    const inside = opens ? undefined : splitSentences(blockText(first)).find((sentence) => sentence.start > 0 && opensMotion(sentence.text));
    if (!opens && !inside) continue;
    const found = findResult(blocks, numbered ? start + 1 : start, source) ?? unstatedResult(blocks, numbered ? start + 1 : start);
    if (!found) continue;
    const motionBlocks = blocks.slice(start, found.end + 1);
    motionBlocks.forEach((block) => reading.consumed.add(block));
    const lines: LineRange = [first.lines[0], found.line];
    if (isNegativeResult(found.result)) {
      reading.defeated.push(lines);
    } else {
      const joined = joinedText(motionBlocks).slice(inside?.start ?? 0);
      // "MOTION #31: Moved by X; Seconded by Y — CARRIED" over "That …": the outcome is no part of the words.
      const text = found.header ? foldWhitespace(joined.replace(found.result, ' ').replace(/\s[—–-]\s+(?=That\b|Que\b|THAT\b|QUE\b)/u, ' ')) : joined;
      const cut = found.inline || found.header || found.result === '' ? -1 : text.lastIndexOf(found.result);
      const { motion, text: read } = readMotion(cut > 0 ? text.slice(0, cut).trim() : text, found.result);
      // (The vote recorded beside the outcome, "(5 in favour, 1 opposed)", is no part of the words either.)
      const words = found.header ? read.replace(/^[—–-]?\s*(?:\([^)]*\)\s*)?/u, '') : read;
      // "Proposed: A; Seconded: B" over the debate and "The Proposal was passed": the item's proposal, named by its title.
      const titled = MOVERS_ONLY.test(blockText(first)) && section.heading?.kind === 'heading' ? section.heading : undefined;
      if (titled) reading.decisions.push({ text: titled.text, lines: [titled.lines[0], found.line], quote: `${titled.text} ${text}`, motion });
      else reading.decisions.push({ text: words, lines, quote: text, motion });
    }
    start = found.end;
  }
  return reading;
}

/**
 * "Résolution no | Proposée par | Appuyée par" over "312-2025 | A | B", then "Qu'il soit résolu que …" and "Adoptée": a
 * council's Word table naming each resolution's mover and seconder in columns above its words.
 */
function movedInTable(blocks: Block[], start: number, source: string[]): { decision: ExtractedDecision; end: number } | null {
  const [header, values] = [blocks[start], blocks[start + 1]];
  if (header?.kind !== 'tableRow' || values?.kind !== 'tableRow') return null;
  const column = (label: RegExp) => header.cells.findIndex((cell) => label.test(cell.trim()));
  const [mover, seconder] = [column(/^(?:Propos[ée]e? par|Moved by|Mover)$/iu), column(/^(?:Appuy[ée]e? par|Seconded by|Seconder)$/iu)];
  if (mover < 0 || seconder < 0) return null;
  const found = resultBelow(blocks, start + 1, source);
  if (!found || found.end <= start + 1) return null;
  const words = joinedText(blocks.slice(start + 2, found.end + 1));
  const text = words.endsWith(found.result) ? words.slice(0, words.length - found.result.length).trim() : words;
  const motion = { movedBy: values.cells[mover]?.trim() ?? '', secondedBy: values.cells[seconder]?.trim() ?? '', result: found.result };
  return { decision: { text, lines: [header.lines[0], found.line], quote: words, motion }, end: found.end };
}

// A line naming only who moved and seconded ("Proposed: Wen Li, Councillor-at-Large; Seconded: Marisol Ortega").
const MOVERS_ONLY = /^(?:Proposed|Moved)(?:\s+by)?\s*:?\s+[^.]*?[;,.]?\s+Seconded(?:\s+by)?\s*:?\s+[^.]*$/u;

interface FoundResult { end: number; line: number; result: string; inline?: boolean; header?: boolean }

function findResult(blocks: Block[], start: number, source: string[]): FoundResult | null {
  return resultInHeader(blocks, start, source) ?? resultBelow(blocks, start, source) ?? resolvedInline(blocks, start);
}

/** "MOTION #2025-31: Moved by X; Seconded by Y — CARRIED", the words on the lines below: the outcome ends the opening line. */
function resultInHeader(blocks: Block[], start: number, source: string[]): FoundResult | null {
  const block = blocks[start] as Block;
  const opening = plainLine(source[block.lines[0] - 1] ?? '');
  const tail = opening.split(/\s[—–-]\s/u).pop() ?? '';
  if (tail === opening || !hasMover([opening]) || resultOfLine(tail.trim()) === null) return null;
  const next = blocks[start + 1];
  // The words are the block's next lines, or (Word: one paragraph a line) the next paragraph.
  if (block.lines[1] > block.lines[0]) return { end: start, line: block.lines[0], result: tail.trim(), header: true };
  if (next?.kind === 'paragraph' && !opensMotion(blockText(next))) return { end: start + 1, line: block.lines[0], result: tail.trim(), header: true };
  return null;
}

/**
 * "Sur proposition de X, appuyée par Y, il est résolu à l'unanimité d'adopter …", "Moved by X, seconded
 * by Y, and resolved that …": a motion whose own sentence states the outcome, no result line below.
 */
function resolvedInline(blocks: Block[], start: number): FoundResult | null {
  // The sentence may run over the next blocks (Word writes one paragraph per typed line).
  for (let end = start; end < Math.min(blocks.length, start + 3); end += 1) {
    if (end > start && (blocks[end] as Block).kind === 'heading') break;
    const joined = joinedText(blocks.slice(start, end + 1));
    const result = inlineResolution(joined);
    if (!result) continue;
    // "… et résolu à l'unanimité des conseillers présents :" over "QUE …" paragraphs: the words follow, one clause a block.
    let last = end;
    if (/:\s*$/u.test(joined)) while (last + 1 < blocks.length && last < end + 3 && /^(?:QUE|QU['’]|Que|That|THAT)\b/u.test(blockText(blocks[last + 1] as Block))) last += 1;
    return { end: last, line: (blocks[last] as Block).lines[1], result, inline: true };
  }
  return null;
}

// "That …", "Que …", "BE IT RESOLVED": the words of a resolution.
const RESOLUTION_WORDS = /^(?:That|THAT|Que|QUE|Qu['’]|QU['’]|BE IT RESOLVED|Be it resolved|IL EST RÉSOLU|Il est résolu)\b/u;

const OPENS_WITH_MOVER = new RegExp(`^${MOVER_LABEL}`, 'u');

/**
 * "Moved by: X" over "Seconded by: Y" over "That Council adjourn at 8:56 p.m.", and no outcome written
 * before the next motion or heading: minutes that record a moved and seconded resolution without
 * saying it failed record it as passed (a motion that fails is written as defeated). Result empty.
 */
function unstatedResult(blocks: Block[], start: number): FoundResult | null {
  let words = -1;
  for (let index = start; index < Math.min(blocks.length, start + 4); index += 1) {
    const block = blocks[index] as Block;
    if (block.kind === 'heading' || (index > start && opensMotion(blockText(block)) && words >= 0)) break;
    const text = blockText(block);
    // (A Word or PDF line may carry the seconder and the words: "Seconded by: Councillor Duarte That Report …".)
    if (words < 0 && (RESOLUTION_WORDS.test(text) || (OPENS_WITH_MOVER.test(text) && /\s(?:That|THAT|Que|QUE)\s/u.test(text)))) words = index;
  }
  const opening = blocks.slice(start, words + 1).map(blockText);
  if (words < 0 || !hasMover(opening) || !/\bSecond|\bAppuy/iu.test(opening.join(' '))) return null;
  // An outcome written further on, before the next heading or motion, is the other rules' to read.
  for (let index = start; index < blocks.length; index += 1) {
    const block = blocks[index] as Block;
    if (block.kind === 'heading' || (index > words && opensMotion(blockText(block)))) break;
    if (resultAtEnd(blockText(block)) || blockText(block).split(/(?<=[.!])\s+/u).some((sentence) => resultOfLine(sentence.trim()) !== null)) return null;
  }
  return { end: words, line: (blocks[words] as Block).lines[1], result: '' };
}

function resultBelow(blocks: Block[], start: number, source: string[]): FoundResult | null {
  // An amendment moved on the floor has its own outcome; the motion's follows it.
  let amendments = 0;
  // A recorded vote laid out as a table (one row a member) counts as one block.
  let rows = 0;
  for (let index = start; index < Math.min(blocks.length, start + MAX_MOTION_BLOCKS + 3 * amendments + rows); index += 1) {
    const block = blocks[index] as Block;
    if (block.kind === 'tableRow') rows += 1;
    // ("MOTION, AS AMENDED, PASSED …" opens with the word but states the outcome.)
    const opensAnother = index > start && opensMotion(blockText(block)) && resultOfLine(blockText(block)) === null && hasMover(blocks.slice(start, index).map(blockText));
    if (opensAnother && isAmendment(blockText(block))) amendments += 1;
    // "MOTION: …" then "Moved by …" is one motion; a second "Moved by" starts another.
    else if (block.kind === 'heading' || opensAnother) return null;
    let amendmentDecided = false;
    for (let line = block.lines[0]; line <= block.lines[1]; line += 1) {
      const result = line > blocks[start]!.lines[0] ? resultOfLine(plainLine(source[line - 1] ?? '')) : null;
      if (result && amendments > 0 && index > start) {
        amendments -= 1; // the amendment's outcome
        amendmentDecided = true;
        continue;
      }
      if (result) return { end: index, line, result };
    }
    const atEnd = amendmentDecided ? null : resultAtEnd(blockText(block));
    if (atEnd) return { end: index, line: block.lines[1], result: atEnd };
  }
  return null;
}
