/**
 * What a sentence asserts, word by word: which words are its clauses' predicates (verbs and what
 * they take), which of those are negated, which are only forecast, hoped or asked about, and which
 * are reported without being asserted (a denial, a rumour) or reported in order to be refuted.
 * Polarity and mood belong to a clause's predicate, not to every word of the sentence: "talks
 * failed to produce a deal at the summit" negates producing a deal, not the summit.
 */
import type { Tag } from '../text/pos';
import type { Token } from '../text/tokens';

/** Per token: the roles this module gives it. */
export interface ClauseRoles {
  /** Token is part of a clause predicate: a verb, or what the verb takes (object, complement). */
  predicate: boolean[];
  negated: boolean[];
  /** The head a negation governs: the verb ("failed to reach"), or the noun after "no"/"without". */
  negatedHead: boolean[];
  /** Heads a sentence denies outright, whatever its predicate: "(surf,) not a shark", "no one was
   *  attacked", "reports that X are false". */
  denied: boolean[];
  /** Under a modal, forecast, hope, plan, question or condition: asserts nothing yet. */
  irrealis: boolean[];
  /** Reported without the outlet asserting it: denied by someone, rumoured, alleged. */
  unasserted: boolean[];
  /** Token follows a negated phrase in its clause: what the negation may be about besides its head. */
  negClause: boolean[];
}

/** A fixed list of lower-case words with a regex-like `test`, as a set: cheaper than an alternation. */
function wordList(words: string): { test(word: string): boolean } {
  const set = new Set(words.split(' '));
  return { test: (word) => set.has(word) };
}

/** Words that negate what follows them within the clause. */
const NEGATORS = new Set(['not', 'never', 'no', 'without', 'neither', 'nor', 'nothing', 'none', 'cannot', 'nobody']);
/** Two-word negators, by their second word: "far from", "rather than", "instead of", "anything but". */
const PHRASAL_NEGATORS = new Map([['from', 'far'], ['than', 'rather'], ['of', 'instead'], ['but', 'anything']]);
/** Verbs and adjectives that negate their complement: two negative reports of one fact agree. */
const NEGATIVE_HEADS = wordList(
  'fail failed fails failing refuse refused refuses refusing decline declined declines declining unable unsuccessful neglected lacked lacks ' +
    // Verbs whose meaning is not doing what they take: "withheld his endorsement" is "did not endorse".
    'withhold withheld withholds withholding refrain refrained refrains refraining abstain abstained abstains abstaining ' +
    'skip skipped skips skipping boycott boycotted boycotts boycotting forgo forgoes forwent forgone forgoing ' +
    'avoid avoided avoids avoiding miss missed misses shun shunned shuns omit omitted omits',
);
/** Nouns skipped on the way from a negative head to what it negates ("failed in their bid to reach"). */
const EFFORT = wordList('attempt attempts bid bids effort efforts try ability way chance push drive');
/** Participles that work as prepositions: "given the mistrust", "including Syria". */
const PREPOSITIONAL = wordList('given including according following regarding concerning considering excluding pending amid despite');
/** Modal words: what follows is a forecast, hope, plan or possibility, not a report. */
const MODAL_AUX = wordList("could might may would will should shall must 'll wo");
const MODAL_WORDS = wordList('hope hopes hoped hoping expect expects expected expecting plan plans planned planning aim aims aimed intend intends intended seek seeks sought want wants wanted wish wishes propose proposes proposed consider considers considering promise promises promised vow vows vowed pledge pledged pledges threaten threatens threatened likely unlikely possible possibly perhaps maybe whether if unless set due poised forecast forecasts predicted predict predicts projected scheduled hopeful optimistic chance could might');
/** Modal words that are verbs of intent: not modal after "as" or "than". */
const INTENT_VERBS = wordList('hope hopes hoped hoping expect expects expected expecting plan plans planned planning aim aims aimed intend intends intended seek seeks sought want wants wanted wish wishes propose proposes proposed consider considers considering promise promises promised vow vows vowed pledge pledged pledges threaten threatens threatened set due poised scheduled predicted predict predicts projected');
/** Words of a schedule, modal only as "set to", "due to", "poised to", "scheduled for". */
const SCHEDULE_WORDS = wordList('set due poised scheduled');
/** A party's denial or rejection: what follows is not asserted by the outlet. */
const DENIAL_VERBS = wordList('deny denies denied denying dismiss dismissed dismisses reject rejected rejects refute refuted disputed disputes dispute contested');
/** Verbs of knowing and showing: negated ("did not prove that X", "could not confirm X"), they leave X unasserted. */
const EPISTEMIC = wordList('prove proved proven proves show showed shown shows establish established establishes confirm confirmed confirms demonstrate demonstrated demonstrates find found finds know knew known determine determined say said says suggest suggested');
/** Reports the outlet does not vouch for. */
const HEARSAY = wordList('rumour rumor rumours rumors rumoured rumored speculation allegedly alleged reportedly purportedly supposedly unconfirmed unverified claims claim allegation allegations suggestions reports report');
/** Adjectives an outlet uses to refute what it repeats: "reports that X are false". */
const FALSE_WORDS = wordList('false untrue baseless unfounded wrong incorrect fake inaccurate groundless fabricated misleading nonsense bogus');

/** A clause boundary falls before token k. */
function boundaryBefore(text: string, toks: Token[], tags: Tag[], k: number): boolean {
  if (k === 0) return false;
  // Punctuation that ends a clause; quotation marks do not ("not \"conclusive\"").
  if (toks[k].sep && /[,;:()[\]—–!?.]/.test(text.slice(toks[k - 1].end, toks[k].start))) return true;
  const l = toks[k].lower;
  if (tags[k] === 'SCONJ' && l !== 'than' && l !== 'as') return true;
  // "yet" opens a clause as a conjunction ("…, yet the talks went on"), not as "not yet" / "has yet to".
  if (l === 'yet') return tags[k] === 'CCONJ';
  return CLAUSE_WORDS.test(l);
}

/** Words that open a clause of their own. */
const CLAUSE_WORDS = wordList('but while whereas although though because which who whom whose yet');
/** A copula, and "have": what follows is the predicate's complement ("were productive", "had some alignment"). */
const COPULAS = wordList("is are was were be been being 's 're remain remained seems seemed have has had having");

/** Clause index of every token. */
function clauseIds(text: string, toks: Token[], tags: Tag[]): number[] {
  const out: number[] = [];
  let id = 0;
  for (let k = 0; k < toks.length; k++) {
    if (boundaryBefore(text, toks, tags, k)) id++;
    out.push(id);
  }
  return out;
}

const isVerb = (t: Tag) => t === 'VERB';
const isNominal = (t: Tag) => t === 'NOUN' || t === 'PROPN' || t === 'ADJ' || t === 'NUM';

/** The phrase a verb or negator governs from token k: a verb with its object, or a noun phrase. */
function phraseFrom(toks: Token[], tags: Tag[], clause: number[], k: number): number[] {
  const out: number[] = [];
  for (let j = k; j < toks.length && clause[j] === clause[k]; j++) {
    const t = tags[j];
    const l = toks[j].lower;
    if (j > k && (t === 'ADP' || t === 'SCONJ' || t === 'CCONJ' || t === 'AUX')) {
      // "to" before a verb continues the phrase ("failed to reach"); other prepositions end it.
      if (!(l === 'to' && isVerb(tags[j + 1] ?? '')) && l !== 'of') break;
    }
    if (j > k && (PREPOSITIONAL.test(l) || l === 'that')) break;
    // Adverbs belong to the predicate they qualify ("lasted longer", "rose sharply").
    if (isVerb(t) || isNominal(t) || t === 'ADV') out.push(j);
  }
  return out;
}

/** First head word (verb or noun) after a negator at k, skipping auxiliaries, adverbs and "attempt to". */
function headAfter(toks: Token[], tags: Tag[], clause: number[], k: number): number {
  for (let j = k + 1; j < toks.length && clause[j] === clause[k] && j <= k + 6; j++) {
    const t = tags[j];
    if (EFFORT.test(toks[j].lower) || NEGATIVE_HEADS.test(toks[j].lower)) continue;
    if (isVerb(t) || isNominal(t)) return j;
  }
  return -1;
}

/** Mark tokens k..end of clause. */
function markRest(mark: boolean[], clause: number[], k: number): void {
  for (let j = k; j < mark.length && clause[j] === clause[k]; j++) mark[j] = true;
}

/**
 * Roles of each token of a sentence, from its tags and words. Deliberately shallow (no parse):
 * clauses are cut at punctuation and subordinators, and a negation reaches only the phrase its
 * verb or noun heads.
 */
export function clauseRoles(text: string, toks: Token[], tags: Tag[]): ClauseRoles {
  const n = toks.length;
  const clause = clauseIds(text, toks, tags);
  const predicate = new Array<boolean>(n).fill(false);
  const negated = new Array<boolean>(n).fill(false);
  const negatedHead = new Array<boolean>(n).fill(false);
  const denied = new Array<boolean>(n).fill(false);
  const irrealis = new Array<boolean>(n).fill(false);
  const unasserted = new Array<boolean>(n).fill(false);
  const negClause = new Array<boolean>(n).fill(false);

  // Predicates: each verb (not a prepositional participle) and the phrase it takes; a complement
  // after a copula ("the talks were productive").
  for (let k = 0; k < n; k++) {
    const l = toks[k].lower;
    if (isVerb(tags[k]) && !PREPOSITIONAL.test(l)) for (const j of phraseFrom(toks, tags, clause, k)) predicate[j] = true;
    // A copula's complement ("were productive") and what "have" has ("had some alignment").
    // …and after a modal, a verb the tagger read as an adjective ("the tunnel would open in 2027").
    if (tags[k] === 'AUX' && (COPULAS.test(l) || (MODAL_AUX.test(l) && tags[k + 1] === 'ADJ' && clause[k + 1] === clause[k]))) {
      const next = k + 1 < n && clause[k + 1] === clause[k] ? k + 1 : -1;
      if (next >= 0 && (tags[next] === 'ADJ' || tags[next] === 'NOUN' || tags[next] === 'DET' || tags[next] === 'ADV')) {
        for (const j of phraseFrom(toks, tags, clause, next)) predicate[j] = true;
      }
    }
  }

  // Negation: the phrase the negator's head governs.
  for (let k = 0; k < n; k++) {
    const l = toks[k].lower;
    // "has yet to be identified", "is yet to respond", "had still to come out": not (yet) done.
    const yetTo = (l === 'yet' || l === 'still') && toks[k + 1]?.lower === 'to' && /^(has|have|had|is|are|was|were|remains?|remained)$/.test(toks[k - 1]?.lower ?? '');
    // "far from harming", "rather than sign", "instead of cutting", "anything but", "hardly":
    // what follows is not done ("far from harming your health" agrees with "does not harm health").
    const before = toks[k - 1]?.lower;
    const phrasal = (before !== undefined && PHRASAL_NEGATORS.get(l) === before) || l === 'hardly' || l === 'scarcely';
    const nt = l.endsWith("n't") || NEGATORS.has(l) || yetTo || phrasal;
    const head = NEGATIVE_HEADS.test(l);
    if (!nt && !head) continue;
    if (l === 'not' && /^(only|just|least)$/.test(toks[k + 1]?.lower ?? '')) continue; // "not only … but"
    // ("No one was hurt" is "nobody was hurt": it negates its verb, as any negated subject does.)
    if (l === 'no' && /^(longer|doubt|matter)$/.test(toks[k + 1]?.lower ?? '')) continue;
    // "decline" is only negative with "to" ("declined to comment"), not "sales declined 5%".
    if (/^declin/.test(l) && toks[k + 1]?.lower !== 'to') continue;
    const h = headAfter(toks, tags, clause, k);
    if (h < 0) continue;
    // "far from the capital" is a distance: only a verb after "far from" is not done.
    if (l === 'from' && !isVerb(tags[h])) continue;
    const phrase = phraseFrom(toks, tags, clause, h);
    for (const j of phrase) { negated[j] = true; predicate[j] = true; }
    negatedHead[h] = true;
    // A contrast ("because of dangerous surf, not a shark"): "not" opening its clause before a noun
    // phrase denies that thing.
    const opens = k === 0 || clause[k - 1] !== clause[k] || (/^(and|but)$/.test(toks[k - 1].lower) && (k === 1 || clause[k - 2] !== clause[k]));
    if (l === 'not' && opens && /^(DET|NOUN|PROPN|ADJ)$/.test(tags[k + 1] ?? '') && isNominal(tags[h])) denied[h] = true;
    // What the clause adds after the negated phrase ("did not score | in the semifinal").
    const end = phrase.length ? phrase[phrase.length - 1] : h;
    for (let j = end + 1; j < n && clause[j] === clause[k]; j++) negClause[j] = true;
    // "No agreement was reached": a negated subject negates its verb too.
    if (/^(no|none|nothing|nobody|neither)$/.test(l)) {
      const last = phrase.length ? phrase[phrase.length - 1] : h;
      let j = last + 1;
      while (j < n && clause[j] === clause[k] && (tags[j] === 'AUX' || tags[j] === 'ADV' || tags[j] === 'PART')) j++;
      if (j < n && clause[j] === clause[k] && isVerb(tags[j])) {
        for (const v of phraseFrom(toks, tags, clause, j)) { negated[v] = true; predicate[v] = true; }
        negatedHead[j] = true;
        // "No one had been attacked": nothing did it, whatever else the sentence says.
        if (l !== 'no') denied[j] = true;
      }
    }
  }

  // Mood: a modal marker makes the rest of its clause hypothetical; a condition or question, the sentence.
  const question = /\?\s*["”’»)]*\s*$/.test(text);
  for (let k = 0; k < n; k++) {
    const l = toks[k].lower;
    // "would not comment" is a refusal reported, "could not agree" an inability: both are what
    // happened, not a hypothesis.
    const refusal = /^(would|wo|could|ca|can)$/.test(l) && /^(not|n't)$/.test(toks[k + 1]?.lower ?? '');
    const aux = tags[k] === 'AUX' && MODAL_AUX.test(l) && !refusal && l !== "wouldn't" && l !== "couldn't";
    // Verbs of intent make a forecast ("expected to meet", "expecting revenue of"), but not in a
    // comparison with one ("as expected", "longer than planned").
    // "set to become", "due to arrive", "poised to win": a plan only before "to" and a verb ("set
    // off fireworks", "due to bad weather" are no plans).
    const scheduled = !SCHEDULE_WORDS.test(l) || ((toks[k + 1]?.lower === 'to' && isVerb(tags[k + 2] ?? '')) || (l !== 'due' && toks[k + 1]?.lower === 'for'));
    const intent = !refusal && scheduled && MODAL_WORDS.test(l) && (!INTENT_VERBS.test(l) || !/^(as|than)$/.test(toks[k - 1]?.lower ?? ''));
    if (aux || intent) {
      markRest(irrealis, clause, k);
      // "If the talks fail, …": the condition governs the main clause too.
      if ((l === 'if' || l === 'unless') && (k === 0 || clause[k] === 0)) irrealis.fill(true);
    }
  }
  if (question) irrealis.fill(true);

  // Denials by a party and hearsay: the rest of the sentence from the marker is not asserted.
  for (let k = 0; k < n; k++) {
    const l = toks[k].lower;
    if (DENIAL_VERBS.test(l) && tags[k] !== 'NOUN' && tags[k] !== 'PROPN') {
      for (let j = k + 1; j < n; j++) unasserted[j] = true;
    } else if (HEARSAY.test(l)) {
      // "reports that X", "rumours said X", "claimed, without evidence, that X", "allegedly X".
      // As a noun ("reports that", "claims of"), not as the verb of an attribution ("Reuters reports that").
      // …also with a verb of spreading between ("rumours spread that X", "reports emerged that X").
      const spread = /^(spread|spreads|emerged|emerge|circulated|circulate|swirled|grew|surfaced|persisted)$/.test(toks[k + 1]?.lower ?? '') && toks[k + 2]?.lower === 'that';
      const that = (/^(that|of)$/.test(toks[k + 1]?.lower ?? '') || spread) && (tags[k] === 'NOUN' || tags[k] === 'PROPN' || k === 0);
      if (that || /^(allegedly|reportedly|purportedly|supposedly|rumou?red|unconfirmed|unverified|alleged)$/.test(l)) {
        for (let j = k + 1; j < n; j++) unasserted[j] = true;
      }
    }
  }

  // A negated verb of knowing: "the study did not prove that coffee makes people live longer"
  // neither asserts nor denies that they do.
  for (let k = 0; k < n; k++) {
    if (negatedHead[k] && EPISTEMIC.test(toks[k].lower)) for (let j = k + 1; j < n; j++) unasserted[j] = true;
  }

  // "claimed, without evidence, that …": the claim is the speaker's, not the outlet's.
  if (/\bwithout (providing |offering |citing |giving )?(any )?(evidence|proof)\b/i.test(text)) {
    const v = toks.findIndex((t) => /^(claim|claims|claimed|said|says|alleged|asserted|insisted|suggested)$/.test(t.lower));
    if (v >= 0) for (let j = v + 1; j < n; j++) unasserted[j] = true;
  }

  // An outlet refuting what it repeats: "reports that X are false", "there is no evidence that X".
  for (let k = 0; k < n; k++) {
    const l = toks[k].lower;
    const refutesAfter = FALSE_WORDS.test(l) && k > 0 && /^(is|are|was|were|be|been|proved|proven|appear|appears)$/.test(toks[k - 1].lower);
    const noEvidence = /^(evidence|proof|truth|basis)$/.test(l) && /^(no|little)$/.test(toks[k - 1]?.lower ?? '') && /^(that|to|for|of)$/.test(toks[k + 1]?.lower ?? '');
    if (refutesAfter) {
      // The claim is the stretch before the copula, from "that" on.
      const that = toks.findIndex((t, j) => j < k && t.lower === 'that');
      if (that >= 0) for (let j = that + 1; j < k - 1; j++) { negated[j] = true; negatedHead[j] = isVerb(tags[j]); denied[j] = negatedHead[j]; unasserted[j] = false; predicate[j] = predicate[j] || isVerb(tags[j]) || isNominal(tags[j]); }
    } else if (noEvidence) {
      for (let j = k + 2; j < n; j++) { negated[j] = true; negatedHead[j] = isVerb(tags[j]); denied[j] = negatedHead[j]; unasserted[j] = false; predicate[j] = predicate[j] || isVerb(tags[j]) || isNominal(tags[j]); }
    }
  }
  return { predicate, negated, negatedHead, denied, irrealis, unasserted, negClause };
}
