/** The text with the commas and conjunctions inside parentheses masked (commas as U+0000). */
export function hideParenthesised(text: string): string {
  return text.replace(/\([^()]*\)/gu, (inner) => inner.replace(/,/gu, '\u0000').replace(/\s(and|et|&|[-–—])\s/gu, '\u0001$1\u0001'));
}
