import type { SeedDocument } from '../ingest/SeedDocument';
import { escapeRegExp, foldKey } from './text';

export type ReferenceKind = 'Jurisdiction' | 'Organization' | 'Body';

export interface ReferenceEntry {
  id: string;
  kind: ReferenceKind;
  /** PROVINCE, FEDERAL_DEPARTMENT, ASSOCIATION, Council… */
  subkind: string;
}

export interface Mention { entry: ReferenceEntry; text: string; index: number }

/** A person the reference data already holds (one node across every meeting). */
export interface KnownPerson { id: string; name: string }

export interface Resolution {
  id: string;
  /** The words that named it. */
  text: string;
  /** Other representatives also named in the same words. */
  alternatives: string[];
}

interface Form { key: string; caseSensitive: boolean; pattern: RegExp; entry: ReferenceEntry; }

/**
 * Resolves the words of an affiliation ("C.-B.", "EDSC/Service Canada", "MSDO (région de Peel)")
 * to a jurisdiction, organization or body id from the reference data, matching names,
 * abbreviations and aliases in both languages, accent- and case-insensitively. Short forms written
 * in capitals (ON, NS, CM) match case-sensitively so that "on" or "ns" in running text never do.
 */
export class AffiliationResolver {
  private readonly exact = new Map<string, ReferenceEntry>();
  private readonly forms: Form[] = [];
  private readonly people = new Map<string, KnownPerson>();

  constructor(documents: SeedDocument[]) {
    for (const doc of documents) {
      for (const j of doc.jurisdictions ?? []) this.add({ id: j.id, kind: 'Jurisdiction', subkind: j.kind }, [j.name.en, j.name.fr, j.abbreviation?.en, j.abbreviation?.fr, ...(j.aliases ?? [])]);
      for (const o of doc.organizations ?? []) this.add({ id: o.id, kind: 'Organization', subkind: o.kind }, [o.name.en, o.name.fr, o.abbreviation?.en, o.abbreviation?.fr, ...(o.aliases ?? [])]);
      for (const b of doc.bodies ?? []) this.add({ id: b.id, kind: 'Body', subkind: b.type }, [b.name.en, b.name.fr, b.abbreviation?.en, b.abbreviation?.fr, ...(b.aliases ?? [])]);
      for (const p of doc.people ?? []) this.addPerson({ id: p.id, name: p.name }, [p.name, ...(p.aliases ?? [])]);
    }
    // Longest forms first, so "Service Nouvelle-Écosse" wins over "Nouvelle-Écosse".
    this.forms.sort((a, b) => b.key.length - a.key.length);
  }

  private add(entry: ReferenceEntry, names: Array<string | undefined>): void {
    for (const name of names) {
      if (!name) continue;
      const key = foldKey(name);
      if (!this.exact.has(key)) this.exact.set(key, entry);
      const caseSensitive = name.replace(/[^\p{L}]/gu, '').length <= 4 && /\p{Lu}/u.test(name) && name !== name.toLowerCase() && !/^\p{Lu}\p{Ll}{3,}/u.test(name);
      const body = caseSensitive ? escapeRegExp(name) : escapeRegExp(key);
      this.forms.push({ key, caseSensitive, entry, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu') });
    }
  }

  /**
   * Full names and multi-word aliases only: a first name alone names different people in
   * different meetings, so it is resolved within one document, never against the whole graph.
   */
  private addPerson(person: KnownPerson, names: string[]): void {
    for (const name of names) {
      const key = foldKey(name);
      if (key.includes(' ') && !this.people.has(key)) this.people.set(key, person);
    }
  }

  /** The known person with exactly this full name or multi-word alias (case and accents aside). */
  person(name: string): KnownPerson | undefined {
    return this.people.get(foldKey(name));
  }

  /** The entry named by exactly these words (ignoring case, accents and final punctuation). */
  lookup(text: string): ReferenceEntry | undefined {
    const key = foldKey(text).replace(/^[\s,;:(]+|[\s,;:.)]+$/g, '');
    return this.exact.get(key);
  }

  /** Every entry named inside the text, longest forms first, without overlaps, in text order. */
  mentions(text: string): Mention[] {
    const folded = foldKey(text);
    const spaced = text.replace(/\s+/g, ' ').trim();
    const taken: Array<[number, number]> = [];
    const found: Mention[] = [];
    for (const form of this.forms) {
      const haystack = form.caseSensitive ? spaced : folded;
      form.pattern.lastIndex = 0;
      for (let m = form.pattern.exec(haystack); m; m = form.pattern.exec(haystack)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        taken.push([start, end]);
        found.push({ entry: form.entry, text: spaced.slice(start, end), index: start });
      }
    }
    return found.sort((a, b) => a.index - b.index);
  }

  /**
   * The jurisdiction or organization an affiliation names: the whole text, then without its
   * parentheses, then each comma-separated part, then any name inside it. Departments and
   * organizations are preferred over provinces named as places ("dans l’est de l’Ontario"); among
   * several, the one the whole document names most often (`frequency`) wins and the others are
   * returned as alternatives for review. `strict` stops before searching names inside the text.
   */
  resolve(text: string, frequency: (id: string) => number = () => 0, strict = false): Resolution | undefined {
    const whole = this.representative(this.lookup(text));
    if (whole) return { id: whole.id, text: text.trim(), alternatives: [] };
    const bare = text.replace(/\([^)]*\)/g, ' ');
    const withoutParens = this.representative(this.lookup(bare));
    if (withoutParens) return { id: withoutParens.id, text: text.trim(), alternatives: [] };
    for (const part of text.split(/[,;()]/).map((p) => p.trim()).filter(Boolean).reverse()) {
      const entry = this.representative(this.lookup(part));
      if (entry) return { id: entry.id, text: part, alternatives: [] };
    }
    if (strict) return undefined;
    const candidates = this.mentions(text).filter((m) => this.representative(m.entry));
    if (candidates.length === 0) return undefined;
    const rank = (m: Mention) => (m.entry.subkind === 'PROVINCE' || m.entry.subkind === 'TERRITORY' || m.entry.subkind === 'MUNICIPALITY' ? 0 : 1);
    const best = [...candidates].sort((a, b) => rank(b) - rank(a) || frequency(b.entry.id) - frequency(a.entry.id) || a.index - b.index)[0] as Mention;
    const alternatives = [...new Set(candidates.map((c) => c.entry.id).filter((id) => id !== best.entry.id))];
    return { id: best.entry.id, text: best.text, alternatives };
  }

  /** The body with this id, or named by exactly these words. */
  body(idOrName: string): ReferenceEntry | undefined {
    const byName = this.lookup(idOrName);
    if (byName?.kind === 'Body') return byName;
    return [...this.exact.values()].find((entry) => entry.kind === 'Body' && entry.id === idOrName);
  }

  /** The body (council, committee…) named in the text, e.g. a meeting title. */
  findBody(text: string): ReferenceEntry | undefined {
    return this.mentions(text).find((m) => m.entry.kind === 'Body')?.entry;
  }

  private representative(entry: ReferenceEntry | undefined): ReferenceEntry | undefined {
    return entry && entry.kind !== 'Body' ? entry : undefined;
  }
}
