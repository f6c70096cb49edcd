import { useSeededApi } from '../support/seededApi';
import { PSSDC_SEED_FILES } from '../support/testDatabase';

/**
 * Questions an analyst asks of the 24 September 2020 PSSDC minutes, each answered through the
 * public GraphQL API and checked against what the source says (line numbers in comments).
 */
const seeded = useSeededApi([], PSSDC_SEED_FILES);

/* eslint-disable @typescript-eslint/no-explicit-any */
const ask = (query: string, variables: Record<string, unknown> = {}) => seeded.api.data<any>(query, variables);

it('1. Who co-chaired the meeting, and for whom? (lines 10-13)', async () => {
  const data = await ask('{ meeting(id: "mtg-pssdc-2020-09-24") { attendance(role: CO_CHAIR) { person { name } onBehalfOf { ... on Jurisdiction { name } } } } }');
  expect(data.meeting.attendance).toEqual([
    { person: { name: 'Catherine Bennett' }, onBehalfOf: { name: 'Employment and Social Development Canada' } },
    { person: { name: 'Mark Burns' }, onBehalfOf: { name: 'Yukon' } },
  ]);
});

it('2. Who represented Ontario, in what role, when? (lines 26, 49, 51, 64, 65, 69; MSDO members from Ontario municipalities, lines 19, 21, 36)', async () => {
  const data = await ask(`{ people(filter: { jurisdictionId: "CA-ON" }, first: 20) { totalCount nodes { name attendance { role meeting { date } } } } }`);
  const answer = data.people.nodes.map((p: any) => `${p.name}:${p.attendance.map((a: any) => `${a.role}@${a.meeting.date}`).join(',')}`);
  expect(answer).toEqual([
    'Aeda Naami:OBSERVER@2020-09-24', 'Dafna Carr:OBSERVER@2020-09-24', 'Dawn Pilgrim:OBSERVER@2020-09-24',
    'Deb Bergey:MEMBER@2020-09-24,PRESENTER@2020-09-24', 'Louise Simos:OBSERVER@2020-09-24', 'Renee Nand:MEMBER@2020-09-24',
    'Shelley Darlington:MEMBER@2020-09-24', 'Susan Erwin:MEMBER@2020-09-24', 'Tareq Al-Shumari:OBSERVER@2020-09-24',
  ]);
});

it('3. Which jurisdictions raised digital identity, who said it, and where is it written? (lines 741-747)', async () => {
  const data = await ask(`{ themeAcrossMeetings(themeId: "theme-digital-identity") {
    representatives { representative { ... on Jurisdiction { id } } speakers { name } statements { evidence { lineStart lineEnd } } } } }`);
  const answer = data.themeAcrossMeetings.representatives.map((r: any) => `${r.representative.id}:${r.speakers[0].name}`);
  expect(answer).toEqual(['CA-BC:Bev Dicks', 'CA-YT:Mark Burns']);
  expect(data.themeAcrossMeetings.representatives[0].statements[0].evidence).toEqual({ lineStart: 741, lineEnd: 747 });
});

it('4. Which follow-up actions are still open? (lines 536-803)', async () => {
  const data = await ask('{ actionItems(filter: { status: [OPEN, IN_PROGRESS] }, sort: { field: MEETING_DATE }) { totalCount nodes { number } } }');
  expect(data.actionItems.totalCount).toBe(8);
  expect(data.actionItems.nodes.map((a: any) => a.number).sort()).toEqual(['2A', '2B', '2C', '2D', '2E', '2F', '3', '4']);
});

it('5. Who completed follow-up action 1, and when? (lines 163-166)', async () => {
  const data = await ask('{ actionItem(id: "mtg-pssdc-2020-09-24-action-1") { status completedOn completedBy { name } owners { ... on Organization { abbreviation(lang: FR) } } } }');
  expect(data.actionItem).toEqual({ status: 'COMPLETED', completedOn: '2020-09-29', completedBy: [{ name: 'Maria Luisa Willan' }], owners: [{ abbreviation: 'ISAC' }] });
});

it('6. Which decisions were taken, and what do they concern? (lines 96-103, 147-150, 812)', async () => {
  const data = await ask('{ decisions(filter: { meetingId: "mtg-pssdc-2020-09-24" }) { nodes { number concerns { date location } } } }');
  expect(data.decisions.nodes).toEqual([
    { number: '1', concerns: [{ date: '2020-02-26', location: 'Toronto' }] },
    { number: '2', concerns: [{ date: '2020-09-24', location: null }] },
    { number: '—', concerns: [] }, // the fall and winter MS Teams meetings are scheduled (line 812, unnumbered)
  ]);
});

it('7. Who is the PSSDC treasurer, and until when? (lines 108-110)', async () => {
  const data = await ask('{ body(id: "body-pssdc") { members(role: TREASURER) { person { name } endDate } } }');
  expect(data.body.members).toEqual([{ person: { name: 'Deb Bergey' }, endDate: '2020-12-31' }]);
});

it('8. Whose minutes did the meeting approve, and where was that meeting held? (line 88)', async () => {
  const data = await ask('{ meeting(id: "mtg-pssdc-2020-09-24") { references { relation meeting { date modality location } } } }');
  expect(data.meeting.references.find((r: any) => r.relation === 'APPROVES_MINUTES_OF').meeting).toEqual({ date: '2020-02-26', modality: 'IN_PERSON', location: 'Toronto' });
});

it('9. When is the next PSSDC meeting? (line 810)', async () => {
  const data = await ask('{ meeting(id: "mtg-pssdc-2020-09-24") { nextMeeting { date status modality } } }');
  expect(data.meeting.nextMeeting).toEqual({ date: '2021-02-25', status: 'TENTATIVE', modality: 'VIRTUAL' });
});

it('10. Which working group is to be ended, and once what is done? (lines 620-622, 685-694)', async () => {
  const data = await ask('{ workingGroups(filter: { status: TO_BE_ENDED }) { nodes { id statusNote(lang: EN) partOf { abbreviation(lang: EN) } } } }');
  expect(data.workingGroups.nodes).toHaveLength(1);
  expect(data.workingGroups.nodes[0].id).toBe('body-jc-client-centric-services-wg');
  expect(data.workingGroups.nodes[0].statusNote).toMatch(/maturity model/);
});

it('11. Which community of practice was proposed? (lines 609-610)', async () => {
  const data = await ask('{ communitiesOfPractice(filter: { status: PROPOSED }) { nodes { name(lang: FR) } } }');
  expect(data.communitiesOfPractice.nodes).toEqual([{ name: 'Communauté de pratique en conception axée sur le client' }]);
});

it('12. Who serves as the councils’ secretariat, and who staffed this meeting? (lines 75-78)', async () => {
  const data = await ask(`{ body(id: "body-pssdc") { secretariat { abbreviation(lang: EN) } }
    meeting(id: "mtg-pssdc-2020-09-24") { attendance(role: SECRETARIAT) { person { name } } } }`);
  expect(data.body.secretariat).toEqual({ abbreviation: 'ICCS' });
  expect(data.meeting.attendance.map((a: any) => a.person.name)).toEqual(['Maria Luisa Willan', 'Stefania Silisteanu']);
});

it('13. Who attended for Nova Scotia, and what did Nova Scotia say? (lines 20, 30, 59, 446-451)', async () => {
  const data = await ask('{ jurisdiction(id: "CA-NS") { attendance { role person { name } } statements { speaker { name } agendaItem { number } } } }');
  expect(data.jurisdiction.attendance.map((a: any) => `${a.person.name}:${a.role}`).sort()).toEqual(['Elky Hanlon:OBSERVER', 'Gillian Latham:MEMBER', 'Natasha Clarke:MEMBER']);
  expect(data.jurisdiction.statements).toEqual([{ speaker: { name: 'Gillian Latham' }, agendaItem: { number: '2' } }]);
});

it('14. Who presented which agenda item? (lines 108, 176, 192, 478, 767)', async () => {
  const data = await ask('{ meeting(id: "mtg-pssdc-2020-09-24") { attendance(role: PRESENTER) { person { name } listed agendaItem { number } } } }');
  expect(data.meeting.attendance.map((a: any) => `${a.agendaItem.number}:${a.person.name}:${a.listed}`).sort()).toEqual([
    '1.C:Deb Bergey:true', '2:Danielle White:true', '2:David Peckham:false', '3:Mark Burns:true', '4:Pia Andrews:false',
  ]);
});

it('15. Who were the panelists on urban Indigenous service delivery, and whom did they represent? (lines 201-208)', async () => {
  const data = await ask('{ meeting(id: "mtg-pssdc-2020-09-24") { attendance(role: PANELIST) { person { name } listed onBehalfOf { ... on Organization { id } } } } }');
  expect(data.meeting.attendance.map((a: any) => `${a.person.name}:${a.listed}`)).toEqual(['Charlene Lafreniere:false', 'Jocelyn Formsma:false', 'Marc Maracle:false']);
  for (const attendance of data.meeting.attendance) expect(attendance.onBehalfOf?.id).toMatch(/^org-/);
});

it('16. Who spoke without being on any attendance list? (line 748)', async () => {
  const data = await ask('{ meeting(id: "mtg-pssdc-2020-09-24") { attendance(listed: false, role: SPEAKER) { role person { name } onBehalfOf { ... on Jurisdiction { id } } } } }');
  expect(data.meeting.attendance).toEqual([{ role: 'SPEAKER', person: { name: 'Jackie Stankey' }, onBehalfOf: { id: 'CA-AB' } }]);
});

it('17. A French search without accents finds the digital identity passages (identite numerique)', async () => {
  const query = 'query($q: String!) { search(query: $q, kinds: [STATEMENT]) { nodes { entity { id } } } }';
  const plain = await ask(query, { q: 'identite numerique' });
  const accented = await ask(query, { q: 'Identité numérique' });
  const ids = plain.search.nodes.map((n: any) => n.entity.id).sort();
  expect(ids).toEqual(['mtg-pssdc-2020-09-24-statement-29', 'mtg-pssdc-2020-09-24-statement-33']);
  expect(accented.search.nodes.map((n: any) => n.entity.id).sort()).toEqual(ids);
});

it('18. An English search finds who spoke about Friendship Centres', async () => {
  const data = await ask('{ search(query: "friendship centre", kinds: [STATEMENT]) { totalCount nodes { snippet entity { ... on Statement { speaker { name } } } } } }');
  const speakers = new Set(data.search.nodes.map((n: any) => n.entity.speaker.name));
  expect(speakers).toEqual(new Set(['Gillian Latham', 'Jocelyn Formsma', 'Mark Burns']));
  for (const node of data.search.nodes) expect(node.snippet).toContain('<mark>');
});

it('19. How is Bev Dicks connected to the PSSDC?', async () => {
  const data = await ask('{ connections(fromId: "person-bev-dicks", toId: "body-pssdc") { nodes { type } edges { type } } }');
  expect(data.connections[0]).toEqual({ nodes: [{ type: 'Person' }, { type: 'Membership' }, { type: 'Body' }], edges: [{ type: 'HOLDS' }, { type: 'IN_BODY' }] });
});

it('20. Which themes did British Columbia raise? (lines 741-747, 783-784)', async () => {
  const data = await ask('{ jurisdictionThemes(representativeId: "CA-BC") { themes { theme { id } count perYear { year count } } } }');
  const themes = data.jurisdictionThemes.themes.map((t: any) => t.theme.id);
  expect(themes).toEqual(expect.arrayContaining(['theme-digital-identity', 'theme-digital-transformation', 'theme-cop-governance', 'theme-leadership-culture', 'theme-user-experience']));
  expect(data.jurisdictionThemes.themes[0].perYear).toEqual([{ year: 2020, count: 1 }]);
});

it('21. How many attended in each role? (lines 10-78 and unlisted speakers)', async () => {
  const data = await ask('{ meeting(id: "mtg-pssdc-2020-09-24") { attendanceByRole { role count } all: attendanceByRole(listed: null) { role count } } }');
  // By default, the lists only; listed presenters keep their list role too.
  expect(data.meeting.attendanceByRole).toEqual([
    { role: 'CO_CHAIR', count: 2 }, { role: 'MEMBER', count: 28 }, { role: 'OBSERVER', count: 25 },
    { role: 'SECRETARIAT', count: 2 }, { role: 'PRESENTER', count: 3 },
  ]);
  expect(data.meeting.all).toEqual([
    { role: 'CO_CHAIR', count: 2 }, { role: 'MEMBER', count: 28 }, { role: 'OBSERVER', count: 25 },
    { role: 'SECRETARIAT', count: 2 }, { role: 'PRESENTER', count: 5 }, { role: 'PANELIST', count: 3 }, { role: 'SPEAKER', count: 1 },
  ]);
});

it('22. What were the common priority areas of the FPT DM Table teleconference of 15 July? (lines 525-534)', async () => {
  const data = await ask('{ themes(filter: { kind: PRIORITY_AREA }) { totalCount nodes { label(lang: FR) } } }');
  expect(data.themes.totalCount).toBe(5);
  expect(data.themes.nodes.map((t: any) => t.label)).toContain('Accélérer la gestion des identités et l’identité numérique');
});

it('23. Which open action is due first, and who owns it? (lines 800-803)', async () => {
  const data = await ask('{ actionItems(filter: { status: [OPEN] }, sort: { field: DUE_BY, direction: ASC }, first: 1) { nodes { number dueText(lang: FR) owners { ... on Body { id } } } } }');
  expect(data.actionItems.nodes).toEqual([{ number: '4', dueText: 'automne 2020', owners: [{ id: 'body-pssdc' }] }]);
});

it('24. Which offices did Deb Bergey hold, and when does she leave them? (lines 108-110)', async () => {
  const data = await ask('{ person(id: "person-deb-bergey") { memberships { role endDate body { id } organization { ... on Organization { id } } } } }');
  const offices = data.person.memberships.filter((m: any) => m.role === 'TREASURER' || m.role === 'PRESIDENT');
  expect(offices.map((m: any) => `${m.role}:${m.body?.id ?? m.organization?.id}:${m.endDate}`).sort()).toEqual([
    'PRESIDENT:org-msdo:2020-12-31', 'TREASURER:body-pssdc:2020-12-31',
  ]);
});

it('25. Who sat on the PSSDC for British Columbia as of the meeting date, and in what role? (lines 23, 38, 54, 60, 67)', async () => {
  const data = await ask('{ body(id: "body-pssdc") { members(asOf: "2020-09-24", onBehalfOfId: "CA-BC") { role person { name } } } }');
  expect(data.body.members.map((m: any) => `${m.person.name}:${m.role}`).sort()).toEqual([
    'Adriana Poveda:MEMBER', 'Bev Dicks:MEMBER', 'CJ Ritchie:OBSERVER', 'Jeanette Eason:OBSERVER', 'Sophia Howse:OBSERVER',
  ]);
});
