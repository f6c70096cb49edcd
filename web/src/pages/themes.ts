/** Themes: a theme × jurisdiction matrix over a date range, body and kind of statement; a cell opens its statements. */
import { gql, REP_FIELDS, type Rep } from '../api';
import { h } from '../dom';
import { enumLabel, lang, t } from '../i18n';
import { entityHref, repName, repShort } from '../links';
import { currentRoute, href, setParams } from '../router';
import { basisAttr, basisCell, inferredBadge, KNOWN_FIELDS, type Known } from '../provenance';
import { csvButton, linkCell, table } from '../table';
import { bodySelect, dateInput, statementKind, statementKindSelect, statementTypes } from './filters';

interface Theme { id: string; label: string | null }
interface Matrix { themes: Theme[]; representatives: Rep[]; cells: { theme: { id: string }; representative: { id: string }; count: number }[] }
interface Statement extends Known {
  id: string; type: string; summary: string | null; text: string; attributionText: string | null;
  speaker: { id: string; name: string };
  meeting: { id: string; date: string | null; title: string | null };
  agendaItem: { number: string; title: string | null };
  evidence: { quote: string; lineStart: number; lineEnd: number } | null;
}
interface Across { representatives: { representative: Rep; statements: Statement[] }[] }

const MATRIX = `query Matrix($from: Date, $to: Date, $bodyId: ID, $includeNarrower: Boolean, $statementTypes: [StatementType!], $lang: Language) {
  themeJurisdictionMatrix(from: $from, to: $to, bodyId: $bodyId, includeNarrower: $includeNarrower, statementTypes: $statementTypes) {
    themes { id label(lang: $lang) }
    representatives { ${REP_FIELDS} }
    cells { theme { id } representative { ... on Jurisdiction { id } ... on Organization { id } } count }
  }
}`;

const CELL = `query Cell($themeId: ID!, $from: Date, $to: Date, $bodyId: ID, $includeNarrower: Boolean, $statementTypes: [StatementType!], $lang: Language) {
  themeAcrossMeetings(themeId: $themeId, from: $from, to: $to, bodyId: $bodyId, includeNarrower: $includeNarrower, statementTypes: $statementTypes) {
    representatives {
      representative { ${REP_FIELDS} }
      statements {
        id type summary(lang: $lang) text attributionText ${KNOWN_FIELDS}
        speaker { id name }
        meeting { id date title(lang: $lang) }
        agendaItem { number title(lang: $lang) }
        evidence { quote lineStart lineEnd }
      }
    }
  }
}`;

export async function themesPage(root: HTMLElement): Promise<void> {
  const { params } = currentRoute();
  const filters = { from: params.get('from') ?? '', to: params.get('to') ?? '', body: params.get('body') ?? '', narrower: params.get('narrower') === '1', types: statementKind(params) };
  const variables = { from: filters.from || null, to: filters.to || null, bodyId: filters.body || null, includeNarrower: filters.narrower, statementTypes: statementTypes(filters.types), lang: lang() };
  root.append(
    h('h2', {}, t('themes')),
    h('form', { class: 'filters', onsubmit: (event: Event) => {
      event.preventDefault();
      const form = new FormData(event.target as HTMLFormElement);
      setParams({ from: String(form.get('from') ?? ''), to: String(form.get('to') ?? ''), body: String(form.get('body') ?? ''), narrower: form.get('narrower') ? '1' : undefined, types: String(form.get('types') ?? '') || undefined, theme: undefined, rep: undefined });
    } },
      dateInput('from', t('from'), filters.from), dateInput('to', t('to'), filters.to), await bodySelect(filters.body), statementKindSelect(filters.types),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'narrower', checked: filters.narrower }), t('includeNarrower')),
      h('button', { type: 'submit' }, t('apply'))),
  );
  const { themeJurisdictionMatrix: matrix } = await gql<{ themeJurisdictionMatrix: Matrix }>(MATRIX, variables);
  if (matrix.themes.length === 0) {
    root.append(h('p', { class: 'empty' }, t('noStatementsRange')));
    return;
  }
  const counts = new Map(matrix.cells.map((c) => [`${c.theme.id}|${c.representative.id}`, c.count]));
  const max = Math.max(1, ...matrix.cells.map((c) => c.count));
  const selected = { theme: params.get('theme') ?? '', rep: params.get('rep') ?? '' };
  // The CSV holds the matrix as drawn: one row per theme, one column per representative, zeros included.
  const csvRows = matrix.themes.map((theme) => [theme.label ?? theme.id, ...matrix.representatives.map((rep) => String(counts.get(`${theme.id}|${rep.id}`) ?? 0))]);
  root.append(h('div', { class: 'table-tools' }, h('p', { class: 'help' }, t('matrixHelp')), csvButton('theme-matrix', [t('theme'), ...matrix.representatives.map(repName)], csvRows)),
    matrixTable(matrix, counts, max, selected));
  if (selected.theme && selected.rep) await cellStatements(root, selected, variables, matrix);
}

function matrixTable(matrix: Matrix, counts: Map<string, number>, max: number, selected: { theme: string; rep: string }): HTMLElement {
  const head = h('tr', {}, h('th', {}, t('theme')), ...matrix.representatives.map((rep) => h('th', { scope: 'col', title: repName(rep) }, repShort(rep))));
  const rows = matrix.themes.map((theme) => h('tr', {}, h('th', { scope: 'row' }, theme.label ?? theme.id), ...matrix.representatives.map((rep) => {
    const count = counts.get(`${theme.id}|${rep.id}`) ?? 0;
    if (count === 0) return h('td', { class: 'zero' }, '');
    const isSelected = theme.id === selected.theme && rep.id === selected.rep;
    const cellLink = h('a', {
      href: href('themes', undefined, { ...Object.fromEntries(currentRoute().params.entries()), theme: theme.id, rep: rep.id }),
      class: `cell${isSelected ? ' selected' : ''}`, 'data-theme': theme.id, 'data-rep': rep.id,
      title: `${theme.label ?? theme.id} × ${repName(rep)}: ${count}`,
      style: `--heat: ${(count / max).toFixed(2)}`,
    }, String(count));
    return h('td', {}, cellLink);
  })));
  return h('div', { class: 'matrix-scroll' }, h('table', { class: 'matrix', 'data-matrix': 'themes' }, h('thead', {}, head), h('tbody', {}, ...rows)));
}

/** Parts of a statement whose badge goes next to the speaker's name. */
const SPEAKER_PARTS = ['speaker', 'onBehalfOf'];

async function cellStatements(root: HTMLElement, selected: { theme: string; rep: string }, variables: Record<string, unknown>, matrix: Matrix): Promise<void> {
  const data = await gql<{ themeAcrossMeetings: Across | null }>(CELL, { ...variables, themeId: selected.theme });
  const entry = data.themeAcrossMeetings?.representatives.find((r) => r.representative.id === selected.rep);
  const theme = matrix.themes.find((th) => th.id === selected.theme);
  const rep = matrix.representatives.find((r) => r.id === selected.rep);
  const statements = entry?.statements ?? [];
  const panel = h('section', { class: 'cell-detail', 'data-cell': `${selected.theme}|${selected.rep}` },
    h('h3', {}, `${theme?.label ?? selected.theme} × ${repName(rep)}`),
    ...statements.map((s) => h('article', { class: 'statement', 'data-statement': s.id, 'data-basis': s.basis },
      h('blockquote', { class: 'quote' }, s.evidence?.quote ?? s.text),
      h('p', { class: 'meta' }, h('a', { href: entityHref('Person', s.speaker.id) }, s.speaker.name), ' ', inferredBadge(s, SPEAKER_PARTS), ' · ',
        h('a', { href: entityHref('Meeting', s.meeting.id) }, `${s.meeting.date ?? ''} ${s.meeting.title ?? ''}`.trim()), ' · ',
        `${t('agendaItem')} ${s.agendaItem.number}`, s.evidence ? ` · ${t('lines')} ${s.evidence.lineStart}–${s.evidence.lineEnd}` : '', ` · ${enumLabel(s.type)} `, inferredBadge(s, undefined, SPEAKER_PARTS)),
      s.summary ? h('p', { class: 'summary' }, s.summary) : null)),
    table({
      name: 'cell-statements', columns: [t('date'), t('meeting'), t('speaker'), t('type'), t('summary'), t('quote'), t('lines'), t('basis')],
      rows: statements.map((s) => [s.meeting.date ?? '', linkCell(s.meeting.title ?? s.meeting.id, entityHref('Meeting', s.meeting.id)), linkCell(s.speaker.name, entityHref('Person', s.speaker.id)),
        enumLabel(s.type), s.summary ?? '', s.evidence?.quote ?? s.text, s.evidence ? `${s.evidence.lineStart}-${s.evidence.lineEnd}` : '', basisCell([{ fact: s }])]),
      rowAttrs: (i) => ({ 'data-id': statements[i]?.id ?? '', ...basisAttr(statements.slice(i, i + 1)) }),
    }));
  root.append(panel);
}
