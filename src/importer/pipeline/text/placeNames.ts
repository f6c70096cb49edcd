import { foldKey } from './words';

/**
 * Canada's provinces and territories in English and French: two capitalised words that are a
 * place, never a person ("British Columbia", "Nouvelle-Écosse"), whether they head a row of a
 * participants table or an "Ontario — Jennifer Kowal" line.
 */
const PLACES = new Set(
  [
    'Canada', 'Government of Canada', 'Gouvernement du Canada', 'Federal', 'Fédéral',
    'British Columbia', 'Colombie-Britannique', 'Alberta', 'Saskatchewan', 'Manitoba', 'Ontario', 'Quebec', 'Québec',
    'New Brunswick', 'Nouveau-Brunswick', 'Nova Scotia', 'Nouvelle-Écosse', 'Prince Edward Island', 'Île-du-Prince-Édouard',
    'Newfoundland and Labrador', 'Terre-Neuve-et-Labrador', 'Yukon', 'Northwest Territories', 'Territoires du Nord-Ouest', 'Nunavut',
  ].map(foldKey),
);

export function isPlaceName(text: string): boolean {
  return PLACES.has(foldKey(text.trim()));
}
