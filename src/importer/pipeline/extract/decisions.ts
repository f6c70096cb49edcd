import type { Block, LineRange } from '../../read/types';
import type { ExtractedDecision, Section } from '../types';
import { afterDecisionLabel, findProseDecisions, isLabelledDecision, isNoDecisionOfOurs } from '../patterns/decisionProse';
import { withBody } from '../text/labelledItems';
import { blockText, lineOfSentence } from '../text/sourceLines';
import { splitSentences } from '../text/words';
import { readMotions } from './motionDecisions';
import { bracketedMotion, shorthandMotion } from '../patterns/motions';

export interface DecisionReading {
  decisions: ExtractedDecision[];
  defeated: LineRange[];
  /** Blocks read as motions or decisions. */
  consumed: Set<Block>;
  /** Blocks holding a decision in prose, with its sentences: still read for tasks ("directed staff to …"). */
  decided: Map<Block, Set<string>>;
}

/**
 * Decisions, numbered or not: motions that carried (with mover, seconder, result), every entry of a
 * decisions section, labelled lines ("Decision #3:", "Décision no 1 :" with its words on the next
 * block), and prose where the meeting or its body decides ("the council agreed …", "Les membres
 * conviennent …"). Defeated motions are returned apart: they are read, and are not decisions.
 */
export function extractDecisions(sections: Section[], source: string[]): DecisionReading {
  const reading: DecisionReading = { decisions: [], defeated: [], consumed: new Set(), decided: new Map() };
  for (const section of sections) {
    // An agenda section's own paragraphs may state its adoption ("Agenda adopted.", "The minutes … were approved").
    if (section.kind === 'agenda') {
      section.blocks.forEach((block, index) => {
        // Its list is the agenda itself; only a labelled entry ("- Agreed: …") records a decision there.
        if (reading.consumed.has(block) || (block.kind !== 'paragraph' && !(block.kind === 'listItem' && isLabelledDecision(blockText(block))))) return;
        reading.decisions.push(...decisionsOf(section, index, source, reading));
      });
      continue;
    }
    // A follow-up list may record a decision under its label ("Agreed: the notes … are approved"): read, and not a task.
    if (section.kind === 'actions') {
      section.blocks.forEach((block, index) => {
        if (block.kind === 'heading' || !isLabelledDecision(blockText(block))) return;
        reading.decisions.push(...decisionsOf(section, index, source, reading));
        reading.consumed.add(block);
      });
      continue;
    }
    if (section.kind !== 'discussion' && section.kind !== 'decisions') continue;
    const motions = readMotions(section, source);
    reading.decisions.push(...motions.decisions);
    reading.defeated.push(...motions.defeated);
    motions.consumed.forEach((block) => {
      reading.consumed.add(block);
      // A motion may give a task ("… de mandater la direction générale pour transmettre …"); its own "will" is no task.
      reading.decided.set(block, new Set(splitSentences(blockText(block)).map((sentence) => sentence.text)));
    });
    section.blocks.forEach((block, index) => {
      if (block.kind === 'heading' || reading.consumed.has(block)) return;
      reading.decisions.push(...decisionsOf(section, index, source, reading));
    });
  }
  reading.decisions.sort((a, b) => a.lines[0] - b.lines[0]);
  return reading;
}

// "Next meeting: …", "Summary prepared by the Secretariat": the record's closing lines, under its last list.
const NOT_A_DECISION = /^(?:Next meeting|Date of (?:the )?next meeting|Prochaine (?:réunion|rencontre|séance)|(?:Summary|Minutes|Record|Notes) (?:prepared|recorded|taken) by|Compte rendu (?:préparé|rédigé) par|Procès-verbal (?:préparé|rédigé) par)\b/iu;

const UNDECIDED = /^(?:not decided|undecided|no decision|pending|deferred|postponed|tabled|withdrawn|rejected|defeated|lost|failed|non (?:décidée?|adoptée?|résolue?)|en suspens|en attente|reportée?|différée?|retirée?|rejetée?|refusée?|battue?)\b/iu;
const UNDECIDED_ENDING = /[:–—-]\s*(?:rejetée?|refusée?|battue?|rejected|defeated|lost|withdrawn|retirée?|reportée?|deferred)\.?$/iu;

const SO_DECIDED = /^(?:\d{1,3}\.\s+)?(?:It was so (?:decided|agreed)|Il en est ainsi (?:décidé|convenu))\.?$/u;

function decisionsOf(section: Section, index: number, source: string[], { consumed, decided }: DecisionReading): ExtractedDecision[] {
  const block = section.blocks[index] as Block;
  const text = blockText(block);
  if (isLabelledDecision(text)) {
    const item = withBody(section.blocks, index, afterDecisionLabel(text));
    // The block stays readable for a task written after the decision ("Decision: … approved. Manitoba will prepare …").
    decided.set(block, new Set([splitSentences(text)[0]?.text ?? text]));
    if (item.body) consumed.add(item.body);
    return [{ text: item.text, lines: item.lines, quote: item.text }];
  }
  // "The Chair said she took it that the Working Party wished to adopt … / It was so decided.": the proposal above is decided.
  const previous = section.blocks[index - 1];
  if (SO_DECIDED.test(text.trim()) && previous && previous.kind !== 'heading' && previous.kind !== 'tableRow') {
    const proposal = /\b(?:took it that|considérait que|considère que)\s+(.+)$/u.exec(previous.text)?.[1] ?? previous.text;
    return [{ text: proposal, lines: [previous.lines[0], block.lines[1]], quote: `${previous.text} ${text}` }];
  }
  const shorthand = shorthandMotion(text);
  if (shorthand) {
    consumed.add(block);
    return shorthand.negative ? [] : [{ text: shorthand.words, lines: block.lines, quote: text, motion: shorthand.motion }];
  }
  const bracketed = bracketedMotion(text);
  if (bracketed?.negative) {
    consumed.add(block); // "motion to raise the limit (moved Jordan, seconded Sam) defeated 2–4": read, no decision
    return [];
  }
  // ("At the meeting, Ministers took the following decisions:" leads into them and is none.)
  if (section.kind === 'decisions' && (block.kind !== 'listItem' || block.depth === 0) && !isNoDecisionOfOurs(text) && !/:\s*$/u.test(text) && !NOT_A_DECISION.test(text)) {
    // "No. | Decision": a table's header row decides nothing; "D-2025-09-1 | The Council endorsed …": the decision is its longest cell.
    if (block.kind === 'tableRow' && (block.header || block.cells.every((cell) => cell.trim().split(/\s+/u).length <= 3))) return [];
    const words = block.kind === 'tableRow' ? [...block.cells].sort((a, b) => b.length - a.length)[0]?.trim() ?? text : text;
    // "… | NOT DECIDED - revisit 25 Mar | Low", "Proposition … présentée par M. X : rejetée.": a status that decides nothing.
    if (block.kind === 'tableRow' && block.cells.some((cell) => cell.trim() !== words && UNDECIDED.test(cell.trim()))) return [];
    if (UNDECIDED_ENDING.test(words)) return [];
    consumed.add(block);
    // Still read for the tasks it gives ("Ministers directed officials to develop …"); its own "will" is no task.
    decided.set(block, new Set(splitSentences(text).map((sentence) => sentence.text)));
    return [{ text: bracketed?.motion.result ? bracketed.words : words, lines: block.lines, quote: text, ...(bracketed ? { motion: bracketed.motion } : {}) }];
  }
  const sentences = findProseDecisions(text).map((offset) => splitSentences(text.slice(offset))[0]?.text ?? text.slice(offset));
  if (sentences.length > 0) decided.set(block, new Set(sentences));
  return sentences.map((sentence) => ({ text: sentence, lines: [lineOfSentence(block, sentence, source), block.lines[1]], quote: sentence }));
}
