import { readMinutes } from '../../../src/importer/read/readMinutes';
import { expectQuotable, summary } from './fixtures/blockAssertions';

// The OSAB meeting of 16 May 2018 as a page might publish it (text: canada-ca/OS-Advisory_Conseil-SO, Apache 2.0).
const PAGE = `<!DOCTYPE html>
<html lang="en"><head><title>OSAB</title><style>li { color: red }</style></head>
<body>
  <h1>Open Source Advisory Board Meeting</h1>
  <p>May 16, 2018,
     9:30-11am</p>
  <p><strong>Attendees</strong></p>
  <ul>
    <li>Richard Seguin, Redhat</li>
    <li>Stacey Williams, TBS &amp; Open Source
      <ul><li>Shermineh can help with <em>this</em></li></ul>
    </li>
  </ul>
  <h2>Agenda</h2>
  <ol start="4"><li>Working Group Alignment</li><li>The DevExchange</li></ol>
  <div>Present:</div>
  <p>Draft presentations from working groups need to open by default.<br>Going forward we will have the working group updates at the end.</p>
  <table>
    <thead><tr><th>Type of Source Code</th><th>Team</th></tr></thead>
    <tbody><tr><td>(1) Open Source</td><td>X</td></tr><tr><td></td><td></td></tr></tbody>
  </table>
  <script>var ignored = "<p>not text</p>";</script>
</body></html>`;

describe('readMinutes on HTML', () => {
  it('writes one line per paragraph, item or row, and points blocks at those lines', async () => {
    const document = await readMinutes({ name: 'osab-2018-05-16.html', bytes: Buffer.from(PAGE, 'utf8') });
    expect(document.source.format).toBe('html');
    expect(document.source.lines).toEqual([
      'Open Source Advisory Board Meeting',
      '',
      'May 16, 2018, 9:30-11am',
      '',
      'Attendees',
      '',
      '• Richard Seguin, Redhat',
      '• Stacey Williams, TBS & Open Source',
      '  • Shermineh can help with this',
      '',
      'Agenda',
      '',
      '4. Working Group Alignment',
      '5. The DevExchange',
      '',
      'Present:',
      '',
      'Draft presentations from working groups need to open by default.',
      'Going forward we will have the working group updates at the end.',
      '',
      'Type of Source Code\tTeam',
      '(1) Open Source\tX',
      '',
    ]);
    expect(document.blocks.map((block) => [summary(block), block.lines])).toEqual([
      ['heading 1 Open Source Advisory Board Meeting', [1, 1]],
      ['paragraph May 16, 2018, 9:30-11am', [3, 3]],
      ['heading 2 Attendees', [5, 5]],
      ['listItem 0 • Richard Seguin, Redhat', [7, 7]],
      ['listItem 0 • Stacey Williams, TBS & Open Source', [8, 8]],
      ['listItem 1 • Shermineh can help with this', [9, 9]],
      ['heading 2 Agenda', [11, 11]],
      ['listItem 0 4. Working Group Alignment', [13, 13]],
      ['listItem 0 5. The DevExchange', [14, 14]],
      ['heading 3 Present:', [16, 16]],
      ['paragraph Draft presentations from working groups need to open by default. Going forward we will have the working group updates at the end.', [18, 19]],
      ['tableRow Type of Source Code|Team', [21, 21]],
      ['tableRow (1) Open Source|X', [22, 22]],
    ]);
    expect(document.blocks.filter((block) => block.kind === 'tableRow').map((row) => row.kind === 'tableRow' && row.header)).toEqual([true, false]);
    expect(document.source.text).toBe(`${document.source.lines.slice(0, -1).join('\n')}\n`);
    expectQuotable(document);
  });

  it('recognises a page by its content when the extension says nothing', async () => {
    const document = await readMinutes({ name: 'download', bytes: Buffer.from('\uFEFF<!doctype html><p>Le 24 septembre 2020</p>', 'utf8') });
    expect(document.source.format).toBe('html');
    expect(document.blocks).toEqual([{ kind: 'paragraph', text: 'Le 24 septembre 2020', lines: [1, 1] }]);
  });
});
