import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SourceText } from '../../src/ingest/SourceText';
import { useSeededApi } from '../support/seededApi';
import { SEEDS_DIR } from '../support/testDatabase';

/**
 * Questions across meetings, asked of the whole of seeds/ (what `npm start` loads: the PSSDC record
 * and the 58 OSAB meetings) through the public GraphQL API. Each expected answer is read from the
 * minutes themselves (file and line in the comments), not from the seed documents.
 */
const seeded = useSeededApi();

/* eslint-disable @typescript-eslint/no-explicit-any */
const ask = (query: string) => seeded.api.data<any>(query);
const OSAB = 'osab/en';
const source = (file: string) => new SourceText(readFileSync(path.join(SEEDS_DIR, 'minutes/sources', file), 'utf8'));

it('which bodies a department took part in: ESDC at the PSSDC and at the Open Source Advisory Board, one node for both', async () => {
  const data = await ask(`{ jurisdiction(id: "ca-gc-esdc") { participation {
    body { id } meetingCount firstDate lastDate meetings { date } people { name } } } }`);
  const byBody = Object.fromEntries(data.jurisdiction.participation.map((p: any) => [p.body.id, p]));
  // PSSDC 2020-09-24: Catherine Bennett, co-chair for ESDC (lines 10-13).
  expect(byBody['body-pssdc'].meetings).toEqual([{ date: '2020-09-24' }]);
  expect(byBody['body-pssdc'].people.map((p: any) => p.name)).toContain('Catherine Bennett');
  // The board's lists name ESDC twice: "Jim Cowie, ESDC" (Meetings/2019-02-20.md:33, Meetings/2019-03-20.md:27).
  expect(byBody['body-osab']).toMatchObject({ meetingCount: 2, firstDate: '2019-02-20', lastDate: '2019-03-20', people: [{ name: 'Jim Cowie' }] });
  // First attended first: the working groups (2018) before the board (2019) and the PSSDC (2020).
  expect(data.jurisdiction.participation.at(-1).body.id).toBe('body-pssdc');
});

it('the same Treasury Board Secretariat node in the PSSDC data and in the board\'s', async () => {
  const data = await ask('{ jurisdiction(id: "ca-gc-tbs") { participation { body { id } } } }');
  const bodies = data.jurisdiction.participation.map((p: any) => p.body.id);
  expect(bodies).toEqual(expect.arrayContaining(['body-pssdc', 'body-osab', 'body-osab-people-wg', 'body-osab-rules-wg', 'body-osab-tools-wg']));
});

it('a person\'s attendance over time: Jim Cowie at the Tools working group, with the line that lists him each time', async () => {
  const data = await ask(`{ person(id: "person-jim-cowie") {
    attendance { meeting { date bodies { id } } evidence { quote lineStart source { path } } }
    participation { body { id } meetingCount firstDate lastDate } } }`);
  const tools = data.person.attendance.filter((a: any) => a.meeting.bodies[0].id === 'body-osab-tools-wg');
  // "* Jim Cowie" or "* Jim Cowie - ESDC" opens a line of 11 of the 13 Tools minutes (not 2019-02-05 nor 2019-02-12).
  expect(tools.map((a: any) => a.meeting.date).sort()).toEqual([
    '2018-10-30', '2018-11-15', '2018-11-28', '2018-12-11', '2019-01-09', '2019-01-10', '2019-01-23', '2019-03-06', '2019-03-13', '2019-05-01', '2019-05-14',
  ]);
  for (const a of tools) {
    expect(a.evidence.quote).toMatch(/^\* Jim Cowie/);
    const file = a.evidence.source.path.replace(/^.*sources\//, '');
    expect(source(file).contains(a.evidence.quote, a.evidence.lineStart, a.evidence.lineStart)).toBe(true);
  }
  const toolsParticipation = data.person.participation.find((p: any) => p.body.id === 'body-osab-tools-wg');
  expect(toolsParticipation).toEqual({ body: { id: 'body-osab-tools-wg' }, meetingCount: 11, firstDate: '2018-10-30', lastDate: '2019-05-14' });
});

it('how a working group\'s membership changed: who came to the Tools group\'s first meeting, who joined later, who came once', async () => {
  const data = await ask(`{ body(id: "body-osab-tools-wg") {
    meetings { date }
    participants { person { name } meetingCount firstDate lastDate onBehalfOf { ... on Jurisdiction { id } ... on Organization { id } } } } }`);
  const participants = Object.fromEntries(data.body.participants.map((p: any) => [p.person.name, p]));
  expect(data.body.meetings).toHaveLength(13);
  // Ross Clark, CFIA, is on the first list only (Working_Group_Tools/2018-10-30-meeting-minutes.md:14).
  expect(participants['Ross Clark']).toMatchObject({ meetingCount: 1, firstDate: '2018-10-30', lastDate: '2018-10-30', onBehalfOf: [{ id: 'ca-gc-cfia' }] });
  // Andrew Sinkinson first appears on 2018-11-28 and is listed in 7 minutes up to 2019-03-13.
  expect(participants['Andrew Sinkinson']).toMatchObject({ meetingCount: 7, firstDate: '2018-11-28', lastDate: '2019-03-13' });
  // Ordered by first meeting: the founding members first.
  const firstDates = data.body.participants.map((p: any) => p.firstDate);
  expect(firstDates).toEqual([...firstDates].sort());
  expect(firstDates[0]).toBe('2018-10-30');
});

it('which organizations raised a theme across meetings, and when: departments and companies alike, each passage in its minutes', async () => {
  const data = await ask(`{ themeAcrossMeetings(themeId: "theme-open-source") {
    representatives { representative { __typename ... on Jurisdiction { id } ... on Organization { id kind } } meetings { date }
      statements { evidence { quote lineStart lineEnd source { path } } } } } }`);
  const representatives = data.themeAcrossMeetings.representatives;
  const kinds = new Set(representatives.map((r: any) => r.representative.__typename));
  expect(kinds).toEqual(new Set(['Jurisdiction', 'Organization']));
  expect(representatives.some((r: any) => r.representative.kind === 'COMPANY')).toBe(true);
  const meetings = new Set(representatives.flatMap((r: any) => r.meetings.map((m: any) => m.date)));
  expect(meetings.size).toBeGreaterThan(5);
  for (const r of representatives) {
    for (const { evidence } of r.statements) {
      const file = evidence.source.path.replace(/^.*sources\//, '');
      expect(file.startsWith(OSAB) || file.endsWith('.fr.txt')).toBe(true);
      expect(source(file).contains(evidence.quote, evidence.lineStart, evidence.lineEnd)).toBe(true);
    }
  }
});

it('which themes rose or faded over the period: every theme\'s counts per quarter add up to what the meetings raised', async () => {
  const data = await ask(`{
    themeTrends(period: QUARTER, from: "2018-01-01", to: "2019-12-31") { theme { id } periods { period count } total change }
    themesPerMeeting(from: "2018-01-01", to: "2019-12-31") { meeting { date } themes { theme { id } count } }
  }`);
  const expected = new Map<string, number>();
  for (const m of data.themesPerMeeting) for (const t of m.themes) expected.set(t.theme.id, (expected.get(t.theme.id) ?? 0) + t.count);
  const trends = data.themeTrends;
  expect(new Map(trends.map((t: any) => [t.theme.id, t.total]))).toEqual(expected);
  // One calendar of quarters for every theme, from the first OSAB quarter with a statement to the last.
  const calendars = new Set(trends.map((t: any) => t.periods.map((p: any) => p.period).join()));
  expect(calendars.size).toBe(1);
  expect(trends[0].periods[0].period).toMatch(/^2018-Q[1-4]$/);
  expect(trends[0].periods.at(-1).period).toMatch(/^2019-Q[1-4]$/);
  for (const t of trends) expect(t.periods.reduce((sum: number, p: any) => sum + p.count, 0)).toBe(t.total);
  // Most risen first.
  const changes = trends.map((t: any) => t.change);
  expect(changes).toEqual([...changes].sort((a: number, b: number) => b - a));
});

it('open actions per body with their age, and which are overdue', async () => {
  const data = await ask(`{
    tools: actionItems(filter: { bodyId: "body-osab-tools-wg", status: [OPEN, IN_PROGRESS] }, first: 100) { totalCount nodes { id age(asOf: "2019-06-01") { days since { date } } } }
    pssdc: actionItem(id: "mtg-pssdc-2020-09-24-action-4") { dueBy before: overdue(asOf: "2020-12-01") after: overdue(asOf: "2021-01-01") age(asOf: "2020-10-24") { days } }
  }`);
  expect(data.tools.totalCount).toBeGreaterThan(10);
  for (const action of data.tools.nodes) {
    const days = Math.round((Date.parse('2019-06-01') - Date.parse(action.age.since.date)) / 86_400_000);
    expect(action.age.days).toBe(days);
  }
  // "automne 2020" (lines 800-803): due by 2020-12-21, still open.
  expect(data.pssdc).toEqual({ dueBy: '2020-12-21', before: false, after: true, age: { days: 30 } });
});
