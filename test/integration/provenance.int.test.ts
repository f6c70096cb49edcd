import { useSeededApi } from '../support/seededApi';
import { PSSDC_SEED_FILES } from '../support/testDatabase';

/**
 * How facts are known, asked through GraphQL of the 24 September 2020 PSSDC record. Each expectation
 * comes from the source text (line numbers in the comments), not from the API's current output.
 */
const seeded = useSeededApi([], PSSDC_SEED_FILES);

/* eslint-disable @typescript-eslint/no-explicit-any */
const ask = (query: string, variables: Record<string, unknown> = {}) => seeded.api.data<any>(query, variables);
const MEETING = 'mtg-pssdc-2020-09-24';

describe('listed and unlisted attendance', () => {
  it('gives no list role to a speaker who is on no attendance list (Jackie Stankey, line 748; lists at lines 10-78)', async () => {
    const data = await ask('{ person(id: "person-jackie-stankey") { attendance { role listed onBehalfOf { ... on Jurisdiction { id } } } } }');
    expect(data.person.attendance).toEqual([{ role: 'SPEAKER', listed: false, onBehalfOf: { id: 'CA-AB' } }]);
  });

  it('counts by role from the lists by default: 2 co-chairs, 28 members, 25 observers, 2 secretariat (lines 12-78)', async () => {
    const data = await ask(`{ meeting(id: "${MEETING}") {
      listed: attendanceByRole { role count }
      unlisted: attendanceByRole(listed: false) { role count }
      attendanceCounts { listed unlisted } } }`);
    const counts = Object.fromEntries(data.meeting.listed.map((g: any) => [g.role, g.count]));
    expect(counts).toMatchObject({ CO_CHAIR: 2, MEMBER: 28, OBSERVER: 25, SECRETARIAT: 2 });
    // Listed presenters (Deb Bergey, Danielle White, Mark Burns) keep their list role and add PRESENTER.
    expect(counts.PRESENTER).toBe(3);
    expect(counts.SPEAKER).toBeUndefined();
    // David Peckham and Pia Andrews present, three panelists, Jackie Stankey speaks: none is on a list.
    expect(data.meeting.unlisted).toEqual([
      { role: 'PRESENTER', count: 2 }, { role: 'PANELIST', count: 3 }, { role: 'SPEAKER', count: 1 },
    ]);
    expect(data.meeting.attendanceCounts).toEqual({ listed: 57, unlisted: 6 });
  });

  it('filters people and a jurisdiction\'s attendance by `listed` (Alberta: Chantal Ritcey listed, line 41)', async () => {
    const data = await ask(`{
      unlisted: people(filter: { listed: false }, first: 20) { nodes { name } }
      alberta: jurisdiction(id: "CA-AB") { listed: attendance(listed: true) { person { name } } unlisted: attendance(listed: false) { person { name } } } }`);
    expect(data.unlisted.nodes.map((p: any) => p.name)).toEqual([
      'Charlene Lafreniere', 'David Peckham', 'Jackie Stankey', 'Jocelyn Formsma', 'Marc Maracle', 'Pia Andrews',
    ]);
    expect(data.alberta.listed).toEqual([{ person: { name: 'Chantal Ritcey' } }]);
    expect(data.alberta.unlisted).toEqual([{ person: { name: 'Jackie Stankey' } }]);
  });

  it('answers "who attended for the Region of Peel?" through the association member (line 36)', async () => {
    const data = await ask(`{ jurisdiction(id: "ca-on-region-of-peel") { attendance { person { name } onBehalfOf { ... on Organization { id } } } } }`);
    expect(data.jurisdiction.attendance).toEqual([{ person: { name: 'Renee Nand' }, onBehalfOf: { id: 'org-msdo' } }]);
    const member = await ask(`{ person(id: "person-renee-nand") { attendance { alsoOnBehalfOf { ... on Jurisdiction { id } } } } }`);
    expect(member.person.attendance).toEqual([{ alsoOnBehalfOf: [{ id: 'ca-on-region-of-peel' }] }]);
  });
});

describe('stated and inferred facts', () => {
  it('marks an action whose owner the minutes do not name as inferred, with the passage it rests on (lines 796-803)', async () => {
    const data = await ask(`{ actionItem(id: "${MEETING}-action-4") {
      basis reason inferences { field reason evidence { lineStart lineEnd source { id } } } owners { __typename ... on Body { id } } } }`);
    const action = data.actionItem;
    expect(action.basis).toBe('INFERRED');
    expect(action.owners).toEqual([{ __typename: 'Body', id: 'body-pssdc' }]);
    const owners = action.inferences.find((i: any) => i.field === 'owners');
    expect(owners.evidence).toEqual({ lineStart: 797, lineEnd: 797, source: { id: 'src-2020-09-24-pssdc-rod-fr' } });
    expect(action.reason).toContain('owners:');
  });

  it('marks the year of a date written as day and month as inferred (line 525: "du 15 juillet")', async () => {
    const data = await ask('{ meeting(id: "mtg-fpt-dm-table-2020-07-15") { date basis inferences { field evidence { lineStart } } } }');
    expect(data.meeting).toEqual({ date: '2020-07-15', basis: 'INFERRED', inferences: [{ field: 'date', evidence: { lineStart: 525 } }] });
  });

  it('keeps a fact the list writes as stated (Susan Erwin Ontario, line 26)', async () => {
    const data = await ask('{ person(id: "person-susan-erwin") { attendance { basis reason inferences { field } } } }');
    expect(data.person.attendance).toEqual([{ basis: 'STATED', reason: null, inferences: [] }]);
  });

  it('lets filters and counts leave inferred facts out', async () => {
    const data = await ask(`{
      all: statements(first: 100) { totalCount }
      stated: statements(filter: { basis: STATED }, first: 100) { totalCount nodes { basis } }
      meeting(id: "${MEETING}") { all: attendance { id } stated: attendance(basis: STATED) { basis } }
      body(id: "body-pssdc") { all: members { id } stated: members(basis: STATED) { basis } }
      allThemes: themesPerMeeting { statementCount } statedThemes: themesPerMeeting(basis: STATED) { statementCount } }`);
    expect(data.stated.totalCount).toBeGreaterThan(0);
    expect(data.stated.totalCount).toBeLessThan(data.all.totalCount);
    expect(new Set(data.stated.nodes.map((s: any) => s.basis))).toEqual(new Set(['STATED']));
    expect(data.meeting.stated.length).toBeLessThan(data.meeting.all.length);
    expect(data.meeting.stated.every((a: any) => a.basis === 'STATED')).toBe(true);
    // Being listed as an observer at one meeting does not state a standing membership (line 47).
    expect(data.body.stated.length).toBeLessThan(data.body.all.length);
    // Statements whose speaker or jurisdiction was concluded (e.g. "Mark Burns déclare", line 141) leave the counts.
    expect(data.statedThemes[0].statementCount).toBeLessThan(data.allThemes[0].statementCount);
  });
});

describe('mentions', () => {
  it('answers "who mentioned the Urban Aboriginal Strategy?" with the words used (lines 221, 256, 322-325)', async () => {
    const data = await ask(`{ program(id: "prog-urban-aboriginal-strategy") { name(lang: FR) mentionedIn { text record { ... on Statement { speaker { name } evidence { lineStart lineEnd } } } } } }`);
    expect(data.program.name).toBe('Stratégie pour les Autochtones vivant en milieu urbain');
    const speakers = data.program.mentionedIn.map((m: any) => m.record.speaker.name);
    expect(speakers).toEqual(expect.arrayContaining(['Marc Maracle', 'Jocelyn Formsma']));
    for (const mention of data.program.mentionedIn) expect(mention.text).toBe('Stratégie pour les Autochtones vivant en milieu urbain');
    const spans = data.program.mentionedIn.map((m: any) => m.record.evidence as { lineStart: number; lineEnd: number });
    expect(spans.some((span: { lineStart: number; lineEnd: number }) => span.lineStart <= 221 && 221 <= span.lineEnd)).toBe(true);
  });

  it('links a statement to the organization it cites as a model (Service Nouvelle-Écosse, line 447)', async () => {
    const data = await ask('{ organization(id: "org-service-nova-scotia") { mentionedIn { text record { ... on Statement { id } } } } }');
    expect(data.organization.mentionedIn).toContainEqual({ text: 'Service Nouvelle-Écosse', record: { id: `${MEETING}-statement-25` } });
    const statement = await ask(`{ statement(id: "${MEETING}-statement-25") { mentions { entity { ... on Organization { id } } } } }`);
    expect(statement.statement.mentions).toContainEqual({ entity: { id: 'org-service-nova-scotia' } });
  });
});

describe('discussion and presentation', () => {
  it('tells who raised digital identity in discussion (Bev Dicks, lines 741-747) from who presented it (Mark Burns, line 478 on)', async () => {
    const data = await ask(`{
      discussed: themeAcrossMeetings(themeId: "theme-digital-identity", statementTypes: [REMARK, QUESTION, ANSWER]) {
        representatives { representative { ... on Jurisdiction { id } } statements { type } } }
      presented: themeAcrossMeetings(themeId: "theme-digital-identity", statementTypes: [PRESENTATION]) {
        representatives { representative { ... on Jurisdiction { id } } speakers { name } } }
      matrix: themeJurisdictionMatrix(themeIds: ["theme-digital-identity"], statementTypes: [PRESENTATION]) { cells { representative { ... on Jurisdiction { id } } count } } }`);
    expect(data.discussed.representatives.map((r: any) => r.representative.id)).toEqual(['CA-BC']);
    expect(data.presented.representatives).toEqual([{ representative: { id: 'CA-YT' }, speakers: [{ name: 'Mark Burns' }] }]);
    expect(data.matrix.cells.map((c: any) => c.representative.id)).toEqual(['CA-YT']);
  });

  it('filters statement lists by type', async () => {
    const data = await ask(`{ meeting(id: "${MEETING}") { statements(types: [QUESTION]) { type speaker { name } } } }`);
    // "Bev Dicks pose des questions sur le style de leadership" (lines 783-784).
    expect(data.meeting.statements).toContainEqual({ type: 'QUESTION', speaker: { name: 'Bev Dicks' } });
    expect(data.meeting.statements.every((s: any) => s.type === 'QUESTION')).toBe(true);
  });
});

describe('aliases, action links and agenda items without discussion', () => {
  it('finds the Joint Councils and the FPT table by the abbreviations analysts type', async () => {
    const data = await ask(`{
      body(id: "body-joint-councils") { aliases }
      jc: bodies(filter: { nameContains: "JC" }) { nodes { id } }
      cm: bodies(filter: { nameContains: "CM" }) { nodes { id } }
      fpt: search(query: "FPT", kinds: [BODY]) { edges { node { entity { id } } } } }`);
    expect(data.body.aliases).toEqual(expect.arrayContaining(['JC', 'CM']));
    expect(data.jc.nodes.map((b: any) => b.id)).toContain('body-joint-councils');
    expect(data.cm.nodes.map((b: any) => b.id)).toContain('body-joint-councils');
    expect(data.fpt.edges.map((e: any) => e.node.entity.id)).toContain('body-fpt-dm-table');
  });

  it('links the action to end the working group to that body (lines 685-694)', async () => {
    const data = await ask(`{ actionItem(id: "${MEETING}-action-3") { concerns { id } }
      body(id: "body-jc-client-centric-services-wg") { concernedBy { id } } }`);
    expect(data.actionItem.concerns.map((b: any) => b.id)).toContain('body-jc-client-centric-services-wg');
    expect(data.body.concernedBy.map((a: any) => a.id)).toContain(`${MEETING}-action-3`);
  });

  it('records "no comments or questions" as a stated fact of item 1.D (line 137)', async () => {
    const data = await ask(`{ meeting(id: "${MEETING}") { agenda { number noDiscussion noDiscussionEvidence { quote lineStart } } } }`);
    const withNone = data.meeting.agenda.filter((item: any) => item.noDiscussion);
    expect(withNone).toEqual([{
      number: '1.D', noDiscussion: true,
      noDiscussionEvidence: { quote: 'Aucun commentaire ni aucune question ne sont formulés.', lineStart: 137 },
    }]);
  });

  it('gives the adjournment and the tail of a split passage their evidence (lines 817, 654-655)', async () => {
    const data = await ask(`{ meeting(id: "${MEETING}") { endTime endTimeEvidence { lineStart } }
      actionItem(id: "${MEETING}-action-2d") { continuation { quote lineStart lineEnd } } }`);
    expect(data.meeting).toEqual({ endTime: '15:10 EDT', endTimeEvidence: { lineStart: 817 } });
    expect(data.actionItem.continuation).toEqual({ quote: 'communautés de pratique existants.', lineStart: 654, lineEnd: 655 });
  });
});
