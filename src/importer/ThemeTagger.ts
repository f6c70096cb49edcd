import type { ThemeSpec } from '../ingest/SeedDocument';
import { escapeRegExp } from './text';
import { type Word, containsPhrase, phrase, words } from './themeWords';

/** Passages up to about two lines: one mention there is the point of the passage. */
const SHORT_PASSAGE = 300;
/** Evidence a theme needs in a passage: one specific mention, or two weak ones. */
const THRESHOLD = 1;
/** Content words a phrase may be interrupted by ("prestation des services aux populations autochtones"). */
const MAX_GAP = 1;
/** An interrupted phrase is weaker evidence than the phrase itself. */
const GAP_FACTOR = 0.5;

interface ThemeForm {
  themeId: string;
  name: string;
  stems: Array<{ stem: string; broken: boolean }>;
  /** Short capitalised forms (AI, IA, CoP, UX) match case-sensitively, so the French "ai" of "j'ai" is not AI. */
  exact?: RegExp;
  /** Evidence of one mention: 1 for a specific form, 0.5 for a single common word, a quarter of that when two or more other themes' names contain it. */
  weight: number;
}

export interface ThemeTaggerOptions {
  /** Spans naming governments or departments ("Services aux Autochtones Canada"): names, not topics. */
  names?: (text: string) => Array<{ index: number; length: number }>;
}

export interface ThemeMatch { themeId: string; count: number; first: number; score: number; /** The words that matched. */ via: string[] }

/**
 * Tags text with themes of the bilingual taxonomy. Labels and synonyms (either language) are
 * compared word by word on accent- and case-folded, lightly stemmed words, ignoring function
 * words, and may be interrupted by one other word (half the evidence). Each mention adds evidence:
 * a multi-word form, a label or a capitalised name counts 1; a single common word 0.5; a form that
 * two or more other (not narrower) themes' names also contain a quarter of that, since it says
 * little about which one is meant ("prestation des services"). A theme applies from 1 (0.5 in a
 * short passage). Words read as a longer form are not read again, except as a narrower theme
 * named inside a broader theme's words. Words inside the spans `names` reports are not topics.
 * Broader themes are not added: the curated seeds tag them only when they are discussed.
 */
export class ThemeTagger {
  private readonly forms: ThemeForm[] = [];
  private readonly broader = new Map<string, string[]>();

  constructor(themes: ThemeSpec[], private readonly options: ThemeTaggerOptions = {}) {
    for (const theme of themes) this.broader.set(theme.id, theme.broader ?? []);
    const names = themes.map((theme) => ({ theme, names: namesOf(theme) }));
    const allStems = names.flatMap(({ theme, names: list }) => list.map((n) => ({ themeId: theme.id, stems: phrase(n).map((s) => s.stem) })));
    for (const { theme, names: list } of names) {
      for (const name of list) {
        const stems = phrase(name);
        if (stems.length === 0) continue;
        const letters = name.replace(/[^\p{L}]/gu, '');
        const caseSensitive = letters.length <= 4 && /\p{Lu}/u.test(name);
        const specific = stems.length > 1 || preferredTerms(theme).has(name) || /^\p{Lu}/u.test(name);
        const plain = stems.map((s) => s.stem);
        const sharers = new Set(allStems.filter((o) => o.themeId !== theme.id && !this.isNarrower(o.themeId, theme.id) && containsPhrase(o.stems, plain)).map((o) => o.themeId));
        const weight = (specific ? 1 : 0.5) * (sharers.size >= 2 ? 0.25 : 1);
        this.forms.push({
          themeId: theme.id, name, stems, weight,
          exact: caseSensitive ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu') : undefined,
        });
      }
    }
    // Longest forms first, so the longer reading of the same words wins.
    this.forms.sort((a, b) => b.stems.length - a.stems.length);
  }

  /** Theme ids found in the text with their evidence, in order of first occurrence. */
  matches(text: string): ThemeMatch[] {
    const spaced = text.replace(/\s+/g, ' ').trim();
    const all = words(spaced);
    const masked = new Set<number>();
    for (const span of this.options.names?.(spaced) ?? []) {
      all.forEach((w, i) => { if (w.start < span.index + span.length && w.end > span.index) masked.add(i); });
    }
    const content = all.map((w, i) => ({ ...w, i })).filter((w) => !w.stop);
    const taken: Array<[number, number, string]> = [];
    const hits = new Map<string, ThemeMatch>();
    const add = (form: ThemeForm, start: number, end: number, factor: number) => {
      const hit = hits.get(form.themeId);
      const via = spaced.slice(start, end);
      const weight = form.weight * factor;
      if (hit) { hit.count += 1; hit.first = Math.min(hit.first, start); hit.score += weight; hit.via.push(via); }
      else hits.set(form.themeId, { themeId: form.themeId, count: 1, first: start, score: weight, via: [via] });
    };
    // Whole phrases first, then phrases interrupted by a word, so an exact reading wins the words.
    for (const maxGap of [0, MAX_GAP]) {
      for (const form of this.forms) {
        if (form.exact) {
          if (maxGap > 0) continue;
          form.exact.lastIndex = 0;
          for (let m = form.exact.exec(spaced); m; m = form.exact.exec(spaced)) add(form, m.index, m.index + m[0].length, 1);
          continue;
        }
        for (let at = 0; at < content.length; at++) {
          const span = matchAt(content, at, form.stems, maxGap);
          if (!span) continue;
          const [from, to] = span;
          if (content.slice(from, to + 1).some((w) => masked.has(w.i))) continue;
          // Words already read as a longer form are not read again, unless as a narrower theme;
          // phrases that merely share a word both count, once per theme.
          const overlaps = (s: number, e: number) => from <= e && to >= s;
          if (taken.some(([s, e, outer]) => (from >= s && to <= e && !this.isNarrower(form.themeId, outer)) || (outer === form.themeId && overlaps(s, e)))) continue;
          taken.push([from, to, form.themeId]);
          add(form, (content[from] as Word).start, (content[to] as Word).end, maxGap > 0 ? GAP_FACTOR : 1);
        }
      }
    }
    return [...hits.values()].sort((a, b) => a.first - b.first);
  }

  private isNarrower(themeId: string, than: string, depth = 0): boolean {
    const parents = this.broader.get(themeId) ?? [];
    return depth < 5 && parents.some((p) => p === than || this.isNarrower(p, than, depth + 1));
  }

  /** Theme ids for the text whose evidence reaches the threshold, in order of first occurrence. */
  tag(text: string): string[] {
    const threshold = text.length < SHORT_PASSAGE ? THRESHOLD / 2 : THRESHOLD;
    return this.matches(text).filter((m) => m.score >= threshold).map((m) => m.themeId);
  }
}

function namesOf(theme: ThemeSpec): string[] {
  const names = [...preferredTerms(theme), ...(theme.synonyms?.en ?? []), ...(theme.synonyms?.fr ?? [])];
  return [...new Set(names.filter(Boolean))];
}

/**
 * The labels, also without their parenthesised detail ("Infrastructure (physique et
 * technologique)" → "Infrastructure"): the taxonomy's own terms, specific even as single words.
 * (Splitting "Antiracisme et décolonisation" into its concepts was tried: words like "recherche"
 * or "leadership" then count as specific and precision falls.)
 */
function preferredTerms(theme: ThemeSpec): Set<string> {
  const terms = new Set<string>();
  for (const label of [theme.label.en, theme.label.fr]) {
    if (label) terms.add(label).add(label.replace(/\s*\([^)]*\)\s*$/, '').trim());
  }
  return terms;
}

/**
 * The content-word span [from, to] where the phrase starts at `at`: its words in order, at most
 * `maxGap` other words in between (single words match alone), no sentence break unless the phrase
 * has one there.
 */
function matchAt(content: Word[], at: number, stems: ThemeForm['stems'], maxGap: number): [number, number] | undefined {
  if (content[at]?.stem !== stems[0]?.stem) return undefined;
  let position = at;
  let gaps = 0;
  for (let j = 1; j < stems.length; j++) {
    const want = stems[j] as ThemeForm['stems'][number];
    let next = position + 1;
    while (next < content.length && content[next]?.stem !== want.stem && gaps < maxGap && !content[next]?.broken) { next++; gaps++; }
    const word = content[next];
    if (!word || word.stem !== want.stem || (word.broken && !want.broken)) return undefined;
    position = next;
  }
  return [at, position];
}
