/**
 * The numeric figures a text states, as keys that compare equal across French and English:
 *   "6 000" (any space, incl. U+00A0, U+202F, U+2009) / "6,000" → "6000"; "2,5" / "2.5" → "2.5";
 *   "80 %" / "80 pour cent" / "80%" / "80 per cent" → "80%";
 *   "90 millions de dollars" / "90 M$" / "$90 million" / "$90M" → "$90000000";
 *   "90 millions" / "90 million" → "90000000"; "15 h 10" / "15:10" / "3:10 p.m." → "15:10".
 * Dates contribute their digits: "26 février 2020" and "26 February 2020" → "26", "2020".
 *
 * Ignored, because they number or name things rather than state a quantity:
 *   - labels: a number after n°, no, nos, numéro, number, onglet, tab, annex(e), appendix, item
 *     or # ("Décision no 1", "Mesure de suivi n° 2A", "ONGLET 2", "#2B");
 *   - digits glued to letters: ordinals and codes ("1er", "21st", "2e", "2A", "1.C", "COVID-19",
 *     "G7"); a decade written "1990s" is ignored too;
 *   - list numbering: "1)" outside parentheses ("1) La transformation…"), and "1." or "1)" of at
 *     most two digits opening the text ("1. Catherine Bennett…", "4. TRANSFORMATION…");
 *   - numbers spelled as words ("deux", "six", "five"): a summary should use digits for a figure
 *     its passage writes in digits.
 *   - addresses: markdown link targets and URLs ("[about page](../1_About.md)", "https://…/14-ways-…").
 * Note: in English, "no 4" (without a period) is read as a label, like the French "no 4".
 */
export type FigureLang = 'en' | 'fr';

// Number syntax. fr: thousands grouped by a space, decimal comma. en: thousands comma, decimal point.
const NUMBER: Record<FigureLang, string> = {
  fr: String.raw`\d{1,3}(?: \d{3})+(?!\d)(?:,\d+)?|\d+(?:,\d+)?`,
  en: String.raw`\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?`,
};

const FIGURE: Record<FigureLang, RegExp> = {
  fr: new RegExp(
    String.raw`(?<hour>\d{1,2}) ?h ?(?<minute>\d{2})(?!\d)` +
      String.raw`|(?<num>${NUMBER.fr})(?: ?(?<scale>millions?|milliards?|mille|[kmg](?= ?\$))(?!\p{L}))?` +
      String.raw`(?: ?(?<pct>%|pour ?cent(?!\p{L}))|(?: d[e'’])? ?(?<money>\$|dollars(?!\p{L})))?`,
    'giu',
  ),
  en: new RegExp(
    String.raw`(?<hour>\d{1,2}):(?<minute>\d{2})(?: ?(?<ampm>[ap])\.?m\b\.?)?` +
      String.raw`|(?<money>\$) ?(?<cnum>${NUMBER.en})(?: ?(?<cscale>thousand|million|billion|[kmb])(?!\p{L}))?` +
      String.raw`|(?<num>${NUMBER.en})(?: ?(?<scale>thousand|million|billion)(?!\p{L}))?` +
      String.raw`(?: ?(?<pct>%|per ?cent(?!\p{L}))| (?<dollars>dollars(?!\p{L})))?`,
    'giu',
  ),
};

// Keys in lower case; single letters only count next to a currency sign ("90 M$", "$90M").
const SCALE: Record<string, number> = {
  k: 1e3, mille: 1e3, thousand: 1e3,
  m: 1e6, million: 1e6, millions: 1e6,
  g: 1e9, b: 1e9, milliard: 1e9, milliards: 1e9, billion: 1e9,
};

const LABEL_BEFORE = /(?:\b(?:n[°º]s?|nos?\.?|num[ée]ro|number|onglet|tab|annexe?|appendix|item)|#)\s*$/iu;
const CODE_BEFORE = /\p{L}-?$/u; // "COVID-19", "G7"
const GLUED_AFTER = /^\.?\p{L}/u; // "1er", "21st", "2A", "1.C"

// Addresses name pages, not quantities: a markdown link's target, or a bare URL ("14-ways-to-contribute").
const ADDRESS = /\]\([^)\s]*\)|\b(?:https?:\/\/|www\.)\S+/giu;

export function figuresOf(text: string, lang: FigureLang): string[] {
  const flat = text.replace(ADDRESS, (address) => (address.startsWith(']') ? ']' : ' ')).replace(/[\s\u00A0\u202F\u2009]+/g, ' ');
  const found = new Set<string>();
  for (const match of flat.matchAll(FIGURE[lang])) {
    const start = match.index ?? 0;
    const before = flat.slice(0, start);
    const after = flat.slice(start + match[0].length);
    if (LABEL_BEFORE.test(before) || CODE_BEFORE.test(before) || GLUED_AFTER.test(after)) continue;
    if (isListNumber(match[0], before, after)) continue;
    found.add(keyOf(match.groups ?? {}, lang));
  }
  return [...found];
}

function isListNumber(figure: string, before: string, after: string): boolean {
  if (!/^\d+$/.test(figure)) return false;
  const insideParentheses = before.lastIndexOf('(') > before.lastIndexOf(')');
  if (after.startsWith(')') && !insideParentheses) return true;
  return before.trim() === '' && figure.length <= 2 && /^[.)]/.test(after);
}

function keyOf(g: Record<string, string | undefined>, lang: FigureLang): string {
  if (g.hour !== undefined) {
    let hour = Number(g.hour) % (g.ampm ? 12 : 24);
    if (g.ampm?.toLowerCase() === 'p') hour += 12;
    return `${hour}:${g.minute}`;
  }
  const digits = g.num ?? g.cnum ?? '0';
  const plain = lang === 'fr' ? digits.replace(/ /g, '').replace(',', '.') : digits.replace(/,/g, '');
  const scale = SCALE[(g.scale ?? g.cscale ?? '').toLowerCase()];
  const value = scale === undefined ? Number(plain) : Math.round(Number(plain) * scale);
  if (g.pct !== undefined) return `${value}%`;
  return g.money !== undefined || g.dollars !== undefined ? `$${value}` : String(value);
}
