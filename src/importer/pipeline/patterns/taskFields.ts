import { foldKey, foldWhitespace } from '../text/words';
import type { KnownNames } from '../text/personNames';
import { isActor, ownersOf } from './assignments';
import { opensWithImperative } from './imperatives';

/**
 * Tasks written as fields rather than sentences, in English and French: "Who: Leon / What: Update
 * the handbook / When: by May 31" (one field a line), "Responsable : Mme Pelletier — Échéance : 30
 * avril 2024" with the task on the next line, and the columns of a follow-up table headed Who /
 * What / When (Responsable / Tâche / Échéance, Owner / Action / Due).
 */
export interface TaskFields {
  owners: string[];
  due: string | null;
  /** The task's words, when a field gives them. */
  task: string | null;
}

type Field = 'owner' | 'task' | 'due';

const FIELD_LABELS: Record<Field, string[]> = {
  owner: ['who', 'owner', 'owners', 'lead', 'leads', 'responsible', 'responsibility', 'person responsible', 'responsible party', 'assigned to', 'assignee', 'accountable', 'qui', 'responsable', 'responsables', 'responsabilite', 'porteur', 'porteuse', 'porteurs', 'porteuses', 'porteur de dossier', 'porteuse de dossier', 'par'],
  task: ['what', 'task', 'action', 'item', 'quoi', 'tache', 'mesure', 'action item', 'mesure de suivi', 'suivi', 'description', 'follow-up', 'next step', 'follow-up item', 'follow up item', 'follow-up action', 'action required', 'task description', 'element de suivi', 'suivi requis', 'action requise'],
  due: ['when', 'due', 'due date', 'deadline', 'by when', 'timeline', 'target date', 'date', 'quand', 'echeance', 'date limite', 'delai', 'echeancier', 'date cible'],
};

function fieldOf(label: string): Field | null {
  // ("Responsable(s)", "Porteur(e)s": an inclusive or plural ending in parentheses is no part of the word.)
  const key = foldKey(label).toLowerCase().replace(/[\s:]+$/u, '').replace(/\((?:s|e|es|e\)s|nes?)\)/gu, '');
  for (const field of Object.keys(FIELD_LABELS) as Field[]) if (FIELD_LABELS[field].includes(key)) return field;
  return null;
}

// A field label: one to three words and a colon, at the start or after a separator ("— Échéance :").
const LABEL_AT = /(?:^|\s[—–\-|/→»]\s|\s->\s|\s{2,}|[;.,]\s)(\p{L}[\p{L}'’]*(?:\s\p{L}[\p{L}'’]*){0,2})\s?:\s*/gu;

// "… (responsable : Geneviève, échéance : 15 août)", "… (owner: Dana; due: May 3)": fields in parentheses at the end.
const FIELDS_IN_PARENTHESES = /\(((?:who|owners?|leads?|responsables?|responsible|responsibility|assigned to|assignee|qui|porteurs?|porteuses?)\s?:[^()]*)\)\s*\.?$/iu;

/** The fields written after a task's words ("Préparer … — Responsable : X — Échéance : date"), or null. */
export function trailingTaskFields(text: string): TaskFields | null {
  for (const match of text.matchAll(LABEL_AT)) {
    if ((match.index ?? 0) === 0 || fieldOf(match[1] ?? '') !== 'owner') continue;
    const fields = readTaskFields(text.slice((match.index ?? 0) + match[0].indexOf(match[1] ?? '')));
    return fields ? { ...fields, task: fields.task ?? text.slice(0, match.index).replace(/[\s—–\-|/;]+$/u, '') } : null;
  }
  return null;
}

/** The fields a task's closing parenthesis gives, owner first, or null. */
export function parenthesisedTaskFields(text: string): TaskFields | null {
  const inner = FIELDS_IN_PARENTHESES.exec(text)?.[1];
  return inner ? readTaskFields(inner.replace(/\s*[,;]\s*(?=\p{L}[\p{L}'’]*(?:\s\p{L}[\p{L}'’]*){0,2}\s?:)/gu, ' — ')) : null;
}

/** The text opens with a field label of a task ("What:", "When:", "Échéance :"). */
export function opensWithTaskField(text: string): boolean {
  const label = /^(\p{L}[\p{L}'’]*(?:\s\p{L}[\p{L}'’]*){0,2})\s?:/u.exec(text)?.[1];
  return label !== undefined && fieldOf(label) !== null;
}

/** The deadline of a line that is only a due field ("Due: March 15", "Échéance : 30 mai"), or null. */
export function dueFieldOnly(text: string): string | null {
  const field = /^(\p{L}[\p{L}'’]*(?:\s\p{L}[\p{L}'’]*){0,2})\s?:\s*(\S.*)$/u.exec(text.trim());
  return field && fieldOf(field[1] ?? '') === 'due' ? (field[2] ?? '').replace(/[.;]$/u, '') : null;
}

/** The fields of a text that opens with an owner field ("Who:", "Responsable :"), or null. */
export function readTaskFields(text: string): TaskFields | null {
  const found: { field: Field; start: number; end: number }[] = [];
  for (const match of text.matchAll(LABEL_AT)) {
    const field = fieldOf(match[1] ?? '');
    if (field) found.push({ field, start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  }
  if (found[0]?.field !== 'owner' || found[0].start !== 0) return null;
  const values: Partial<Record<Field, string>> = {};
  let rest = '';
  found.forEach((label, index) => {
    const value = text.slice(label.end, found[index + 1]?.start ?? text.length).trim();
    // "Porteuse : Julie Arsenault. Pour le 15 novembre 2024.": the owner's sentence ends; a due date may follow.
    const ownerEnd = label.field === 'owner' ? /(?<!\b\p{Lu})\.\s+(?=\p{Lu})/u.exec(value) : null;
    if (ownerEnd) {
      values.owner = value.slice(0, ownerEnd.index);
      const due = /^(?:Pour|For|By|D['’]ici|Avant|Before|Due|Échéance)\b[^.]*/iu.exec(value.slice(ownerEnd.index + ownerEnd[0].length))?.[0];
      if (due && values.due === undefined) values.due = due;
    } else if (index === found.length - 1 && label.field !== 'task') {
      // "Échéance : 30 avril 2024 Préparer une proposition …": a sentence after the last field is the task.
      const split = label.field === 'due' ? /^(.*?\d{1,4})\s+(\p{Lu}\p{Ll}+\s.*)$/u.exec(value) : null;
      values[label.field] = split?.[1] ?? value;
      rest = split?.[2]?.trim() ?? '';
    } else values[label.field] = value;
  });
  return {
    owners: ownersOf(values.owner ?? ''),
    due: values.due ? foldWhitespace(values.due).replace(/[.;]$/u, '') : null,
    task: values.task ?? (rest !== '' ? rest : null),
  };
}

/** Which column of a table's header row gives the owner, the task and the due date ("Who | What | When"). */
export type TaskColumns = Partial<Record<Field, number>>;

export function taskColumns(header: string[]): TaskColumns | null {
  const columns: TaskColumns = {};
  header.forEach((cell, index) => {
    const field = fieldOf(cell.trim());
    // "Item | Action | …": an "Item" column numbers the rows when an "Action" column follows.
    const weak = columns[field ?? 'task'] !== undefined && /^item$/iu.test((header[columns[field ?? 'task'] as number] ?? '').trim());
    if (field && (columns[field] === undefined || (field === 'task' && weak))) columns[field] = index;
  });
  return columns.owner !== undefined && (columns.task !== undefined || columns.due !== undefined) ? columns : null;
}

// "Who / What / When", "Responsable | Action | Échéance": a line naming the fields of the entries below.
const FIELD_SEPARATOR = /\s+[/|—–]\s+/u;

/** The columns a field header line declares, or null when the line is no such header. */
export function fieldHeaderColumns(text: string): TaskColumns | null {
  const cells = text.trim().replace(/[:.]$/u, '').split(FIELD_SEPARATOR);
  return cells.length >= 2 && cells.every((cell) => fieldOf(cell) !== null) ? taskColumns(cells) : null;
}

/** A table row whose every cell is a field label ("Item | Action | Responsibility | Target date"): a header, marked or not. */
export function isTaskHeaderRow(cells: string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  // "# | Action | Lead | Due | Status": a numbering column and a status or notes column are a follow-up table's too.
  const fields = filled.filter((cell) => fieldOf(cell) !== null);
  return fields.length >= 2 && filled.every((cell) => fieldOf(cell) !== null || OTHER_COLUMN.test(cell)) && taskColumns(cells) !== null;
}

// ("Action #", "Item no.", "Suivi n°": the numbering column of a register.)
const OTHER_COLUMN = /^(?:(?:action|item|task|suivi|mesure|ref)\s*(?:#|no\.?|n[°o]\.?)|#|point|item|agenda item|point de l['’]ordre du jour|sujet|topic|no\.?|n[°o]\.?|num(?:éro)?\.?|status|statut|état|etat|notes?|comments?|commentaires?|remarks?|remarques?|progress|avancement|priority|priorité|source|origin|origine|reference|référence|ref\.?|réf\.?)$/iu;

/** An entry written with the header's separators ("Tess / Confirm … / by 19 June"), as cells; null when it has too few. */
export function fieldCells(text: string, columns: TaskColumns): string[] | null {
  const cells = text.split(FIELD_SEPARATOR);
  const needed = Math.max(...Object.values(columns).map((index) => (index ?? 0) + 1));
  return cells.length >= Math.min(needed, 2) ? cells : null;
}

/** A row of such a table read by its columns. */
export function rowFields(cells: string[], columns: TaskColumns): TaskFields {
  const cell = (field: Field) => (columns[field] === undefined ? '' : (cells[columns[field] as number] ?? '').trim());
  // "Co-chairs (Secretariat support)": who helps is no owner; "–" / "TBD" is no value.
  const value = (field: Field) => (/^(?:[-–—]|n\/a|tbd|à déterminer)$/iu.test(cell(field)) ? '' : cell(field));
  // "Book the hall for the AGM / – / –": a task written in the owner's place has no owner.
  if (opensWithImperative(value('owner'), 'en') && value('task') === '') return { owners: [], due: value('due') || null, task: value('owner') };
  // "Marianne Holt / Curtis Lavallee", "Comité d'inspection / I. Roy-Chénier", "Manitoba; Secretariat": two owners.
  // "Co-chairs (Secretariat support)": a helper in parentheses is no owner; "First Nation (Lands Office)" names the unit.
  const owners = value('owner').replace(/\s*\((?:[^)]*\b(?:support|supported|help|with|avec|appui|aide|assisted)\b[^)]*|\p{Ll}[^)]*)\)\s*$/u, '').split(/\s+\/\s+|\s*;\s*/u).flatMap((owner) => ownersOf(owner.replace(/\s*\+\s*/gu, ' and ')));
  return { owners, due: value('due') || null, task: value('task') || null };
}

// "Réserver le local … : S. Bélanger-Oulet (14 avril)", "Mise en demeure … : J.-F. Ostiguy, avec l'appui de Josée
// Carignan (22 avril)": a follow-up list written task first, its owners after the colon, the deadline in parentheses.
const TASK_COLON_OWNERS = /^(\S.{7,}?)\s+:\s+([^:()]+?)(?:\s*\(([^()]+)\))?\s*\.?$/u;
// Who helps is no owner: "avec l'appui de …", "with support from …".
const HELPER = /,?\s+(?:avec l['’]appui d[e']|avec l['’]aide d[e']|en collaboration avec|with (?:support|help) from|with the support of|supported by)\s.*$/iu;

/** The owners and deadline of a "task : owners (due)" entry, or null when what follows the colon names no one. */
export function taskThenOwners(text: string, names: KnownNames): { owners: string[]; due: string | null } | null {
  const match = TASK_COLON_OWNERS.exec(text.trim());
  if (!match) return null;
  const owners = ownersOf((match[2] ?? '').replace(HELPER, ''));
  if (owners.length === 0 || !owners.every((owner) => names.knows(owner) || isActor(owner, names, true))) return null;
  return { owners, due: match[3]?.trim() ?? null };
}
