/** French or English, by counting each language's commonest function words (ties go to English). */
const FRENCH = new Set('le la les des du de et est une un pour dans que qui sur au aux avec par pas ce cette sont été être à où il elle nous vous ils'.split(' '));
const ENGLISH = new Set('the and of to is are for in with that this on be will by from at it an as was were have has we you they'.split(' '));

export function detectLanguage(text: string): 'en' | 'fr' {
  let french = 0;
  let english = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (FRENCH.has(word)) french += 1;
    if (ENGLISH.has(word)) english += 1;
  }
  return french > english ? 'fr' : 'en';
}
