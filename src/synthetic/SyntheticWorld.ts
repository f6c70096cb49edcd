/**
 * The reference side of a synthetic corpus: jurisdictions, organizations, bodies with their seats,
 * a theme taxonomy, people and their terms of office. Meetings are drawn from it (meetingDocument.ts).
 */
import type { BodySpec, JurisdictionSpec, MembershipSpec, OrganizationSpec, PersonSpec, ThemeSpec } from '../ingest/SeedDocument';
import { Random, zipfWeights } from './Random';
import {
  COUNCIL_AREAS, DEPARTMENT_TOPICS, FIRST_NAMES, LAST_NAMES, ORGANIZATION_NAMES, PROVINCES, SUB_BODY_TOPICS, THEME_WORDS, TOWN_PARTS, TOWN_SUFFIXES,
} from './vocabulary';

export const LAST_YEAR = 2024;
export const SECRETARIAT = 'syn-org-secretariat';

export interface Term { person: string; start: string; end: string | undefined }
export interface Seat { representative: string; label: string; abbreviation: string; role: 'MEMBER' | 'OBSERVER'; federal: boolean; terms: Term[] }
export interface BodyPlan {
  spec: BodySpec; short: string; seats: Seat[]; coChairs: Term[]; firstYear: number; lastYear: number; meetingCount: number;
  /** Theme indexes in this body's order of preference (Zipf weights apply by position). */
  themePreference: number[];
}
export interface World {
  jurisdictions: JurisdictionSpec[]; organizations: OrganizationSpec[]; themes: ThemeSpec[]; bodies: BodyPlan[];
  people: PersonSpec[]; memberships: MembershipSpec[]; secretariatStaff: string[];
  /** How much each person talks (relative weight), by person id. */
  talkativeness: Map<string, number>;
  personName: Map<string, string>;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const slug = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Meetings in a corpus of scale N: 2 at scale 1, 2,576 at scale 100 (≈ 1 M relationships). */
export function meetingCount(scale: number): number {
  return 2 + 26 * (scale - 1);
}

export function buildWorld(scale: number, random: Random): World {
  const jurisdictions: JurisdictionSpec[] = [{ id: 'syn-ca', kind: 'COUNTRY', name: { en: 'Synthetic Canada', fr: 'Canada synthétique' } }];
  const provinces = PROVINCES.map((p) => {
    const id = `syn-prov-${p.abbr.toLowerCase()}`;
    jurisdictions.push({ id, kind: 'PROVINCE', name: { en: p.en, fr: p.fr }, abbreviation: { en: p.abbr, fr: p.abbr }, partOf: 'syn-ca' });
    return { id, label: p.en, abbreviation: p.abbr };
  });
  const departments = DEPARTMENT_TOPICS.slice(0, Math.min(DEPARTMENT_TOPICS.length, 6 + Math.floor(scale / 8))).map((topic) => {
    const id = `syn-dept-${slug(topic)}`;
    const abbreviation = `${topic.split(' ').map((w) => w[0]).join('')}C`;
    jurisdictions.push({ id, kind: 'FEDERAL_DEPARTMENT', name: { en: `${topic} Canada`, fr: `${topic} Canada (fr)` }, abbreviation: { en: abbreviation, fr: abbreviation }, partOf: 'syn-ca' });
    return { id, label: `${topic} Canada`, abbreviation };
  });
  const municipalities = Array.from({ length: 3 + Math.floor(scale / 3) }, (_, i) => {
    const name = `${TOWN_PARTS[i % TOWN_PARTS.length]}${TOWN_SUFFIXES[Math.floor(i / TOWN_PARTS.length) % TOWN_SUFFIXES.length]}`;
    const id = `syn-muni-${pad(i + 1, 3)}-${slug(name)}`;
    const province = random.pick(provinces);
    jurisdictions.push({ id, kind: 'MUNICIPALITY', name: { en: `City of ${name}`, fr: `Ville de ${name}` }, partOf: province.id });
    return { id, label: `City of ${name}`, abbreviation: name };
  });

  const organizations: OrganizationSpec[] = [{
    id: SECRETARIAT, kind: 'SECRETARIAT', name: { en: 'Synthetic Intergovernmental Secretariat', fr: 'Secrétariat intergouvernemental synthétique' },
    abbreviation: { en: 'SIS', fr: 'SIS' },
  }];
  const observers = ORGANIZATION_NAMES.map((o) => {
    const id = `syn-org-${o.abbr.toLowerCase()}`;
    organizations.push({ id, kind: o.kind, name: { en: o.en, fr: o.fr }, abbreviation: { en: o.abbr, fr: o.abbr } });
    return { id, label: o.en, abbreviation: o.abbr };
  });

  const themes = buildThemes(scale);
  const people: PersonSpec[] = [];
  const talkativeness = new Map<string, number>();
  const personName = new Map<string, string>();
  const newPerson = (): string => {
    const id = `syn-person-${pad(people.length + 1, 5)}`;
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    people.push({ id, name });
    personName.set(id, name);
    // Heavy-tailed: a few people do most of the talking.
    talkativeness.set(id, 1 / Math.pow(1 - 0.95 * random.next(), 1.5));
    return id;
  };
  const secretariatStaff = [newPerson(), newPerson(), newPerson()];

  const councils = 2 + Math.floor(scale / 10);
  const specs: Array<{ spec: BodySpec; short: string; council: boolean }> = [];
  for (let c = 0; c < councils; c++) {
    const area = COUNCIL_AREAS[c % COUNCIL_AREAS.length] ?? 'Service Delivery';
    const round = Math.floor(c / COUNCIL_AREAS.length);
    const short = `c${pad(c + 1)}`;
    const id = `syn-body-${short}`;
    const name = `${area} Council${round > 0 ? ` ${round + 1}` : ''}`;
    specs.push({ council: true, short, spec: { id, type: 'Council', name: { en: name, fr: `Conseil — ${area}${round > 0 ? ` ${round + 1}` : ''}` }, abbreviation: { en: `SC${pad(c + 1)}`, fr: `CS${pad(c + 1)}` }, status: 'ACTIVE', secretariat: SECRETARIAT } });
    const subs = random.int(1, 3);
    for (let s = 0; s < subs; s++) {
      const topic = random.pick(SUB_BODY_TOPICS);
      const type = random.pick(['WorkingGroup', 'CommunityOfPractice', 'Committee'] as const);
      const subShort = `${short}-s${s + 1}`;
      specs.push({
        council: false, short: subShort,
        spec: { id: `syn-body-${subShort}`, type, name: { en: `${name} ${topic} ${type === 'WorkingGroup' ? 'Working Group' : type === 'Committee' ? 'Committee' : 'Community of Practice'}`, fr: `${topic} — ${type}` }, status: random.chance(0.2) ? 'ENDED' : 'ACTIVE', partOf: id, reportsTo: id },
      });
    }
  }

  const total = meetingCount(scale);
  const weights = specs.map((s) => (s.council ? 3 : 1));
  const counts = apportion(total, weights);
  const years = Math.max(1, Math.min(20, Math.round(total / (specs.length * 3))));
  const memberships: MembershipSpec[] = [];
  const bodies = specs.map(({ spec, short, council }, index): BodyPlan => {
    const firstYear = council ? LAST_YEAR - years + 1 : LAST_YEAR - years + 1 + random.int(0, Math.floor(years / 3));
    const lastYear = spec.status === 'ENDED' ? Math.max(firstYear, LAST_YEAR - random.int(1, Math.max(1, Math.floor(years / 4)))) : LAST_YEAR;
    const memberParties = council
      ? [...provinces, ...random.sample(departments, 3), ...random.sample(municipalities, random.int(0, 2))]
      : [...random.sample(provinces, random.int(5, 9)), ...random.sample(departments, 1), ...random.sample(municipalities, random.int(0, 1))];
    const seats: Seat[] = memberParties.map((party) => ({
      representative: party.id, label: party.label, abbreviation: party.abbreviation, role: 'MEMBER', federal: party.id.startsWith('syn-dept-'),
      terms: termsOver(firstYear, lastYear, random, newPerson),
    }));
    for (const party of random.sample(observers, council ? 2 : random.int(0, 1))) {
      seats.push({ representative: party.id, label: party.label, abbreviation: party.abbreviation, role: 'OBSERVER', federal: false, terms: termsOver(firstYear, lastYear, random, newPerson) });
    }
    const coChairs = coChairTerms(seats, firstYear, lastYear, random);
    let n = 0;
    for (const seat of seats) {
      for (const term of seat.terms) {
        memberships.push({ id: `syn-ms-${short}-${pad(++n, 4)}`, person: term.person, body: spec.id, role: seat.role, onBehalfOf: seat.representative, startDate: term.start, ...(term.end ? { endDate: term.end } : {}) });
      }
    }
    for (const term of coChairs) {
      memberships.push({ id: `syn-ms-${short}-${pad(++n, 4)}`, person: term.person, body: spec.id, role: 'CO_CHAIR', startDate: term.start, ...(term.end ? { endDate: term.end } : {}) });
    }
    // Each body prefers some themes: the global Zipf order, locally reshuffled.
    const preference = themes.map((_, i) => i).filter((i) => !themes[i]?.id.startsWith('syn-theme-area-'));
    for (let k = 0; k < 4; k++) {
      const a = random.int(0, preference.length - 1);
      const b = random.int(0, Math.min(preference.length - 1, 6));
      [preference[a], preference[b]] = [preference[b] as number, preference[a] as number];
    }
    return { spec, short, seats, coChairs, firstYear, lastYear, meetingCount: counts[index] ?? 0, themePreference: preference };
  });
  staffMemberships(secretariatStaff, memberships);
  return { jurisdictions, organizations, themes, bodies, people, memberships, secretariatStaff, talkativeness, personName };
}

/** Successive holders of one seat, each for 2–6 years; the last term is still open. */
function termsOver(firstYear: number, lastYear: number, random: Random, newPerson: () => string): Term[] {
  const terms: Term[] = [];
  let start = `${firstYear}-01-01`;
  for (;;) {
    const endYear = Number(start.slice(0, 4)) + random.int(2, 6);
    if (endYear > lastYear) {
      terms.push({ person: newPerson(), start, end: undefined });
      return terms;
    }
    const end = `${endYear}-${pad(random.int(1, 12))}-15`;
    terms.push({ person: newPerson(), start, end });
    start = `${end.slice(0, 8)}16`;
  }
}

/** Two co-chairs, one federal and one provincial or territorial, rotating every two years. */
function coChairTerms(seats: Seat[], firstYear: number, lastYear: number, random: Random): Term[] {
  const terms: Term[] = [];
  for (const federal of [true, false]) {
    const pool = seats.filter((s) => s.role === 'MEMBER' && s.federal === federal);
    if (pool.length === 0) continue;
    for (let year = firstYear; year <= lastYear; year += 2) {
      const periodStart = `${year}-04-01`;
      const periodEnd = year + 2 > lastYear ? undefined : `${year + 2}-03-31`;
      const holder = random.pick(pool).terms.find((t) => t.start <= periodStart && (t.end === undefined || periodStart <= t.end));
      if (!holder) continue;
      const end = holder.end !== undefined && (periodEnd === undefined || holder.end < periodEnd) ? holder.end : periodEnd;
      terms.push({ person: holder.person, start: periodStart, end });
    }
  }
  return terms;
}

function staffMemberships(staff: string[], memberships: MembershipSpec[]): void {
  const roles = ['EXECUTIVE_DIRECTOR', 'COORDINATOR', 'RESEARCH_ANALYST'] as const;
  staff.forEach((person, i) => memberships.push({ id: `syn-ms-staff-${pad(i + 1)}`, person, organization: SECRETARIAT, role: roles[i] ?? 'STAFF' }));
}

function buildThemes(scale: number): ThemeSpec[] {
  const areas = [
    { id: 'syn-theme-area-digital', en: 'Digital government', fr: 'Gouvernement numérique' },
    { id: 'syn-theme-area-client', en: 'Client services', fr: 'Services aux clients' },
    { id: 'syn-theme-area-governance', en: 'Governance and data', fr: 'Gouvernance et données' },
    { id: 'syn-theme-area-people', en: 'People and partnerships', fr: 'Personnes et partenariats' },
  ];
  const themes: ThemeSpec[] = areas.map((a) => ({ id: a.id, kind: 'PRIORITY_AREA', label: { en: a.en, fr: a.fr } }));
  const qualifiers = ['municipal', 'rural', 'northern', 'business', 'youth', 'seniors', 'francophone', 'remote'];
  const variants = Math.floor(scale / 3);
  THEME_WORDS.forEach((w, i) => {
    const area = areas[i % areas.length]?.id ?? 'syn-theme-area-digital';
    themes.push({ id: `syn-theme-${slug(w.en)}`, kind: 'COMMON_THEME', label: { en: w.en, fr: w.fr }, synonyms: { en: [w.synonym] }, broader: [area] });
  });
  for (let v = 0; v < variants; v++) {
    const w = THEME_WORDS[v % THEME_WORDS.length];
    const q = qualifiers[Math.floor(v / THEME_WORDS.length) % qualifiers.length];
    if (!w || !q) continue;
    themes.push({ id: `syn-theme-${slug(w.en)}-${q}`, kind: 'TOPIC', label: { en: `${w.en} (${q})`, fr: `${w.fr} (${q})` }, broader: [`syn-theme-${slug(w.en)}`] });
  }
  return themes;
}

/** Splits `total` by `weights` (largest remainder), so counts always add up. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  const missing = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) {
    const i = order[k % order.length]?.i ?? 0;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

export { zipfWeights, slug, pad };
