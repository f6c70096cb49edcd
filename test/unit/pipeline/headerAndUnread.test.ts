import { run } from './pipelineHelpers';

describe('title, date and unread lines', () => {
  it('takes the minutes line under a body-name heading as title, and its full date', async () => {
    const { extraction } = await run('pv.txt', ['CONSEIL DE QUARTIER DU VIEUX-MOULIN', 'Procès-verbal de la séance ordinaire du mercredi 17 avril 2024', 'Centre communautaire Le Moulin']);
    expect([extraction.title, extraction.date]).toEqual(['Procès-verbal de la séance ordinaire du mercredi 17 avril 2024', '2024-04-17']);
    expect(extraction.unread).toEqual([{ lines: [3, 3], reason: 'header line that is neither the title nor the date (place, time, links)' }]);
  });

  it('has no title when the first heading is a section heading, and no date without a year', async () => {
    const { extraction } = await run('wg.md', ['# Attendees', '* Richard Seguin, Redhat', '', '## Roadmap', 'Meeting of 15 July']);
    expect([extraction.title, extraction.date]).toEqual([null, null]);
  });

  it('reports a section no rule fits as unread with the reason, not mined for items', async () => {
    const { doc, extraction } = await run('wg.md', [
      '# Tools Working Group', '', '2018-11-28', '', '## Present', '', '* Will Stevens', '* Jim Cowie', '',
      '## Lunch and learn suggestion', '', '* Leveraging Social Media', '* Will Stevens will organise it',
    ]);
    expect(doc.sections.map((section) => section.kind)).toEqual(['header', 'attendance', 'discussion']);
    expect(extraction.unread).toEqual([{ lines: [12, 12], reason: 'discussion text: no decision, action item or statement was read in it (under "Lunch and learn suggestion")' }]);

    const other = await run('wg.md', ['# Tools Working Group', '', '## Present', '', '* Will Stevens', '', '## Need to work together', '', '* Have multiple companies work on these architecture together.']);
    expect(other.extraction.unread).toEqual([{ lines: [9, 9], reason: 'section no rule fits (unknown heading, no readable content) (under "Need to work together")' }]);
    expect(other.extraction.actionItems).toEqual([]);
  });
});
