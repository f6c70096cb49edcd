import type { PdfPages, PdfTextItem } from './pdfTextItems';

/**
 * Lines of text from positioned PDF items, the way `pdftotext -layout` lays them out: items on the
 * same baseline form a line, left to right, with spaces standing for horizontal distance (so
 * indentation and the gap between two columns survive); a vertical gap wider than about one and a
 * half lines becomes a blank line; pages are separated by a blank line unless a sentence runs over
 * the break, and running heads, feet and page numbers are left out. Two-column pages are
 * therefore interleaved line by line, as pdftotext does.
 */
export function layoutPdfLines(pages: PdfPages): string[] {
  const laidOut = pages.map(layoutPage);
  const furniture = pageFurniture(laidOut);
  const lines: string[] = [];
  laidOut.forEach((pageLines, index) => {
    const kept = trimBlank(pageLines.filter((line) => !furniture(line)));
    // A sentence running over the page break goes on (the next page opens in lower case or with a
    // dash); otherwise the break is a paragraph break.
    const last = lines[lines.length - 1] ?? '';
    const next = (kept[0] ?? '').trim();
    const headingNext = /^(?:\d{1,3}[.)]\s|[\p{Lu}\d\s'’,.:–—-]+$)/u.test(next);
    const runsOn = (/[:,—–-]\s*$/u.test(last) && !headingNext) || (!/[.:;!?»)]\s*$/u.test(last) && /^(?:\p{Ll}|[–—,;(])/u.test(next));
    if (index > 0 && lines.length > 0 && !runsOn) lines.push('');
    lines.push(...kept);
  });
  return trimBlank(lines);
}

/**
 * Running heads and feet repeated on every page ("Compte rendu – Comité de liaison – 3 octobre
 * 2024", "Page 2 de 3"): a line at the top or bottom of two pages or more (numbers aside), or a
 * page number alone. They are not the minutes' text.
 */
function pageFurniture(pages: string[][]): (line: string) => boolean {
  const shape = (line: string) => line.trim().replace(/\d+/gu, '#').replace(/\s+/gu, ' ');
  const counts = new Map<string, number>();
  for (const page of pages) {
    const written = page.filter((line) => line.trim() !== '');
    for (const line of new Set([...written.slice(0, 2), ...written.slice(-2)].map(shape))) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return (line) => {
    const key = shape(line);
    if (key === '') return false;
    return (pages.length >= 2 && (counts.get(key) ?? 0) >= 2) || /^(?:[-–—]\s*)?(?:page\s+)?#(?:\s*(?:of|de|sur|\/)\s*#)?(?:\s*[-–—])?$/iu.test(key);
  };
}

function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === '') start += 1;
  while (end > start && lines[end - 1]?.trim() === '') end -= 1;
  return lines.slice(start, end);
}

interface Row {
  y: number;
  height: number;
  items: PdfTextItem[];
}

function layoutPage(pageItems: PdfTextItem[]): string[] {
  // pdf.js fills gaps with whitespace items; the layout measures gaps itself.
  const items = pageItems.filter((item) => item.text.trim() !== '');
  if (items.length === 0) return [];
  const rows = groupRows(items);
  const left = Math.min(...items.map((item) => item.x));
  const charWidth = median(items.map((item) => item.height)) * 0.5 || 5;
  const lines: string[] = [];
  rows.forEach((row, index) => {
    const previous = rows[index - 1];
    if (previous && previous.y - row.y > 1.6 * Math.max(previous.height, row.height)) lines.push('');
    lines.push(writeRow(row, left, charWidth));
  });
  return lines;
}

/** Top to bottom; items whose baselines are within half a line height share a row. */
function groupRows(items: PdfTextItem[]): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - item.y) <= 0.5 * Math.max(row.height, item.height, 1)) {
      row.items.push(item);
      row.height = Math.max(row.height, item.height);
    } else {
      rows.push({ y: item.y, height: item.height, items: [item] });
    }
  }
  for (const row of rows) row.items.sort((a, b) => a.x - b.x);
  return rows;
}

/**
 * Each item starts at the column its x suggests, at least one space after the previous word. A
 * wide gap pads to the item's column from the page's left edge, so the cells of a table column
 * start under one another whatever the width of the text before them.
 */
function writeRow(row: Row, left: number, charWidth: number): string {
  let line = '';
  let end = left;
  for (const item of row.items) {
    const gap = item.x - end;
    const touching = line === '' ? gap < charWidth / 2 : gap < charWidth * 0.3;
    if (!touching) {
      const relative = Math.max(line === '' || /\s$/.test(line) || /^\s/.test(item.text) ? 0 : 1, Math.round(gap / charWidth));
      const spaces = relative >= 2 ? Math.max(2, Math.round((item.x - left) / charWidth) - line.length) : relative;
      line += ' '.repeat(spaces);
    }
    line += item.text;
    end = item.x + item.width;
  }
  return line.replace(/\s+$/, '');
}

function median(values: number[]): number {
  const sorted = values.filter((value) => value > 0).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
