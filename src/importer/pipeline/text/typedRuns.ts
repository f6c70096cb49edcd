/** A run of text on a line typed in columns: words joined by single spaces, and the column it starts at. */
export interface Run {
  start: number;
  text: string;
}

/** The runs of a line laid out with spaces (plain text, a PDF's text): two spaces or more part them. */
export function runsOf(line: string): Run[] {
  return [...line.matchAll(/\S+(?: \S+)*/gu)].map((match) => ({ start: match.index ?? 0, text: match[0] }));
}
