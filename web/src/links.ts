/** Where each kind of entity is shown, and how it is named. */
import type { Rep } from './api';
import { href } from './router';

const PAGES: Record<string, string> = { Person: 'person', Jurisdiction: 'jurisdiction', Organization: 'organization', Body: 'body', Meeting: 'meeting' };

/** Whether the dashboard has a page for this kind of entity (others open in the explorer). */
export function hasPage(typename: string): boolean {
  return typename in PAGES;
}

/** The profile or meeting page of an entity; other entities open in the explorer. */
export function entityHref(typename: string, id: string): string {
  const page = PAGES[typename];
  return page ? href(page, id) : href('explorer', undefined, { id });
}

export function repName(rep: Rep | null | undefined): string {
  return rep ? rep.name ?? rep.abbreviation ?? rep.id : '';
}

export function repShort(rep: Rep): string {
  return rep.abbreviation ?? rep.name ?? rep.id;
}
