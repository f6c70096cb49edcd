import type { AffiliationResolver } from '../AffiliationResolver';
import { foldKey, slugify } from '../text';

/**
 * RESOLVE stage: the names an extraction gives, to ids. Known organizations, jurisdictions and
 * bodies come from the reference data (names, abbreviations, aliases, accents aside); unknown ones
 * are drafted as new entities with a review note — never left unknown. People are matched by full
 * name, or by a first name only when exactly one listed person has it: two people are never merged
 * on a first name alone.
 */

/** Words that make an owner an organization or a group rather than a person. */
const ORGANIZATION_WORDS = /\b(school|service|services|department|ministry|secretariat|agency|office|branch|division|directorate|group|team|committee|council|board|university|college|institute|association|foundation|government|minist[eè]re|secr[ée]tariat|agence|bureau|direction|[ée]quipe|groupe|comit[ée]|conseil|universit[ée]|institut|fondation|gouvernement)\b/i;

export interface ResolvedPerson { id: string; name: string; aliases: string[]; listed: boolean; review: string[]; known?: boolean }
export interface NewOrganization { id: string; name: string; review: string[] }

export class NameResolver {
  readonly people = new Map<string, ResolvedPerson>();
  readonly organizations = new Map<string, NewOrganization>();

  constructor(private readonly reference: AffiliationResolver, private readonly frequency: (id: string) => number = () => 0) {}

  /** A person on an attendance list: one entry per full name written. */
  listed(name: string): ResolvedPerson {
    const known = this.reference.person(name);
    const id = known?.id ?? `person-${slugify(name)}`;
    const existing = this.people.get(id);
    if (existing) return existing;
    // A known person listed under another spelling keeps that spelling, so its first name resolves too ("Reg" for Reg Maltais).
    const aliases = known && foldKey(known.name) !== foldKey(name) ? [name] : [];
    const person = { id, name: known?.name ?? name, aliases, listed: true, review: [], known: known !== undefined };
    this.people.set(id, person);
    return person;
  }

  /**
   * Someone named in the text (a speaker, an owner): the listed person with that full name, else
   * the one listed person whose first name (or full name's start) it is, else a new unlisted person.
   */
  mentioned(name: string): ResolvedPerson {
    const key = foldKey(name);
    const all = [...this.people.values()];
    const exact = all.find((p) => foldKey(p.name) === key || p.aliases.some((a) => foldKey(a) === key));
    if (exact) return exact;
    const byFirstName = all.filter((p) => p.listed && [p.name, ...p.aliases].some((n) => foldKey(n).startsWith(`${key} `)));
    if (byFirstName.length === 1) {
      const person = byFirstName[0] as ResolvedPerson;
      if (!person.aliases.includes(name)) person.aliases.push(name);
      return person;
    }
    const known = byFirstName.length === 0 ? this.reference.person(name) : undefined;
    if (known) {
      const person = this.people.get(known.id) ?? { ...known, aliases: [], listed: false, review: [], known: true };
      this.people.set(known.id, person);
      return person;
    }
    const review = byFirstName.length > 1
      ? `"${name}" is the first name of ${byFirstName.map((p) => p.name).join(' and ')}: not merged; drafted as a person of its own`
      : `"${name}" is on no attendance list: drafted as a new person`;
    const person = { id: `person-${slugify(name)}`, name, aliases: [], listed: false, review: [review] };
    this.people.set(person.id, person);
    return person;
  }

  /** A jurisdiction or organization id for the words that name an affiliation; a new organization when none is known. */
  affiliation(text: string): { id: string; review?: string } {
    const resolution = this.reference.resolve(text, this.frequency);
    if (resolution) {
      return resolution.alternatives.length > 0
        ? { id: resolution.id, review: `"${text}" also names ${resolution.alternatives.join(', ')}` }
        : { id: resolution.id };
    }
    const id = `org-${slugify(text).slice(0, 60).replace(/-+$/, '') || 'unnamed'}`;
    if (!this.organizations.has(id)) {
      this.organizations.set(id, { id, name: text, review: [`"${text}" names no known organization or jurisdiction: drafted as a new organization (kind OTHER)`] });
    }
    return { id };
  }

  /**
   * An owner as written: a person, else a known organization, jurisdiction or body, else a new
   * organization when the words name one ("the Canadian School of Public Service"), else a new person.
   */
  owner(text: string): string {
    const known = this.reference.lookup(text) ?? this.reference.mentions(text)[0]?.entry;
    if (known && !/^\p{Lu}\p{Ll}+$/u.test(text.trim())) return known.id;
    const person = this.reference.person(text);
    if (!person && ORGANIZATION_WORDS.test(text) && !this.people.has(`person-${slugify(text)}`)) return this.affiliation(text.replace(/^(the|la|le|les|l['’])\s*/i, '')).id;
    return this.mentioned(text).id;
  }
}
