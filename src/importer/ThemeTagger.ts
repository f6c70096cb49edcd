import type { ThemeSpec } from '../ingest/SeedDocument';
import { escapeRegExp, foldKey } from './text';

/** Passages up to about two lines: one mention there is the point of the passage. */
const SHORT_PASSAGE = 300;

interface ThemeForm { themeId: string; pattern: RegExp; caseSensitive: boolean; length: number; singleWord: boolean }

/**
 * Tags text with themes of the bilingual taxonomy: a theme applies when its label or one of its
 * synonyms (either language) occurs as whole words, ignoring accents and case. Short capitalised
 * forms (AI, IA, CoP, UX) match case-sensitively, so the French "ai" of "j'ai" is not AI.
 * Overlapping matches keep the longest form, so "gouvernance des communautés de pratique" tags the
 * governance theme, not also "communautés de pratique".
 */
export class ThemeTagger {
  private readonly forms: ThemeForm[] = [];
  private readonly broader = new Map<string, string[]>();

  constructor(themes: ThemeSpec[]) {
    for (const theme of themes) {
      this.broader.set(theme.id, theme.broader ?? []);
      const names = [theme.label.en, theme.label.fr, ...(theme.synonyms?.en ?? []), ...(theme.synonyms?.fr ?? [])];
      for (const name of new Set(names.filter((n): n is string => Boolean(n)))) {
        const letters = name.replace(/[^\p{L}]/gu, '');
        const caseSensitive = letters.length <= 4 && /\p{Lu}/u.test(name);
        const body = caseSensitive ? escapeRegExp(name) : escapeRegExp(foldKey(name));
        this.forms.push({
          themeId: theme.id, caseSensitive, length: name.length, singleWord: !/[\s'’-]/u.test(name.trim()),
          pattern: new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu'),
        });
      }
    }
    this.forms.sort((a, b) => b.length - a.length);
  }

  /** Theme ids found in the text with the number of matches, in order of first occurrence. */
  matches(text: string): Array<{ themeId: string; count: number; first: number; strong: boolean }> {
    const folded = foldKey(text);
    const spaced = text.replace(/\s+/g, ' ').trim();
    const taken: Array<[number, number, string]> = [];
    const hits = new Map<string, { count: number; first: number; strong: boolean }>();
    for (const form of this.forms) {
      const haystack = form.caseSensitive ? spaced : folded;
      form.pattern.lastIndex = 0;
      for (let m = form.pattern.exec(haystack); m; m = form.pattern.exec(haystack)) {
        const start = m.index;
        const end = start + m[0].length;
        // A narrower theme named inside a broader theme's words still counts ("cybersécurité" in
        // "Gérer les risques numériques (…, amélioration de la cybersécurité)"); anything else
        // inside a longer match does not.
        if (!form.caseSensitive && taken.some(([s, e, outer]) => start < e && end > s && !this.isNarrower(form.themeId, outer))) continue;
        if (!form.caseSensitive) taken.push([start, end, form.themeId]);
        const hit = hits.get(form.themeId);
        if (hit) { hit.count += 1; hit.first = Math.min(hit.first, start); hit.strong ||= !form.singleWord; }
        else hits.set(form.themeId, { count: 1, first: start, strong: !form.singleWord });
      }
    }
    return [...hits].map(([themeId, h]) => ({ themeId, ...h })).sort((a, b) => a.first - b.first);
  }

  private isNarrower(themeId: string, than: string, depth = 0): boolean {
    const parents = this.broader.get(themeId) ?? [];
    return depth < 5 && parents.some((p) => p === than || this.isNarrower(p, than, depth + 1));
  }

  /**
   * Theme ids for the text, in order of first occurrence. A theme named only by a single word
   * ("financement", "dialogue", "COVID") must be named twice: one passing word is weak evidence
   * that a long passage is about it (short passages, under SHORT_PASSAGE characters, excepted).
   */
  tag(text: string): string[] {
    const short = text.length < SHORT_PASSAGE;
    return this.matches(text).filter((m) => m.strong || m.count >= 2 || short).map((m) => m.themeId);
  }
}
