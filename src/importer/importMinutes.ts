import { createHash } from 'node:crypto';
import type { SeedDocument } from '../ingest/SeedDocument';
import { AffiliationResolver, type ReferenceEntry } from './AffiliationResolver';
import { parseAgenda } from './agenda';
import { parseAttendance } from './attendance';
import { parseDecisionsAndActions } from './decisions';
import { readHeader } from './meetingHeader';
import { layoutLines } from './SourceLayout';
import { readOpening } from './speakers';
import { parseStatements } from './statements';
import { ThemeTagger } from './ThemeTagger';
import { foldKey } from './text';
import type { Draft, ImportContext } from './types';

export interface ImportOptions {
  /** Language of the record; guessed from its words when absent. */
  language?: 'fr' | 'en';
  /** Where the source lies relative to the draft (written to `source.path`). */
  sourcePath: string;
  /** Reference documents: jurisdictions, organizations, bodies and themes. */
  reference: SeedDocument[];
}

/**
 * Reads the text of a record of decisions into a draft seed document. Generic rules only: the
 * layout is separated into body and right-hand column, then attendance, agenda, column entries
 * and statements are read in turn; whatever is uncertain carries review notes.
 */
export function importMinutes(bytes: Buffer, options: ImportOptions): Draft {
  const text = bytes.toString('utf8');
  const language = options.language ?? guessLanguage(text);
  const resolver = new AffiliationResolver(options.reference);
  // A government's or department's name says who speaks, not about what ("Services aux Autochtones Canada");
  // organizations and bodies named for their field do ("Communauté de pratique des centres de contact").
  const tagger = new ThemeTagger(options.reference.flatMap((d) => d.themes ?? []), {
    names: (passage) => resolver.mentions(passage).filter((m) => isGovernment(m.entry)).map((m) => ({ index: m.index, length: m.text.length })),
  });
  const lines = layoutLines(text);
  const header = readHeader(lines, language, resolver);
  const bodySlug = header.meeting.body.replace(/^body-/, '');
  const meetingId = `mtg-${bodySlug}-${header.meeting.date ?? 'undated'}`;
  const counts = new Map<string, number>();
  for (const mention of resolver.mentions(text)) counts.set(mention.entry.id, (counts.get(mention.entry.id) ?? 0) + 1);
  const ctx: ImportContext = {
    language, lines, resolver, tagger, people: new Map(), attendance: [], meetingId, frequency: (id) => counts.get(id) ?? 0,
  };

  const attendance = parseAttendance(ctx);
  const bodyStart = attendance.end + 1;
  const items = parseAgenda(ctx, bodyStart, (t) => Boolean(readOpening(t, [...ctx.people.values()])));
  addFirstNameAliases(ctx);
  parseDecisionsAndActions(ctx, items);
  parseStatements(ctx, items, bodyStart);
  addFirstNameAliases(ctx);
  for (const item of items) {
    item.decisions.sort((a, b) => a.line - b.line);
    item.actionItems.sort((a, b) => a.line - b.line);
  }
  const notes = ['statement summaries are the opening sentence of each passage: write real summaries (English required)'];
  if (attendance.end === 0) notes.push('no attendance list ("Présence" / "Attendance") found');
  const date = header.meeting.date ?? 'undated';
  return {
    sourceId: `src-${date}-${bodySlug}-rod-${language}`,
    sourcePath: options.sourcePath,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    language,
    sourceTitle: header.sourceTitle ? (language === 'fr' ? { fr: header.sourceTitle } : { en: header.sourceTitle }) : (language === 'fr' ? { fr: 'Compte rendu des décisions' } : { en: 'Record of decisions' }),
    meeting: { id: meetingId, ...header.meeting },
    people: [...ctx.people.values()],
    attendance: ctx.attendance,
    items,
    notes,
  };
}

/** A first name used alone ("Catherine remercie…") becomes an alias when no one else has it. */
function addFirstNameAliases(ctx: ImportContext): void {
  const people = [...ctx.people.values()];
  for (const person of people) {
    const first = person.name.split(' ')[0] as string;
    if (people.filter((p) => p.name.split(' ')[0] === first).length === 1 && first !== person.name && !person.aliases.includes(first)) {
      const used = ctx.lines.some((l) => new RegExp(`(?<![\\p{L}])${first}(?![\\p{L}]| ${person.name.split(' ')[1] ?? ''})`, 'u').test(l.text));
      if (used) person.aliases.push(first);
    }
  }
}

/** Jurisdictions and government departments, agencies and secretariats. */
function isGovernment(entry: ReferenceEntry): boolean {
  return entry.kind === 'Jurisdiction' || (entry.kind === 'Organization' && ['FEDERAL_DEPARTMENT', 'GOVERNMENT_AGENCY', 'SECRETARIAT'].includes(entry.subkind));
}

function guessLanguage(text: string): 'fr' | 'en' {
  const words = foldKey(text).split(/[^a-z']+/);
  const fr = words.filter((w) => ['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une'].includes(w)).length;
  const en = words.filter((w) => ['the', 'and', 'of', 'is', 'to', 'with', 'an'].includes(w)).length;
  return fr >= en ? 'fr' : 'en';
}
