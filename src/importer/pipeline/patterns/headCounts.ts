const COUNT = /^(?:\d+|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|some|many|plusieurs|quelques)(?:[-\s](?:et[-\s])?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|six|seven|eight|nine))?)\s+(?:\(\d+\)\s+)?\p{Ll}/u;

/** "2 membres", "Dix-huit (18) personnes", "Two members of the public": a head count, naming no one. */
export function isCount(text: string): boolean {
  return COUNT.test(text.charAt(0).toLowerCase() + text.slice(1));
}
