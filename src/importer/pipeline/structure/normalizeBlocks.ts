import type { Block, ReadDocument } from '../../read/types';
import { isPersonName, startsWithHonorific, stripHonorifics } from '../text/personNames';
import { foldWhitespace, plainLine, wordCount } from '../text/words';
import { isNumberedHeading, lookUpHeading, lookUpPeopleLabel } from './headingLexicon';
import { peopleGrid, splitCategoryColumns, splitCentredLabel, splitLabelColumns, splitLabelRow, splitLabelRowContinuation } from './labelColumns';
import { splitLabelTable } from './labelTable';
import { labelColumnOf, splitAtLabelColumn } from './labelColumnDocument';
import { isMotionNumber, opensMotion, resultOfLine } from '../patterns/motions';
import { isConsentApproval } from '../patterns/decisionProse';
import { dashPeopleLabel, namesTheChair } from './splitSections';
import { withTableColumns } from './tableColumns';
import { splitCategoryHeaderTables, splitTypedCategoryColumns } from './categoryHeaderTable';
import { peopleSentences } from '../patterns/peopleSentences';
import { cutAtTypedTable, joinTypedTableRows, splitTypedTable } from './typedTables';
import { splitPipeTable } from './pipeTables';
import { splitAgendaTables, splitTypedAgendaTable } from './agendaTables';
import { RUNS_ON, areTaskLines, isEntryLine, isSubItem, peopleLinesAfterLabels } from './listLines';

/**
 * The READ blocks made uniform before sections are cut, whatever the format:
 * - markdown that reached us as literal text (a .md imported into Word, a .txt) is read as such:
 *   `# Title` is a heading, `- item` a list item, `**` marks go;
 * - a two-column label block ("Staff Present:    A, Title" over indented lines), and a table row
 *   whose first cell is such a label, is a heading per label and a paragraph per entry (`labelColumns.ts`);
 * - a block is cut at each of its source lines that opens with a label (`Regrets:`, `Raj:`,
 *   `Action item Jeff:`) or is a section label: markdown and plain text fold such lines into one
 *   paragraph or into the list item above;
 * - a paragraph whose lines are each an entry (a name, maybe its organisation) is one block per
 *   line (an unbulleted list);
 * - a bare lexicon label ("Attendees", "Presence", "Membres du CPSSP") and a short numbered line
 *   ("(a) Elm Street crosswalk") are headings; an item label ("Décision no 1 :") is not.
 * - a table typed with spaces under a task or people header is table rows (`typedTables.ts`);
 * - a record laid out as one two-column table (labels left, text right) is a heading per label (`labelColumnDocument.ts`);
 * - a people table's rows carry its header's cells (`tableColumns.ts`); a table whose first row
 *   names kinds of attendee ("Members | Staff | Guests") is a label and its entries per column.
 * Blocks keep source line ranges; text is recomputed from the source lines where a block is cut.
 */
export function normalizeBlocks(read: ReadDocument): Block[] {
  const blocks: Block[] = [];
  let headingLevel = 0;
  let under: ListKind = null;
  // ("Directors:" — the body's own name for its members — heads a list the lexicon's headings do not name.)
  let underLabel = false;
  // A table laid out by agenda item ("Item | Discussion | Decision | Action") is read cell by cell, and its
  // cells stay as they are: a typed cell's lines hold the other columns' words too.
  const agenda = splitAgendaTables(splitTypedAgendaTable(read.blocks, read.source.lines));
  const original = new Set(read.blocks);
  const cells = new Set(agenda.filter((block) => !original.has(block)));
  // A typed table's header inside a block ("12. Action List" over "# Action   Responsible   Due"): the table is cut off first.
  const written = splitCategoryHeaderTables(joinTypedTableRows(agenda, read.source.lines), read.source.lines);
  const labelColumn = labelColumnOf(written, read.source.lines);
  for (const block of written.flatMap((block) => (cells.has(block) ? [block] : cutAtTypedTable(block, read.source.lines) ?? [block]))) {
    if (cells.has(block)) {
      if (block.kind === 'heading') {
        headingLevel = block.level;
        under = listKindOf(block.text);
      }
      blocks.push(block);
      continue;
    }
    const columns = splitLabelRow(block, read.source.lines, headingLevel + 1) ?? splitLabelColumns(block, read.source.lines, headingLevel + 1)
      ?? splitCentredLabel(block, read.source.lines, headingLevel + 1)
      ?? splitLabelTable(block, read.source.lines, headingLevel + 1) ?? splitTypedCategoryColumns(block, read.source.lines, headingLevel + 1) ?? splitTypedTable(block, read.source.lines) ?? splitPipeTable(block, read.source.lines)
      ?? (labelColumn === null ? null : splitAtLabelColumn(block, read.source.lines, labelColumn, headingLevel + 1))
      ?? (under === 'people' ? splitCategoryColumns(block, read.source.lines) ?? splitLabelRowContinuation(block) : null);
    const cuts = (columns ?? cutItemAtLabels(block, read.source.lines, headingLevel + 1, under)).flatMap(splitAtPeopleSentence);
    for (const cut of under === 'people' ? cuts.flatMap((part) => peopleGrid(part, read.source.lines) ?? [part]) : cuts) {
      const part = under === 'people' ? typedPeopleRow(cut, read.source.lines) : cut;
      // ("C. Ashdown" in a label's cell is a director, not item C.)
      const entry: boolean = columns !== null && (under === 'people' || underLabel) && part.kind === 'paragraph' && !lookUpPeopleLabel(part.text);
      const normal: Block = entry ? part : reinterpret(part, headingLevel, standsAlone(part, read.source.lines), inAList(part, read.source.lines));
      if (normal.kind === 'heading') {
        headingLevel = normal.level;
        under = listKindOf(normal.text);
        underLabel = lookUpPeopleLabel(normal.text) !== null;
      }
      blocks.push(normal);
    }
  }
  return withTableColumns(blocks, read.source.lines);
}

// A label of at most five words before a colon, opening a line: "Regrets:", "Action item Jeff:", "Présents :".
// ("@Rosalind: circulate …": a task put to an officer by handle.)
const LABEL_START = /^(?:@[\p{L}\d_.-]+|\p{Lu}[\p{L}\p{N}'’&/\-]*(?:\s+[\p{L}\p{N}'’&/\-#()]+){0,4})\s?:(?:\s|$)/u;

/**
 * "Sixteen people joined the call. Facilitated by A (Org); notes by B (Org).": a paragraph whose later
 * sentence states attendance is cut there, so that sentence heads a people list of its own.
 */
function splitAtPeopleSentence(block: Block): Block[] {
  // (A paragraph that opens as a people list already reads its later sentences: "Present: … Regrets were received from …".)
  if (block.kind !== 'paragraph' || opensWithLabel(block.text) || /\b(?:were|was) present\b|\bin attendance\b/iu.test(block.text.split(/[.:]/u)[0] ?? '')) return [block];
  const sentences = peopleSentences(block.text);
  if (sentences[0]?.start === 0) return [block];
  const sentence = sentences.find((found) => found.start > 0 && !found.attendedAs);
  if (!sentence) return [block];
  return [{ ...block, text: block.text.slice(0, sentence.start).trim() }, { ...block, text: block.text.slice(sentence.start) }];
}

/**
 * "Corinne Vasquez   Member/Co-Chair   Natural Resources Canada" under a people label: a line typed in columns
 * (runs of three spaces or more), read as a table row whose cells say name, role and organisation.
 */
function typedPeopleRow(block: Block, source: string[]): Block {
  if (block.kind !== 'paragraph' || block.lines[0] !== block.lines[1]) return block;
  const line = source[block.lines[0] - 1] ?? '';
  // (A column of a table the line is part of keeps to its column: the block holds only its part.)
  if (foldWhitespace(line.replace(/\t/gu, ' ')) !== foldWhitespace(block.text)) return block;
  const cells = line.trim().split(/\s{3,}|\t+/u);
  const name = stripHonorifics(cells[0] ?? '');
  return cells.length >= 3 && cells.length <= 5 && name.includes(' ') && isPersonName(name) ? { kind: 'tableRow', cells, header: false, lines: block.lines } : block;
}

// cutAtLabels again on an item's people label ("2. Présence …" over "Membres :") or sub-item title ("2.1 Hamlet of …").
function cutItemAtLabels(block: Block, source: string[], level: number, under: ListKind): Block[] {
  const parts = cutAtLabels(block, source, level, under);
  if (block.kind !== 'listItem') return parts;
  return parts.flatMap((part) => (part === block || part.kind !== 'paragraph' ? [part] : opensPeopleLabel(part.text) ? cutAtLabels(part, source, level, 'people') : isSubItem(part) ? cutAtLabels(part, source, level, under) : [part]));
}

function opensPeopleLabel(text: string): boolean {
  if (dashPeopleLabel(text)) return true;
  const label = LABEL_START.exec(text)?.[0];
  const kind = label ? lookUpHeading(label.trim(), true)?.kind : undefined;
  return kind === 'attendance' || kind === 'regrets';
}

function opensWithLabel(text: string): boolean {
  return (LABEL_START.test(text) && !/^\d/.test(text)) || dashPeopleLabel(text) !== null;
}

/** The list a heading opens, whose unbulleted lines are entries: tasks or people. */
type ListKind = 'actions' | 'people' | null;

function listKindOf(heading: string): ListKind {
  const kind = lookUpHeading(heading)?.kind;
  return kind === 'actions' ? 'actions' : kind === 'attendance' || kind === 'regrets' ? 'people' : null;
}

function cutAtLabels(block: Block, source: string[], level: number, under: ListKind): Block[] {
  if (block.kind !== 'paragraph' && block.kind !== 'listItem') return [block];
  const [first, last] = block.lines;
  if (first === last) return [block];
  // ("Mme Ginette Lafrenière<TAB>présidente": a tab between a name and its details separates them as a comma does.)
  const lines = source.slice(first - 1, last).map((line) => plainLine(line.replace(/(?<=[^\s:])\t+(?=\S)/gu, ', ')));
  // ("Lochside - Mr K. Ritchie, …" lines over "Apologies - …": entry lines up to the first label line.)
  const labelAt = lines.findIndex((line, index) => index >= 2 && opensWithLabel(line));
  const entryHead = labelAt > 0 ? lines.slice(0, labelAt) : lines;
  const entryLines = entryHead.length >= 2 && (entryHead.every((line) => line === '' || isEntryLine(line)) || (under === 'actions' && block.kind === 'paragraph' && areTaskLines(entryHead)));
  // In a follow-up list a numbered line is a task, whatever its length: never a title over text.
  // "Discussion summary" over its text: a section label on the first line heads the lines below.
  const titled = (under !== 'actions' && isItemTitle(block, source[first - 1] ?? '', lines[1] ?? '')) || (block.kind === 'paragraph' && isHeadingLine(lines[0] ?? ''))
    || (block.kind === 'paragraph' && under === null && isShortTitle(lines[0] ?? '', lines[1] ?? ''));
  // Under a people label, each capitalised line after a finished one is the next person; a line
  // in lower case continues the one above ("…, CISSS" / "de la Haute-Sauvagine"). The label may be this block's first line.
  // ("Présences :⇥A, présidente, Org" over "B, Org" and "C, Org": after a label's own line, one person a line —
  // when every line below is a full name with its details; a wrapped inline list goes on instead.)
  const entriesBelow = opensPeopleLabel(lines[0] ?? '') && lines.length >= 3 && lines.slice(1).every((line) => line === '' || (isEntryLine(line) && /^\S+\s+\S+/u.test(line.trim()) && !/,$/u.test(line.trim())));
  const peopleLines = (under === 'people' || (titled && listKindOf(lines[0] ?? '') === 'people') || entriesBelow) && block.kind === 'paragraph';
  // A list wrapped after a comma, a conjunction or a hyphen ("Robert Ahenakew-" / "Lyons, …") goes on: the next line is not a new entry.
  // ("Public members:" alone on its line heads the lines below: it runs on to no one.)
  // "formant quorum sous la présidence de …" back at the margin under indented entries: no entry's continuation.
  const indent = (index: number) => /^\s*/u.exec(source[first - 1 + index] ?? '')?.[0].length ?? 0;
  const outdented = (index: number) => peopleLines && indent(index) < indent(index - 1);
  // Under a follow-up heading a line indented past the one above goes on with its task ("   Hill P.S. – December 16").
  const indentedTask = (index: number) => under === 'actions' && indent(index) > indent(index - 1);
  // ("Directors Present: A (Chair), B, Dr. C, Harold" over "Two Rivers, D, E": an inline list wrapped inside a name — a long line
  // of three commas or more, or one ending on a title and a first name ("…; madame Dominique" over "Pelletier-Sirois, …").)
  const inlineWrapped = (index: number) => (peopleLines || entryLines) && /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?\s?[,(]/u.test(lines[index] ?? '')
    && ((((lines[index - 1] ?? '').match(/[,;]/gu) ?? []).length >= 2 && (lines[index - 1] ?? '').length >= 60 && /[,;]\s+(?:(?:Dr|Mr|Ms|Mrs)\.\s+)?\p{Lu}[\p{Ll}'’-]+$/u.test(lines[index - 1] ?? '')) || TITLE_AND_FIRST_NAME.test(lines[index - 1] ?? ''));
  // "Kwame Asante-Bellamy (Student" over "Governor), …": a parenthesis left open goes on.
  const openParenthesis = (index: number) => { const above = lines.slice(0, index).join(' '); return (above.match(/\(/gu) ?? []).length > (above.match(/\)/gu) ?? []).length; };
  const wrapped = (index: number) => !outdented(index) && (indentedTask(index) || inlineWrapped(index) || openParenthesis(index) || /(?:,|\s(?:and|et|&)|\p{L}-)$/u.test(lines[index - 1] ?? '') || (peopleLines && (!/^\p{Lu}/u.test(lines[index] ?? '') || (RUNS_ON.test(lines[index - 1] ?? '') && !isHeadingLine(lines[index - 1] ?? '')))));
  // "Superintendent of Business – Costed plan …" back at the margin after an indented line: the next task.
  const taskStart = (index: number) => under === 'actions' && block.kind === 'paragraph' && !indentedTask(index)
    && (indent(index) < indent(index - 1) || /^[^\s–—][^–—]{1,60}\s[–—]\s+\S/u.test(lines[index] ?? ''));
  const listed = peopleLinesAfterLabels(lines, opensPeopleLabel, opensWithLabel);
  const starts = lines.map((line, index) => index === 0 || (titled && index === 1) || ((entryLines || peopleLines) && !wrapped(index)) || listed[index] || taskStart(index) || (line !== '' && ((opensWithLabel(line) && !/[—–:]\s*$/u.test(lines[index - 1] ?? '')) || isHeadingLine(line) || namesTheChair(line) || startsMotion(line, lines[index - 1] ?? '') || isConsentApproval(line) || isOutcome(lines[index - 1] ?? '') || SUB_ITEM.test(line))));
  if (starts.every((start, index) => index === 0 || !start)) return [block];
  const parts: Block[] = [];
  lines.forEach((line, index) => {
    const number = first + index;
    const open = parts[parts.length - 1];
    if (!starts[index] && open && open.kind !== 'tableRow') {
      open.text = joinLines(open.text, line);
      open.lines = [open.lines[0], number];
    } else if (line !== '') {
      if (index === 0 && titled) parts.push({ kind: 'heading', level, text: foldWhitespace(source[number - 1] ?? line), lines: [number, number] });
      else parts.push(index === 0 && block.kind === 'listItem' ? { ...block, text: line, lines: [number, number] } : { kind: 'paragraph', text: line, lines: [number, number] });
    }
  });
  return parts;
}

const TITLE_AND_FIRST_NAME = /[,;:]\s*(?:monsieur|madame|mr\.?|mrs\.?|ms\.?|dr\.?|m\.|mme)\s+\p{Lu}[\p{Ll}'’-]+$/iu;
// "9.3 Fall retreat. Council decided …": a numbered sub-item opens its own block, whatever follows its title.
const SUB_ITEM = /^\d{1,3}\.\d{1,3}\.?\s+\p{Lu}/u;

/**
 * "MOTION C-2024-23" or "Moved by Jasmine …, seconded by …" after a line of discussion: a motion
 * starts on its own line ("Moved by:" after a motion's number goes on with it).
 */
function startsMotion(line: string, previous: string): boolean {
  return (isMotionNumber(line) || opensMotion(line)) && !isMotionNumber(previous) && !/[,:]$/u.test(previous);
}

/**
 * "Elders' heating assistance" over "Councillor Tanya Morin said …": a short capitalised line, well
 * short of the line below, with no sentence punctuation — an item's title typed over its minute.
 */
function isShortTitle(line: string, next: string): boolean {
  return isTitleShaped(line) && wordCount(line) <= 6 && line.length * 2 < next.length && /^\p{Lu}/u.test(next) && !/[,;:]$/u.test(line);
}

/** A capitalised title of a few words without sentence punctuation. */
function isTitleShaped(title: string): boolean {
  // "… — Responsable : Jacinthe": fields are no title.
  // "Chair: Helen Marchetti (StatCan)": a people label with its value is no title.
  return !startsWithHonorific(title) && !/\s:\s|\s:$/u.test(title) && !opensPeopleLabel(title) && /^\p{Lu}/u.test(title) && wordCount(title) <= 14 && !/[.;,:!?]$|\s(?:and|et|of|de|du|des|the|la|le|les|to|à|for|pour)$/iu.test(title);
}

/**
 * A numbered agenda item's title typed straight over its minute ("2. Suivi du dernier compte rendu"
 * then "Le compte rendu … est approuvé."): a short capitalised line without sentence punctuation,
 * the next line a new capitalised sentence rather than the title wrapped.
 */
function isItemTitle(block: Block, firstLine: string, nextLine: string): boolean {
  const numbered = block.kind === 'listItem' ? block.ordered && block.depth === 0 : isNumberedHeading(firstLine);
  // "7.1 Draft Policy 5.40": plainLine keeps a dotted number; the title is what follows it.
  // ("(a) Water treatment plant" keeps its letter too: the title is what follows it.)
  const title = plainLine(firstLine).replace(/^\d{1,3}(?:\.\d{1,3})+\s+/u, '').replace(/^\((?:[a-z]|\d{1,3}|[ivx]{1,4})\)\s+/iu, '');
  return numbered && isTitleShaped(title) && /^\p{Lu}/u.test(nextLine);
}

/** A word broken at a line end ("Saint-" / "Aubert") is one word again. */
function joinLines(text: string, line: string): string {
  return /\p{L}-$/u.test(text) && /^\p{L}/u.test(line) ? text + line : foldWhitespace(`${text} ${line}`);
}

// "Décision no 1 :", "Mesure de suivi n° 2A :", "Action item #3": the label of one item, not a section.
// "RÉSOLUTION CA-2024-08", "Resolution 2023-114": a numbered resolution, the motion follows.
const ITEM_LABEL = /^(?:D[ée]cision|R[ée]solution|Resolution|Mesure de suivi|Suivi|Action item|Action|Motion)\s*(?:(?:#|no\.?|n°|number)\s*[\w.-]{1,6}|\s\p{L}{0,4}-?\d[\w.-]{0,12}(?:\s\/\s[\w.-]{1,8})?)\s*:?$/iu;

/** A one-line block with a blank line (or nothing) above and below: not an entry of a list. */
function standsAlone(block: Block, source: string[]): boolean {
  const blank = (line: number) => (source[line - 1] ?? '').trim() === '';
  return block.lines[0] === block.lines[1] && blank(block.lines[0] - 1) && blank(block.lines[1] + 1);
}

/** The next line is the next item of a numbered list (an agenda "7. Action Items" over "8. Forward Agenda"). */
function inAList(block: Block, source: string[]): boolean {
  return /^\s*\d{1,3}[.)]\s/u.test(source[block.lines[1]] ?? '');
}

function reinterpret(block: Block, headingLevel: number, alone = false, listed = false): Block {
  if (block.kind === 'tableRow') return block;
  // "Resolution CW-2025-14", a bold "Carried": parts of a motion, not section titles.
  if (block.kind === 'heading' && (ITEM_LABEL.test(block.text) || isOutcome(block.text))) return { kind: 'paragraph', text: block.text, lines: block.lines };
  const text = foldWhitespace(block.text.replace(/\*\*|__/g, '').replace(/(\p{L})- (\p{Lu}\p{Ll}+)(?!\p{L})/gu, '$1-$2'));
  // "4. Tâches", "5) Action items", "1. Follow-up from last meeting (11 July 2024)" standing alone in plain
  // text: a numbered title heads a section (a run of numbered lines without blank lines is a list, an agenda).
  // The heading keeps its number: a numbered heading is an agenda item, never the document's title.
  // ("12. Action List" over a table is a heading too: the lexicon knows it.)
  if (block.kind === 'listItem' && block.ordered && block.depth === 0 && ((alone && isTitleShaped(text)) || (!listed && wordCount(text) <= 4 && lookUpHeading(text, true)?.kind === 'actions'))) {
    return { kind: 'heading', level: Math.min(6, headingLevel + 1), text: block.marker ? `${block.marker} ${text}` : text, lines: block.lines };
  }
  if (block.kind !== 'paragraph') return { ...block, text };
  const hashes = /^(#{1,6})\s+(.*)$/u.exec(text);
  if (hashes) return { kind: 'heading', level: hashes[1]?.length ?? 1, text: hashes[2] ?? '', lines: block.lines };
  // "* * * * * PRESENT * * * * *": a label set off by rows of stars, no bullet.
  const starred = /^(?:[*=~_•·]\s*){2,}(\p{L}.*?)(?:\s*[*=~_•·]){2,}$/u.exec(text)?.[1];
  if (starred && block.lines[0] === block.lines[1] && isHeadingLine(starred)) return { kind: 'heading', level: Math.min(6, headingLevel + 1), text: starred, lines: block.lines };
  // ("– Le logement reste …": a French document's dash opens a bullet too.)
  const bullet = /^([-*•–])\s+(.*)$/u.exec(text);
  if (bullet) return { kind: 'listItem', depth: 0, ordered: false, marker: bullet[1] ?? '-', text: bullet[2] ?? '', lines: block.lines };
  if (block.lines[0] === block.lines[1] && isHeadingLine(text)) return { kind: 'heading', level: Math.min(6, headingLevel + 1), text, lines: block.lines };
  // "Personnes présentes à titre de sympathisant-es et observateur-trice :": a long people label alone on its line.
  if (block.lines[0] === block.lines[1] && /:\s*$/u.test(text) && wordCount(text) <= 12 && !/[.;!?]/u.test(text) && lookUpPeopleLabel(text)) {
    return { kind: 'heading', level: Math.min(6, headingLevel + 1), text, lines: block.lines };
  }
  // "Follow-up from last meeting" on a line of its own: a section label followed by its subject.
  // ("Summary of New Action Items - Meeting 17" right over its list: a list named as such heads it, blank line or not.)
  const summary = block.lines[0] === block.lines[1] && /^(?:Summary|List|Register|Recap|Tableau|Liste|Registre|Récapitulatif|Résumé|Sommaire)\b/iu.test(text);
  if ((alone || summary) && wordCount(text) <= (summary ? 10 : 6) && isTitleShaped(text) && lookUpHeading(text)?.kind === 'actions') return { kind: 'heading', level: Math.min(6, headingLevel + 1), text, lines: block.lines };
  return { ...block, text };
}

/** "Carried", "CARRIED UNANIMOUSLY", "ADOPTÉE À LA MAJORITÉ": a motion's outcome alone on its line. */
function isOutcome(text: string): boolean {
  const line = plainLine(text);
  return resultOfLine(line) !== null && wordCount(line.replace(/\([^)]*\)/gu, '')) <= 6;
}

/** A bare section label, or a short numbered sub-item title with no sentence punctuation. */
function isHeadingLine(text: string): boolean {
  if (wordCount(text) <= 5 && lookUpHeading(text, true) !== null) return true;
  // "M. Alain Bergeron, président": an honorific, not an item letter.
  return isNumberedHeading(text) && !startsWithHonorific(text) && /^\S+\s+\p{Lu}/u.test(text) && wordCount(text) <= 8 && !/[.;,!?]$/.test(text);
}
