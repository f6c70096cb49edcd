import type { Block, LineRange } from '../../read/types';
import type { ExtractedDecision, Section } from '../types';
import { hasMover, inlineResolution, isAmendment, isMotionNumber, isNegativeResult, opensMotion, readMotion, resultAtEnd, resultOfLine } from '../patterns/motions';
import { blockText, joinedText } from '../text/sourceLines';
import { plainLine, splitSentences } from '../text/words';

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
    const numbered = isMotionNumber(blockText(first)) && start + 1 < blocks.length && opensMotion(blockText(blocks[start + 1] as Block));
    // "Le président fait la lecture de l'ordre du jour. Il est proposé par …": a motion may open mid-paragraph.
    const opens = opensMotion(blockText(first)) || numbered;
    const inside = opens ? undefined : splitSentences(blockText(first)).find((sentence) => sentence.start > 0 && opensMotion(sentence.text));
    if (!opens && !inside) continue;
    const found = findResult(blocks, numbered ? start + 1 : start, source);
    if (!found) continue;
    const motionBlocks = blocks.slice(start, found.end + 1);
    motionBlocks.forEach((block) => reading.consumed.add(block));
    const lines: LineRange = [first.lines[0], found.line];
    if (isNegativeResult(found.result)) {
      reading.defeated.push(lines);
    } else {
      const text = joinedText(motionBlocks).slice(inside?.start ?? 0);
      const cut = found.inline ? -1 : text.lastIndexOf(found.result);
      const { motion, text: words } = readMotion(cut > 0 ? text.slice(0, cut).trim() : text, found.result);
      reading.decisions.push({ text: words, lines, quote: text, motion });
    }
    start = found.end;
  }
  return reading;
}

interface FoundResult { end: number; line: number; result: string; inline?: boolean }

function findResult(blocks: Block[], start: number, source: string[]): FoundResult | null {
  return resultBelow(blocks, start, source) ?? resolvedInline(blocks, start);
}

/**
 * "Sur proposition de X, appuyée par Y, il est résolu à l'unanimité d'adopter …", "Moved by X, seconded
 * by Y, and resolved that …": a motion whose own sentence states the outcome, no result line below.
 */
function resolvedInline(blocks: Block[], start: number): FoundResult | null {
  // The sentence may run over the next blocks (Word writes one paragraph per typed line).
  for (let end = start; end < Math.min(blocks.length, start + 3); end += 1) {
    if (end > start && (blocks[end] as Block).kind === 'heading') break;
    const result = inlineResolution(joinedText(blocks.slice(start, end + 1)));
    if (result) return { end, line: (blocks[end] as Block).lines[1], result, inline: true };
  }
  return null;
}

function resultBelow(blocks: Block[], start: number, source: string[]): FoundResult | null {
  // An amendment moved on the floor has its own outcome; the motion's follows it.
  let amendments = 0;
  for (let index = start; index < Math.min(blocks.length, start + MAX_MOTION_BLOCKS + 3 * amendments); index += 1) {
    const block = blocks[index] as Block;
    const opensAnother = index > start && opensMotion(blockText(block)) && hasMover(blocks.slice(start, index).map(blockText));
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
