/**
 * Handles and mentions as notes write owners and attendees: "@wenli-dev" (a GitHub or chat handle, kept
 * as written) and "@Bram Achterberg" (a wiki's mention of a full name, whose "@" is no part of the name).
 */

// The "@" of a mention that writes the person's full name (Confluence, Notion, Google Docs).
const MENTION_SIGIL = /(^|[\s(])@(?=\p{Lu}\p{Ll}+[\s-]\p{Lu})/gu;

/**
 * An attendee entry without its handles: "Ana Ribeiro @aribeiro (Larkspur Cloud)" — a GitHub handle is how to
 * reach the person, not part of the entry; "@Wren Okafor" — a mention keeps the name, without its sigil.
 */
export function withoutHandles(entry: string): string {
  return entry.replace(MENTION_SIGIL, '$1').replace(/(^|\s)@[\w.-]+/gu, '$1');
}

const MENTION = String.raw`@(?:\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}|[\w.-]+)`;
// "@wenli-dev draft the LTS policy proposal", "@techeverria and @kasante update …", "@Bram Achterberg draft …".
const HANDLE_TASK = new RegExp(String.raw`^(${MENTION}(?:\s*(?:,|and|&|et)\s*${MENTION})*)\s+(?!(?:is|are|was|were|said|says|noted|asked|est|a|and|et)\b)\p{Ll}{2,}`, 'u');

/** The handles or mentions a task opens with, before its verb; null when it opens with none. */
export function handleOwners(text: string): string[] | null {
  const handles = HANDLE_TASK.exec(text)?.[1];
  return handles ? handles.split(/\s*(?:,|&|\band\b|\bet\b)\s*/u).filter((owner) => owner !== '').map((owner) => owner.replace(/^@(?=\p{Lu})/u, '')) : null;
}

/** "@marek-dv – add the signing step": the handles before a dash own the task, written as the list writes them. */
export function dashedHandleOwners(text: string): string[] | null {
  const handles = /^(@[\w.-]+(?:\s*(?:,|and|&)\s*@[\w.-]+)*)\s+[-–—:]\s+\S/u.exec(text)?.[1];
  return handles ? handles.split(/\s*(?:,|and|&)\s*/u).filter((handle) => handle !== '') : null;
}
