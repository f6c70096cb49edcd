import { foldKey } from './words';

/**
 * Canada's provinces and territories in English and French: two capitalised words that are a
 * place, never a person ("British Columbia", "Nouvelle-Écosse"), whether they head a row of a
 * participants table or an "Ontario — Jennifer Kowal" line.
 */
const PLACE_NAMES = [
  'Canada', 'Government of Canada', 'Gouvernement du Canada', 'Federal', 'Fédéral',
  'British Columbia', 'Colombie-Britannique', 'Alberta', 'Saskatchewan', 'Manitoba', 'Ontario', 'Quebec', 'Québec',
  'New Brunswick', 'Nouveau-Brunswick', 'Nova Scotia', 'Nouvelle-Écosse', 'Prince Edward Island', 'Île-du-Prince-Édouard',
  'Newfoundland and Labrador', 'Terre-Neuve-et-Labrador', 'Yukon', 'Northwest Territories', 'Territoires du Nord-Ouest', 'Nunavut',
];
const PLACES = new Set(PLACE_NAMES.map(foldKey));

// Their postal and common abbreviations, as notes write them ("BC (Harjit Sandhu)", "Regrets: NU, YT"): matched as written,
// so "ON" is Ontario and "On" a word.
const ABBREVIATIONS = new Set([
  'BC', 'B.C.', 'AB', 'Alta.', 'SK', 'Sask.', 'MB', 'Man.', 'ON', 'Ont.', 'QC', 'Que.', 'NB', 'N.B.', 'NS', 'N.S.', 'PE', 'PEI', 'P.E.I.',
  'NL', 'N.L.', 'NT', 'NWT', 'N.W.T.', 'NU', 'YT', 'YK', 'C.-B.', 'N.-B.', 'N.-É.', 'Î.-P.-É.', 'T.-N.-L.', 'T.N.-O.', 'TNO', 'GC', 'GoC', 'FED',
]);

// The places whose names hold "and" ("Newfoundland and Labrador").
const JOINED_PLACES = new RegExp(String.raw`\b(?:${PLACE_NAMES.filter((place) => / and /u.test(place)).join('|')})\b`, 'gu');

/** The place names that hold "and", with their spaces hidden as `\u0001`, so that splitting at "and" keeps them whole. */
export function hideJoinedPlaceNames(text: string): string {
  return text.replace(JOINED_PLACES, (place) => place.replace(/ /gu, '\u0001'));
}

export function isPlaceName(text: string): boolean {
  return PLACES.has(foldKey(text.trim())) || ABBREVIATIONS.has(text.trim());
}

// "Saint-Fulbert-des-Ormes", "Lac-aux-Grèbes", "Notre-Dame-de-la-Brume": a French place name joins its words with
// hyphens around a particle or after a saint's or a landform's word; a double surname ("Lavallée-Roy") does neither.
const LOCALITY = /^(?:(?:Saint|Sainte|St|Ste|Notre-Dame|Lac|Mont|Rivière|Val|Port|Pointe|Baie|Cap|Île|Petite?|Grande?|Fort|Sault|Anse|Havre|Chute|Côte|Rang|Canton)-\p{Lu}|\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*-(?:de|des|du|de-la|de-l['’]|aux|au|sur|en|la|le|lès|d['’])-?\p{Lu})/u;

/** A French municipality's name by its form ("Saint-Évrard-des-Collines"), for "maire de …" entries. */
export function isLocalityName(text: string): boolean {
  const trimmed = text.trim();
  return !trimmed.includes(' ') && LOCALITY.test(trimmed);
}

/** "Manitoba Finance", "Nova Scotia Health", "Ontario Health": an organisation named after its province, never a person. */
export function opensWithProvince(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  // ("Canada" opens federal names the organisation words already know: "Canada Revenue Agency".)
  return [1, 2, 3, 4].filter((count) => count < words.length).map((count) => foldKey(words.slice(0, count).join(' '))).some((key) => key !== 'canada' && PLACES.has(key));
}
