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

  it('passes over header dates about something else: the post, the e-mail, the previous meeting, the adopting meeting', async () => {
    const posted = await run('gmm.md', ['# Local 41 General Membership Meeting', 'Posted on April 17, 2025 by recsec', '*These minutes were adopted at the April 16, 2025 meeting.*', 'The meeting was held on Wednesday, March 19, 2025 at the hall.']);
    expect(posted.extraction.date).toBe('2025-03-19');
    const mail = await run('cr.txt', ['De :      Secrétariat', 'Envoyé :  23 juillet 2025 16:41', 'Objet :   CR provisoire – téléconférence du 17 juillet 2025'], 'fr');
    expect(mail.extraction.date).toBe('2025-07-17');
    const linked = await run('wg.md', ['# Data Working Group', '[Previous meeting (2025-10-15)](2025-10-15.md) | [Actions](../ACTIONS.md)', '- Date: Wednesday, 12 November 2025']);
    expect(linked.extraction.date).toBe('2025-11-12');
  });

  it('reads a date written under the title in a heading or field of its own, before the roll', async () => {
    const summary = await run('dm.md', ['# FPT Deputy Ministers Table', '', '## Summary of Discussion – Meeting of December 4, 2024', '', '## Participants', '', '- Canada – Dana White', '- Nova Scotia – Graham Mac']);
    expect(summary.extraction.date).toBe('2024-12-04');
    const scribe = await run('wg.txt', ['Open Transit Working Group Teleconference', '14 May 2025', '', 'Attendees', '', 'Present', '  Tomasz Wrzesniak, Priya Raghunathan']);
    expect(scribe.extraction.date).toBe('2025-05-14');
    // A date in the discussion after the roll is another meeting's, not this one's.
    const after = await run('wg.md', ['# Attendees', '* Richard Seguin, Redhat', '', '## Priorities', '* From the [May 14 meeting](2018-05-14.md) we need to prioritize', '* Richard to push whitepapers to github']);
    expect(after.extraction.date).toBeNull();
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
