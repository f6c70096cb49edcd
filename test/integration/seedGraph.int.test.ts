import { useSeededApi } from '../support/seededApi';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestFiles } from '../../src/ingest/ingestFiles';
import { listSeedFiles } from '../../src/ingest/seedFiles';
import { SourceText } from '../../src/ingest/SourceText';
import { SEEDS_DIR, countsByLabel, countsByRelationshipType, graphDigest } from '../support/testDatabase';

/** The graph of the 24 September 2020 minutes holds what the source says (issue: knowledge graph). */
const MEETING = 'mtg-pssdc-2020-09-24';
const source = new SourceText(readFileSync(path.join(SEEDS_DIR, 'minutes/sources/2020-09-24-cpssp-compte-rendu-des-decisions.fr.txt'), 'utf8'));

const seeded = useSeededApi();

interface AttendanceRow { role: string; listed: boolean; person: { name: string }; onBehalfOf: { id: string } | null; evidence: { quote: string; lineStart: number; lineEnd: number } }

describe('attendance', () => {
  let attendance: AttendanceRow[];
  beforeAll(async () => {
    const data = await seeded.api.data<{ meeting: { attendance: AttendanceRow[] } }>(`query($id: ID!) { meeting(id: $id) {
      attendance { role listed person { name } onBehalfOf { ... on Jurisdiction { id } ... on Organization { id } } evidence { quote lineStart lineEnd } }
    } }`, { id: MEETING });
    attendance = data.meeting.attendance;
  });

  it('counts every person on each attendance list', () => {
    const listed = (role: string) => attendance.filter((a) => a.listed && a.role === role).length;
    expect({ CO_CHAIR: listed('CO_CHAIR'), MEMBER: listed('MEMBER'), OBSERVER: listed('OBSERVER'), SECRETARIAT: listed('SECRETARIAT') })
      .toEqual({ CO_CHAIR: 2, MEMBER: 28, OBSERVER: 25, SECRETARIAT: 2 });
  });

  it('records the people who spoke or presented without being on any list', () => {
    const unlisted = attendance.filter((a) => !a.listed).map((a) => `${a.person.name}:${a.role}`).sort();
    expect(unlisted).toEqual([
      'Charlene Lafreniere:PANELIST', 'David Peckham:PRESENTER', 'Jackie Stankey:SPEAKER', 'Jocelyn Formsma:PANELIST',
      'Marc Maracle:PANELIST', 'Pia Andrews:PRESENTER',
    ]);
  });

  it('resolves who each attendee represented', () => {
    const representing = (name: string, role: string) => attendance.find((a) => a.person.name === name && a.role === role)?.onBehalfOf?.id;
    expect(representing('Catherine Bennett', 'CO_CHAIR')).toBe('ca-gc-esdc');
    expect(representing('Mark Burns', 'CO_CHAIR')).toBe('CA-YT');
    expect(representing('Bev Dicks', 'MEMBER')).toBe('CA-BC');
    expect(representing('Deb Bergey', 'MEMBER')).toBe('org-msdo');
    expect(representing('Jackie Stankey', 'SPEAKER')).toBe('CA-AB');
    expect(representing('Stefania Silisteanu', 'SECRETARIAT')).toBe('org-isac');
  });

  it('quotes each attendance from the source at its lines', () => {
    for (const a of attendance) expect(source.contains(a.evidence.quote, a.evidence.lineStart, a.evidence.lineEnd)).toBe(true);
  });
});

describe('decisions and follow-up actions', () => {
  it('holds both decisions and every follow-up action with its status', async () => {
    const data = await seeded.api.data<{ meeting: { decisions: Array<{ number: string; concerns: Array<{ id: string }> }>; actionItems: Array<{ number: string; status: string; completedOn: string | null; completedBy: Array<{ name: string }>; owners: Array<{ id: string }> }> } }>(`
      query($id: ID!) { meeting(id: $id) {
        decisions { number concerns { id } }
        actionItems { number status completedOn completedBy { name } owners { ... on Node { id } } }
      } }`, { id: MEETING });
    expect(data.meeting.decisions.map((d) => d.number)).toEqual(['1', '2', '—']); // line 812 is unnumbered
    expect(data.meeting.decisions[0]?.concerns.map((m) => m.id)).toContain('mtg-pssdc-2020-02-26');
    const actions = data.meeting.actionItems;
    expect(actions.map((a) => `${a.number}:${a.status}`)).toEqual([
      '1:COMPLETED', '2A:OPEN', '2B:OPEN', '2C:OPEN', '2D:OPEN', '2E:OPEN', '2F:OPEN', '3:OPEN', '4:OPEN',
    ]);
    expect(actions[0]).toMatchObject({ completedOn: '2020-09-29', completedBy: [{ name: 'Maria Luisa Willan' }], owners: [{ id: 'org-isac' }] });
    for (const action of actions) expect(action.owners.length).toBeGreaterThan(0);
  });
});

describe('statements', () => {
  it('attributes statements to every speaker in the minutes', async () => {
    const data = await seeded.api.data<{ meeting: { statements: Array<{ speaker: { name: string } }> } }>(
      'query($id: ID!) { meeting(id: $id) { statements { speaker { name } } } }', { id: MEETING });
    const speakers = [...new Set(data.meeting.statements.map((s) => s.speaker.name))].sort();
    expect(speakers).toEqual([
      'Bev Dicks', 'Catherine Bennett', 'Charlene Lafreniere', 'Danielle White', 'David Peckham', 'Deb Bergey', 'Gillian Latham',
      'Jackie Stankey', 'Jocelyn Formsma', 'Marc Maracle', 'Mark Burns', 'Pia Andrews',
    ]);
  });

  it("records British Columbia raising digital identity, with the exact French passage", async () => {
    const data = await seeded.api.data<{ person: { statements: Array<{ text: string; summary: string; onBehalfOf: { id: string }; themes: Array<{ id: string }>; agendaItem: { number: string }; evidence: { quote: string; lineStart: number; lineEnd: number; source: { sha256: string } } }> } }>(`{
      person(id: "person-bev-dicks") { statements {
        text summary(lang: EN) onBehalfOf { ... on Jurisdiction { id } } themes { id } agendaItem { number }
        evidence { quote lineStart lineEnd source { sha256 } }
      } } }`);
    const identity = data.person.statements.find((s) => s.themes.some((t) => t.id === 'theme-digital-identity'));
    expect(identity).toBeDefined();
    expect(identity?.onBehalfOf.id).toBe('CA-BC');
    expect(identity?.agendaItem.number).toBe('3');
    expect(identity?.text).toContain('Identité numérique');
    expect(identity?.summary).toMatch(/identity/i);
    const evidence = identity?.evidence;
    expect(evidence && source.contains(evidence.quote, evidence.lineStart, evidence.lineEnd)).toBe(true);
  });
});

describe('offices, bodies and referenced meetings', () => {
  it('ends the treasurer office of Deb Bergey at the end of 2020', async () => {
    const query = `query($asOf: Date) { body: node(id: "body-pssdc") { ... on Body { members(asOf: $asOf, role: TREASURER) { person { name } endDate } } } }`;
    const during = await seeded.api.data<{ body: { members: Array<{ person: { name: string }; endDate: string }> } }>(query, { asOf: '2020-09-24' });
    expect(during.body.members).toEqual([{ person: { name: 'Deb Bergey' }, endDate: '2020-12-31' }]);
    const onLastDay = await seeded.api.data<{ body: { members: unknown[] } }>(query, { asOf: '2020-12-31' });
    expect(onLastDay.body.members).toHaveLength(1);
    const after = await seeded.api.data<{ body: { members: unknown[] } }>(query, { asOf: '2021-01-01' });
    expect(after.body.members).toEqual([]);
  });

  it('knows the structure and lifecycle of bodies', async () => {
    const data = await seeded.api.data<{ wg: { status: string; partOf: { id: string }; statusEvidence: { quote: string } }; pssdc: { secretariat: { id: string }; partOf: { id: string } } }>(`{
      wg: node(id: "body-jc-client-centric-services-wg") { ... on Body { status partOf { id } statusEvidence { quote } } }
      pssdc: node(id: "body-pssdc") { ... on Body { secretariat { id } partOf { id } } }
    }`);
    expect(data.wg.status).toBe('TO_BE_ENDED');
    expect(data.wg.partOf.id).toBe('body-joint-councils');
    expect(data.wg.statusEvidence.quote).toContain('Supprimer le Groupe de travail');
    expect(data.pssdc).toEqual({ secretariat: { id: 'org-isac' }, partOf: { id: 'body-joint-councils' } });
  });

  it('links the meetings the minutes refer to', async () => {
    const data = await seeded.api.data<{ meeting: { references: Array<{ relation: string; meeting: { id: string; date: string | null } }>; nextMeeting: { id: string } | null; previousMeeting: { id: string } | null } }>(`
      query($id: ID!) { meeting(id: $id) { references { relation meeting { id date } } nextMeeting { id } previousMeeting { id } } }`, { id: MEETING });
    const references = data.meeting.references.map((r) => `${r.relation}:${r.meeting.date ?? 'undated'}`);
    expect(references).toEqual(expect.arrayContaining([
      'APPROVES_MINUTES_OF:2020-02-26', 'BUILDS_ON:2020-09-03', 'NEXT_MEETING:2021-02-25',
    ]));
    expect(data.meeting.references.map((r) => r.meeting.id)).toContain('mtg-fpt-dm-table-2020-07-15');
    expect(data.meeting.nextMeeting?.id).toBe('mtg-pssdc-2021-02-25');
    expect(data.meeting.previousMeeting?.id).toBe('mtg-pssdc-2020-09-03');
  });
});

describe('bilingual names', () => {
  it('gives every jurisdiction, organization, body and theme an English and a French name, and meetings and agenda items a title in the language of each of their minutes', async () => {
    // Meetings known only by reference are named in both languages; minutes written in one language (most OSAB ones) title their meeting in it.
    const rows = await seeded.database.read(`
      MATCH (n) WHERE (n:Jurisdiction OR n:Organization OR n:Body) AND (n.nameEn IS NULL OR n.nameFr IS NULL)
         OR n:Theme AND (n.labelEn IS NULL OR n.labelFr IS NULL)
         OR n:Meeting AND NOT EXISTS { (:SourceDocument)-[:RECORDS]->(n) } AND (n.titleEn IS NULL OR n.titleFr IS NULL)
         OR n:Meeting AND EXISTS { MATCH (s:SourceDocument)-[:RECORDS]->(n) WHERE s.language = 'en' AND n.titleEn IS NULL OR s.language = 'fr' AND n.titleFr IS NULL }
         OR n:AgendaItem AND EXISTS { MATCH (s:SourceDocument)-[:RECORDS]->(:Meeting)-[:HAS_ITEM]->(n) WHERE s.language = 'en' AND n.titleEn IS NULL OR s.language = 'fr' AND n.titleFr IS NULL }
      RETURN n.id AS id`);
    expect(rows.map((row) => row.id)).toEqual([]);
    const [counts] = await seeded.database.read('MATCH (n) WHERE n:Jurisdiction OR n:Body OR n:Theme OR n:AgendaItem RETURN count(n) AS n');
    expect(Number(counts?.n)).toBeGreaterThan(80);
  });
});

describe('re-ingesting the seeds', () => {
  it('leaves node and relationship counts, and the whole graph, unchanged', async () => {
    const before = { labels: await countsByLabel(seeded.database), types: await countsByRelationshipType(seeded.database), digest: await graphDigest(seeded.database) };
    const reports = await ingestFiles(seeded.database, await listSeedFiles(SEEDS_DIR));
    for (const report of reports) expect(report.changes.nodesCreated + report.changes.relationshipsCreated + report.changes.nodesChanged).toBe(0);
    expect({ labels: await countsByLabel(seeded.database), types: await countsByRelationshipType(seeded.database), digest: await graphDigest(seeded.database) }).toEqual(before);
  });
});
