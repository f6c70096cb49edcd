import { useSeededApi } from '../support/seededApi';

/**
 * Actions followed across meetings, asked of the whole of seeds/ through the API: later minutes of
 * the Open Source Advisory Board and its working groups report on earlier actions. Expected answers
 * are read from the minutes (en/… file and line in the comments).
 */
const seeded = useSeededApi();

/* eslint-disable @typescript-eslint/no-explicit-any */
const ask = (query: string) => seeded.api.data<any>(query);
const HISTORY = 'status assignedStatus carriedOver meeting { date } statusHistory { status basis meeting { date } evidence { quote lineStart } }';

it('an action reported at a later meeting, in the minutes\' words: the Java email still not sent', async () => {
  // Working_Group_Tools/2019-05-01-meeting-minutes.md assigns Guillaume an email about Java;
  // 2019-05-14-meeting-minutes.md:12-13 "Review last action items / Guillaume: haven't send the email regarding Java".
  const data = await ask(`{ actionItem(id: "mtg-osab-tools-wg-2019-05-01-action-1") { ${HISTORY} } }`);
  expect(data.actionItem).toMatchObject({ status: 'OPEN', assignedStatus: 'OPEN', carriedOver: 1, meeting: { date: '2019-05-01' } });
  expect(data.actionItem.statusHistory).toEqual([{
    status: 'OPEN', basis: 'STATED', meeting: { date: '2019-05-14' },
    evidence: { quote: '* Review last action items * Guillaume: haven\'t send the email regarding Java, will add to discussion tomorrow.', lineStart: 12 },
  }]);
});

it('an action carried over meeting after meeting until it is done: the Red Hat legal presentation', async () => {
  // Meetings/2018-06-20.md assigns it; 2018-07-18.md:119 "Legal team in Redhat can give a presentation …" (still to come);
  // 2019-03-20.md:80 "Redhat Legal presentation", the meeting where Red Hat presented (item 2, Mark Bohannon attending).
  const data = await ask(`{ actionItem(id: "mtg-osab-2018-06-20-action-4") { ${HISTORY} } }`);
  const history = data.actionItem.statusHistory;
  expect(data.actionItem).toMatchObject({ status: 'COMPLETED', assignedStatus: 'OPEN', meeting: { date: '2018-06-20' } });
  expect(history[0]).toMatchObject({ status: 'OPEN', meeting: { date: '2018-07-18' }, evidence: { lineStart: 119 } });
  expect(history.at(-1)).toMatchObject({ status: 'COMPLETED', meeting: { date: '2019-03-20' }, evidence: { lineStart: 80 } });
  expect(history.map((h: any) => h.meeting.date)).toEqual([...history.map((h: any) => h.meeting.date)].sort());
  expect(data.actionItem.carriedOver).toBe(history.filter((h: any) => h.status === 'OPEN' || h.status === 'IN_PROGRESS').length);
  expect(data.actionItem.carriedOver).toBeGreaterThanOrEqual(2);
});

it('open actions of a body with their age: done ones are left out by their latest report', async () => {
  const data = await ask(`{ actionItems(filter: { bodyId: "body-osab-tools-wg", status: [OPEN, IN_PROGRESS] }, first: 100) {
    totalCount nodes { id status age(asOf: "2019-06-01") { days since { date } } } } }`);
  const ids = data.actionItems.nodes.map((a: any) => a.id);
  expect(ids).toContain('mtg-osab-tools-wg-2019-05-01-action-1');
  // Working_Group_Tools/2018-11-15-meeting-minutes.md:57 "Will - Start a quick list of high level Requirements",
  // presented at 2018-12-11 (lines 29-34 "Will Stevens - Business requirements for Reference Architecture").
  expect(ids).not.toContain('mtg-osab-tools-wg-2018-11-15-action-6');
  const java = data.actionItems.nodes.find((a: any) => a.id === 'mtg-osab-tools-wg-2019-05-01-action-1');
  expect(java.age).toEqual({ days: 31, since: { date: '2019-05-01' } });
  expect(data.actionItems.nodes.every((a: any) => a.status === 'OPEN' || a.status === 'IN_PROGRESS')).toBe(true);
  // Body.actionItems(status) and the list agree on what is open now.
  const body = await ask('{ body(id: "body-osab-tools-wg") { actionItems(status: [OPEN, IN_PROGRESS]) { id } } }');
  expect(body.body.actionItems.map((a: any) => a.id).sort()).toEqual([...ids].sort());
});

it('actions carried over several meetings, listed: the list filter and each action\'s own count agree', async () => {
  const data = await ask(`{ carried: actionItems(filter: { carriedOverAtLeast: 2 }, first: 100) { totalCount nodes { id carriedOver } }
    all: actionItems(first: 100, filter: { bodyId: "body-osab" }) { nodes { id carriedOver } } }`);
  expect(data.carried.totalCount).toBeGreaterThanOrEqual(3);
  expect(data.carried.nodes.every((a: any) => a.carriedOver >= 2)).toBe(true);
  const boardCarried = data.all.nodes.filter((a: any) => a.carriedOver >= 2).map((a: any) => a.id);
  expect(boardCarried).toContain('mtg-osab-2018-06-20-action-4');
  expect(data.carried.nodes.map((a: any) => a.id)).toEqual(expect.arrayContaining(boardCarried));
});

it('every report is on an action of an earlier meeting, and is listed among its meeting\'s reports', async () => {
  const data = await ask(`{ meetings(first: 100) { nodes { id date actionUpdates { id action { meeting { date } } meeting { id } } } } }`);
  const updates = data.meetings.nodes.flatMap((m: any) => m.actionUpdates.map((u: any) => ({ ...u, date: m.date, at: m.id })));
  expect(updates.length).toBeGreaterThan(50);
  for (const update of updates) {
    expect(update.meeting.id).toBe(update.at);
    expect({ id: update.id, earlier: update.action.meeting.date < update.date }).toEqual({ id: update.id, earlier: true });
  }
});
