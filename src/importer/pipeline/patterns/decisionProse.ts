import { splitSentences, wordRegExp } from '../text/words';

/**
 * Decisions written as prose: the meeting or the body decides ("the council agreed to …", "After
 * discussion, the board decided …", "OSAB Members recommend", "the minutes were approved", "Les
 * membres conviennent de …", "le conseil décide …"), and labelled decisions ("Decision #3:",
 * "Décision no 2 :", "Resolution:"). Another body's past decision ("the government approved …")
 * has no body subject here and is not matched; nor is a wish ("would like this to be endorsed").
 */

// ("We agreed to send a joint letter …": informal notes' "we" for the meeting, when it agrees or decides.)
const BODY_EN = String.raw`(?:[Ww]e(?=\s+(?:all\s+)?(?:agreed|decided)\b)|[Bb]oard|[Cc]ouncil|[Cc]ommittee|[Ss]ubcommittee|[Gg]roup|[Ww]orking [Gg]roup|[Mm]embers|[Mm]embership|[Mm]eeting|[Tt]able|[Aa]ssembly|[Pp]articipants|[Dd]irectors|[Tt]rustees|[Cc]ommission|[Ff]orum|[Pp]anel|[Cc]aucus|[Nn]etwork|[Cc]oalition|[Pp]artners|[Oo]fficials|[Jj]urisdictions|[Dd]elegates|[Aa]ttendees|[Cc]ouncill?ors|[Cc]ommissioners|[Gg]overnors|[Ss]enators|(?!(?:CEO|CAO|CFO|COO|CIO|CTO|DG|ED|GM|ADM|DM|ADMs|DMs)\b)\p{Lu}{2,6}(?=\s+(?:unanimously\s+|also\s+|then\s+)?(?:agreed|decided|approved|adopted|resolved)\b))(?:\s*\([^)]*\))?`;
const VERB_EN = String.raw`(?:unanimously\s+|also\s+|then\s+|formally\s+)?(?:agreed|agrees|agree|decided|decides|decide|approved|approves|approve|endorsed|endorses|endorse|adopted|adopts|adopt|resolved|resolves|recommended|recommends|recommend|concurred|concurs|concur|directed|directs|instructed|instructs|authorized|authorizes|authorised|authorises|ratified|ratifies|ratify|accepted|accepts|accept)\b`;
const BODY_FR = String.raw`(?:le conseil|les membres|le comité|le groupe(?: de travail)?|l['’]assemblée|la table|les participants|les administrateurs|le CA|le forum|la commission|le bureau|la régie|le réseau|la coalition|le sous-comité|les partenaires|les représentants|les délégués)`;
const VERB_FR = String.raw`(?:a\s+|ont\s+)?(?:à l['’]unanimité\s+)?(?:convien(?:nen)?t|convenu|retien(?:nen)?t|retenu|s['’]entend(?:ent)?\s+(?:pour|sur)|se sont entendus|décident|décide|décidé|approuvent|approuve|approuvé|adoptent|adopte|adopté|entérinent|entérine|entériné|recommandent|recommande|recommandé|résolu|résolvent|appuient|appuie|mandatent|mandate|autorisent|autorise|accordent|accorde|allouent|alloue|confirment|confirme|ratifient|ratifie)\b`;

// "Approved by General Consent.", "Approved by lazy consensus.": a report or item decided as such.
const CONSENT_APPROVAL = wordRegExp(String.raw`^(?:Approved|Adopted|Accepted)\s+by\s+(?:[Gg]eneral|[Uu]nanimous|[Ll]azy|[Tt]acit)\s+(?:[Cc]onsent|[Cc]onsensus|[Vv]ote)\b`, 'u');

/** A line that records an item approved by consent ("Approved by General Consent."): a decision of its own. */
export function isConsentApproval(line: string): boolean {
  return CONSENT_APPROVAL.test(line);
}

const PATTERNS: RegExp[] = [
  wordRegExp(String.raw`^(?:[^.;]{0,60}?\b)?(?:(?:the|The|we as the|We as the|[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}(][\p{L})]*){0,6})\s+)?${BODY_EN}\s+${VERB_EN}`, 'u'),
  // ("Draft decision ECBR/WP.7/2025/L.2, on …, was adopted": a document symbol counts as one word.)
  wordRegExp(String.raw`^(?:[^.;]{0,60}?\b)?(?:[Tt]he\s+)?(?:minutes|agenda|motion|recommendations?|budget|report|proposal|terms of reference|plan|policy|(?:[Dd]raft\s+)?resolution|[Dd]raft decision|conclusions|programme of work|work ?plan|amendments?|summary|record of decisions|record|meeting notes|notes)\b(?:[^\s.;]*\/\S*|[^.;]){0,60}?\s(?:was|were|is|are|has been|have been)\s+(?:unanimously\s+)?(?:approved|adopted|endorsed|ratified|carried|accepted)\b`, 'u'),
  // ("Le conseil communal approuve …", "L'Assemblée Générale adopte …", "Le conseil d'école approuve …": the body named in full.)
  // (Not "le Groupe de travail avait convenu", told of an earlier meeting, nor what a board "recommande" to its assembly.)
  wordRegExp(String.raw`^(?:[^.;]{0,60}?\s)?${BODY_FR}\s+${VERB_FR}`, 'iu'),
  wordRegExp(String.raw`^(?:[^.;]{0,60}?\s)?${BODY_FR}(?:\s+(?!avait\b|avaient\b)(?:d['’]\s*)?[\p{L}-]+){1,2}?\s+(?!recommand)${VERB_FR}`, 'iu'),
  // "DÉCIDE d'approuver …", "APPROUVE le procès-verbal …": a deliberation's operative verb in capitals, its body named above.
  wordRegExp(String.raw`^(?:DÉCIDE|APPROUVE|ADOPTE|ARRÊTE)\b`, 'u'),
  // Impersonal: "it was agreed that …", "il est décidé d'…", "il a été convenu que …".
  wordRegExp(String.raw`^(?:[^.;]{0,60}?\s)?(?:it was|it is)\s+(?:unanimously\s+)?(?:agreed|decided|resolved)\s*,?\s*[—–-]?\s*(?:that|to)\b`, 'iu'),
  wordRegExp(String.raw`^(?:[^.;]{0,60}?\s)?il (?:est|a été)\s+(?:unanimement\s+|à l['’]unanimité\s+)?(?:décidé|convenu|résolu|entendu)\s*,?\s*[—–-]?\s*(?:de|d['’]|que|qu['’])`, 'iu'),
  wordRegExp(String.raw`^(?:[^.;]{0,60}?\s)?(?:le procès-verbal|le compte rendu|l['’]ordre du jour|la proposition|le budget|la résolution|les recommandations|le rapport|le plan|la politique|le mandat|le règlement|la convention|le devis|les comptes|le compte|l['’]urgence|la modification)\b[^.;]{0,60}?\s(?:est|sont|a été|ont été)\s+(?:adoptée?s?|approuvée?s?|entérinée?s?|acceptée?s?)\b(?!\s+par\b)`, 'iu'),
  // Verbless or formal: "Agenda adopted.", "Minutes of May 3 approved as circulated.", "RESOLVED THAT …", "BE IT RESOLVED that …".
  wordRegExp(String.raw`^(?:the\s+)?(?:agenda|minutes|notes|record|summary)\b[^.;]{0,60}?\s(?:adopted|approved|accepted)\b`, 'iu'),
  wordRegExp(String.raw`^(?:(?:NOW,?\s+)?(?:THEREFORE,?\s+)?BE IT\s+)?(?:RESOLVED|Resolved)\s*,?\s*(?:THAT|that)\b`, 'u'),
  wordRegExp(String.raw`^(?:il est (?:résolu|convenu)|IL EST RÉSOLU)\b`, 'u'),
  // "ORDERED, — That the Chair present the report to the House": a committee's order.
  wordRegExp(String.raw`^(?:ORDERED|Ordered|IL EST ORDONNÉ|Il est ordonné)\s*,?\s*[—–-]?\s*(?:That|THAT|Que|QUE|Qu['’])`, 'u'),
  CONSENT_APPROVAL,
  // "Agreed to cancel the May meeting …", "Convenu de reporter …": the subject left out, as notes write it.
  wordRegExp(String.raw`^(?:Agreed|Decided|Convenu|Décidé|Entendu)\s+(?:to|that|de|d['’]|que|qu['’])\s`, 'u'),
  // "Agreed a true and accurate record.", "Agreed as a correct record": British minutes' verdict on the minutes.
  wordRegExp(String.raw`^(?:Agreed|AGREED)(?:\s+as)?\s+(?:a|an|the)\s+(?:true|correct|accurate|fair)\b`, 'u'),
];

const WISH = wordRegExp(String.raw`\b(?:would like|to be|will be|should|could|may(?!\s+\d)|might|if|whether|souhaite|pourrait|devrait)\b`, 'iu');
// "Recommandation au conseil municipal :", "Recommendation to Council:": the body's own recommendation.
// (A check mark or an emoji may stand before the label: "✅ Decision: …".)
// ("[61-C1] Consensus: Approve …": an item's reference may stand before the label.)
const LABELLED = /^(?:[\u2705\u2714\u2611\u{1F7E2}\u{1F4CC}]\uFE0F?\s*)?(?:\[[\w./-]{1,14}\]\s*)?(?:DECISION|Decision|Décision|DÉCISION|RESOLUTION|Resolution|Résolution|RÉSOLUTION|Resolved|RESOLVED|Résolu|RÉSOLU|Decided|DECIDED|Approved|APPROVED|Agreed|AGREED|Consensus|CONSENSUS|Outcome|OUTCOME|Résultat|Convenu|Adopté|Adoptée|ADOPTÉ|Recommandation(?:\s+(?:au|à\s+la|aux|à\s+l['’])\s*[^:]{1,50})?|RECOMMANDATION|Recommendation(?:\s+to\s+[^:]{1,50})?|RECOMMENDATION)(?:\s*(?:#|no\.?|n°|number)?\s*[\w.-]{1,6})?\s*[:\-–]/u;

// Another body's decision, reported: "Priya reminded everyone that the Tidewater board decided …", "FYI: …".
const REPORTED = wordRegExp(String.raw`^(?:FYI|For information|For info|Pour information|À titre d['’]information|Info)\b|\b(?:reminded|noted|reported|records|recorded|informed|said|mentioned|explained|indicated|advised|announced|rappelle|rappellent|rappelé|rapporte|rapportent|informe|informé|souligne|signale|indique|mentionne|annonce)\b[^.;]{0,40}\b(?:that|que|qu['’])\s`, 'iu');
// "Outcome: No consensus was reached", "Aucune décision n'a été prise": the label without a decision.
// ("Received for information.", "Noted.", "N/A" in a decision column: nothing decided.)
const NO_DECISION = wordRegExp(String.raw`^(?:Outcome|Résultat|Decision|Décision)\s*:\s*(?:Deferred|Postponed|Tabled|Reporté|Reportée|Remis)\b|^(?:received (?:for|as) information|received|noted|information only|for information|n\/a|none|aucune?|néant|reçue? (?:pour|à titre d['’])information|pour information|deferred(?: to [^.]{1,40})?)\.?$|\b(?:no consensus|no decision|no agreement|not agreed|aucun consensus|aucune décision|aucune entente|pas de consensus|pas de décision|pas d['’]entente)\b`, 'iu');

// "The Medical Advisory Committee recommended …", "the OpenForge Foundation board approved … last Thursday":
// a body with a name of its own, recommending or deciding at another time, is another body reported.
const NAMED_BODY = wordRegExp(String.raw`\b(?!The\b)\p{Lu}[\p{L}&'’-]*(?:\s+(?:and|&|of|on|for|de|du|des|\p{Lu}[\p{L}&'’-]*))*\s+(?:Committee|Subcommittee|Sub-committee|Forum|Foundation|[Bb]oard|Commission|Panel|Council|Comité|Conseil|Commission)\s+(?:recommended|recommends|approved|adopted|endorsed|decided|agreed|ratified|a recommandé|recommande|a approuvé|a adopté)\b`, 'u');
const ANOTHER_TIME = wordRegExp(String.raw`\b(?:at its|à sa|lors de sa|last|dernier|dernière|since|depuis|earlier|previously|précédemment|on (?:January|February|March|April|May|June|July|August|September|October|November|December)|le \d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))\b|\brecommend(?:ed|s)?\b[^.;]{0,120}\bto (?:the )?(?:Council|Board)\b`, 'iu');

function isOtherBodys(matched: string, sentence: string): boolean {
  return NAMED_BODY.test(matched) && (ANOTHER_TIME.test(sentence) || /\brecommend/u.test(matched));
}

/** An entry of a decisions list that reports another body's decision ("FYI: …", "Pour information : …") or records none. */
export function isNoDecisionOfOurs(text: string): boolean {
  return REPORTED.test(text) || NO_DECISION.test(text.slice(0, 80));
}

/** Offset of the first sentence stating a decision of the meeting, or null. */
export function findProseDecision(text: string): number | null {
  return findProseDecisions(text)[0] ?? null;
}

/** Offsets of every sentence stating a decision of the meeting ("… le comité retient X. Les membres s'entendent pour Y."). */
export function findProseDecisions(text: string): number[] {
  const decides = (sentence: string) => {
    const match = PATTERNS.map((pattern) => pattern.exec(sentence)).find((found) => found !== null);
    return match !== undefined && !WISH.test(match[0]) && !REPORTED.test(match[0]) && !isOtherBodys(match[0], sentence);
  };
  return splitSentences(text).flatMap((sentence) => {
    // ("11. Draft decision … was adopted.": a summary record numbers its paragraphs.)
    const numbered = /^\d{1,3}\.\s+(?=\p{Lu})/u.exec(sentence.text)?.[0] ?? '';
    if (decides(sentence.text.slice(numbered.length))) return [sentence.start + numbered.length];
    // "Olusegun noted that the call clashes with the forum; it was decided to move it …": the decision in a clause of its own.
    const clause = /;\s+(?=(?:it|il)\s)/iu.exec(sentence.text);
    const at = clause ? clause.index + clause[0].length : -1;
    return at >= 0 && decides(sentence.text.slice(at)) ? [sentence.start + at] : [];
  });
}

export function isLabelledDecision(text: string): boolean {
  // ("Resolution No: 2025/101", "Resolution: CW141": the label over a number names the motion below; it decides nothing.)
  const after = afterDecisionLabel(text);
  return LABELLED.test(text) && !NO_DECISION.test(text.slice(0, 80)) && !REPORTED.test(after.slice(0, 10)) && !/^(?:no\.?\s*|n°\s*|#\s*)?[\p{Lu}\d][\w./-]{0,15}$/u.test(after);
}

/** The words after a decision label ("Décision no 1 : Le compte rendu …" → "Le compte rendu …"). */
export function afterDecisionLabel(text: string): string {
  const label = LABELLED.exec(text);
  return label ? text.slice(label[0].length).trim() : text;
}
