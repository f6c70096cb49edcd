import { readMinutes } from '../../../src/importer/read/readMinutes';
import type { Block } from '../../../src/importer/read/types';
import { summary } from './fixtures/blockAssertions';

// Snippets of the Open Source Advisory Board minutes (canada-ca/OS-Advisory_Conseil-SO, Apache 2.0).
const MEETING_EN = `[Français](../../fr/Rencontres/2018-05-16.md#1-mise-%C3%A0-jour-groupe-de-travail-sur-les-r%C3%A8gles)

# Open Source Advisory Board Meeting
May 16, 2018, 9:30-11am

## Agenda
1. Update: Working Group Rules
2. Update: Working Group Tools

## 1. Update: Working Group Rules

To view the presentation, please go to the [Rules Working Group Update May 2018](https://github.com/canada-ca/OS-Advisory_Conseil-SO/issues/95)
* There is some overlap with the Open First Whitepaper, we need to look at what other topics are being discussed so that we are not having the same discussions
  * Reuse what is already out there
  * Deliverables
    1. Draft standard around open source for GC
    2. Finishing up the Whitepaper

Stephane Dufour from Statscan to be a co-chair for the tools working group?
`;

const WORKING_GROUP = `# Attendees
* Richard Seguin, Redhat
* Christopher Jaja, TBS

## Action items
* Create a team on github for this group
`;

const MEETING_FR = `## 1. Mise à jour: Groupe de travail sur les "Règles"
Veuillex consulter  [Mise à jour des règles du Groupe de travail](https://github.com/canada-ca/OS-Advisory_Conseil-SO/issues/95) (en anglais seulement)
* Il y a un certain chevauchement avec le livre blanc « Ouvert en premier »; nous devons examiner quels autres sujets font l’objet de discussions afin de ne pas avoir les mêmes discussions.
  * Réutilisation de ce qui existe déjà.
* Produits livrables
  1. Projet de norme sur les sources ouvertes pour le gouvernement du Canada.
  2. Achèvement du livre blanc
`;

const TABLE = `#### Discoverability and Collaboration of projects

|Type of Source Code|Team|Department|Whole GC|Public|
|---|:---:|:---:|:---:|:---:|
|(1) Open Source|X|X|X|X|
|Protected|X|X|||
`;

const ABOUT = `## Operations

**Mandate**

The CTO- OSAB supports the efforts of the GC EARB.

Co-Chairs:

* Chief Technology Officer, Treasury Board of Canada Secretariat; and
`;

async function read(markdown: string, name = 'minutes.md') {
  return readMinutes({ name, bytes: Buffer.from(markdown, 'utf8') });
}

describe('readMinutes on markdown', () => {
  it('reads headings, paragraphs and nested list items with their source lines', async () => {
    const document = await read(MEETING_EN);
    expect(document.source).toMatchObject({ format: 'markdown', text: MEETING_EN });
    expect(document.blocks.map((block) => [summary(block), block.lines])).toEqual([
      ['paragraph Français', [1, 1]],
      ['heading 1 Open Source Advisory Board Meeting', [3, 3]],
      ['paragraph May 16, 2018, 9:30-11am', [4, 4]],
      ['heading 2 Agenda', [6, 6]],
      ['listItem 0 1. Update: Working Group Rules', [7, 7]],
      ['listItem 0 2. Update: Working Group Tools', [8, 8]],
      ['heading 2 1. Update: Working Group Rules', [10, 10]],
      ['paragraph To view the presentation, please go to the Rules Working Group Update May 2018', [12, 12]],
      [expect.stringMatching(/^listItem 0 \* There is some overlap .* the same discussions$/), [13, 13]],
      ['listItem 1 * Reuse what is already out there', [14, 14]],
      ['listItem 1 * Deliverables', [15, 15]],
      ['listItem 2 1. Draft standard around open source for GC', [16, 16]],
      ['listItem 2 2. Finishing up the Whitepaper', [17, 17]],
      ['paragraph Stephane Dufour from Statscan to be a co-chair for the tools working group?', [19, 19]],
    ]);
    expect(document.blocks.find((block) => block.kind === 'listItem' && block.depth === 2)).toMatchObject({ ordered: true });
  });

  it('points every block at the line that holds its text', async () => {
    for (const markdown of [MEETING_EN, WORKING_GROUP, MEETING_FR]) {
      const document = await read(markdown);
      for (const block of document.blocks) {
        const line = document.source.lines[block.lines[0] - 1] ?? '';
        const firstWords = textOf(block).split(' ').slice(0, 2).join(' '); // inline markup may follow
        expect(line.replace(/\s+/g, ' ')).toContain(firstWords);
      }
    }
  });

  it('reads French minutes and CRLF line endings alike', async () => {
    const document = await read(MEETING_FR.replace(/\n/g, '\r\n'));
    expect(document.blocks.map((block) => [summary(block), block.lines])).toEqual([
      ['heading 2 1. Mise à jour: Groupe de travail sur les "Règles"', [1, 1]],
      ['paragraph Veuillex consulter Mise à jour des règles du Groupe de travail (en anglais seulement)', [2, 2]],
      [expect.stringMatching(/^listItem 0 \* Il y a un certain chevauchement .* mêmes discussions\.$/), [3, 3]],
      ['listItem 1 * Réutilisation de ce qui existe déjà.', [4, 4]],
      ['listItem 0 * Produits livrables', [5, 5]],
      ['listItem 1 1. Projet de norme sur les sources ouvertes pour le gouvernement du Canada.', [6, 6]],
      ['listItem 1 2. Achèvement du livre blanc', [7, 7]],
    ]);
  });

  it('reads a GitHub table as one row per line, the first as header', async () => {
    const document = await read(TABLE);
    expect(document.blocks.slice(1)).toEqual([
      { kind: 'tableRow', header: true, cells: ['Type of Source Code', 'Team', 'Department', 'Whole GC', 'Public'], lines: [3, 3] },
      { kind: 'tableRow', header: false, cells: ['(1) Open Source', 'X', 'X', 'X', 'X'], lines: [5, 5] },
      { kind: 'tableRow', header: false, cells: ['Protected', 'X', 'X', '', ''], lines: [6, 6] },
    ]);
  });

  it('takes a bold-only line or a short label for a heading one level below the last heading', async () => {
    const document = await read(ABOUT);
    expect(document.blocks.map(summary)).toEqual([
      'heading 2 Operations',
      'heading 3 Mandate',
      'paragraph The CTO- OSAB supports the efforts of the GC EARB.',
      'heading 3 Co-Chairs:',
      'listItem 0 * Chief Technology Officer, Treasury Board of Canada Secretariat; and',
    ]);
  });

  it('reads setext headings, and recognises markdown without a .md extension', async () => {
    const document = await read('Minutes\n=======\n\nAttendees\n---------\n- Jane Doe\n', 'minutes');
    expect(document.source.format).toBe('markdown');
    expect(document.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Minutes', lines: [1, 2] },
      { kind: 'heading', level: 2, text: 'Attendees', lines: [4, 5] },
      { kind: 'listItem', depth: 0, ordered: false, marker: '-', text: 'Jane Doe', lines: [6, 6] },
    ]);
  });

  it('gives block text as a reader sees it: markup removed, character references decoded', async () => {
    const document = await read('* **Decision:** R&amp;D funding for [Open First Day](https://example.org), `code` &#233;t&#xE9;\n');
    expect(document.blocks).toMatchObject([{ kind: 'listItem', text: 'Decision: R&D funding for Open First Day, code été' }]);
  });
});

function textOf(block: Block): string {
  return block.kind === 'tableRow' ? block.cells.join(' ') : block.text;
}

describe('bullets pasted from a word processor', () => {
  it('reads lines opening with "●" as list items, one a line', async () => {
    const { blocks } = await read('## Next steps\n\n● CDO to circulate the tracker by 28 March\n● Maeve to share the **timetable**\n\nThe next meeting is in June.\n');
    expect(blocks.map((block) => `${block.kind} ${block.lines[0]}: ${'text' in block ? block.text : ''}`)).toEqual([
      'heading 1: Next steps', 'listItem 3: CDO to circulate the tracker by 28 March', 'listItem 4: Maeve to share the timetable', 'paragraph 6: The next meeting is in June.',
    ]);
  });
});
