import { clauseRoles, type ClauseRoles } from './clauses';
import { background } from './event';
import { occasionsIn } from './occasion';
import { extractEntities, type Entity } from './entities';
import { extractQuantities } from './quantities';
import { extractSpeech, type SpeechSpan } from './speech';
import { NEGATING_VERBS } from '../text/stopwords';
import { alignTags, tagSentences, tagTokens, type Tag, type TaggedSpan } from '../text/pos';
import { antonymsOf, isPersonNoun } from '../data/lexicon';
import { isStop, stem, tokenize, type Token } from '../text/tokens';
import type { ClaimFeatures, Quantity, Speech } from '../types';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A sentence analysed once: tokens, entities and each token's concept key (or null). */
export interface Analysis {
  toks: Token[];
  ents: Entity[];
  /** Concept per token: entity key, or stem of a content word; null for stop words and numbers. */
  concepts: Array<string | null>;
  speech: SpeechSpan[];
  quantities: Quantity[];
  /** Part-of-speech tag per token. */
  tags: Tag[];
  /** Predicate, polarity, mood and assertion of each token. */
  roles: ClauseRoles;
}

/** Tokenise and key every word of a sentence (`spans`: its tags, when a batch was tagged at once). */
export function analyzeSentence(text: string, spans?: TaggedSpan[]): Analysis {
  const toks = tokenize(text);
  const ents = extractEntities(toks);
  const tags = spans ? alignTags(toks, spans) : tagTokens(text, toks);
  const names = new Set<number>();
  for (const e of ents) for (let k = e.first; k < e.last; k++) names.add(k);
  // Content is nouns, verbs and adjectives: adverbs, auxiliaries and other function words ("even",
  // "almost", "widely") carry no fact, and matched across sentences they only add topic. An adverb
  // with an antonym stays ("lasted longer" / "shorter"): it can contradict.
  const concepts: Array<string | null> = toks.map((t, i) => {
    if (t.num || isStop(t.lower) || t.lower.length < 2 || (NEGATING_VERBS.has(t.lower) && toks[i + 1]?.lower === 'to')) return null;
    if (!names.has(i) && FUNCTION_TAGS.has(tags[i])) {
      if (tags[i] !== 'ADV') return null;
      const c = stem(t.lower);
      return antonymsOf(c).length ? c : null;
    }
    return stem(t.lower);
  });
  for (const e of ents) {
    // A capitalised first word alone ("Differences between…") is usually not a name.
    if (e.first === 0 && e.last === 1 && !e.place) continue;
    // A name is one concept: its alias or (for people) the surname; the other words add nothing.
    const key = e.keys[e.keys.length - 1];
    for (let k = e.first; k < e.last; k++) concepts[k] = k === e.last - 1 ? key : null;
  }
  // Units of measure are carried by the quantity ("90 minutes" vs "an hour"), not as words.
  const quantities = extractQuantities(text, toks);
  for (const q of quantities) {
    // A count keeps its noun as a word ("129 people"), not its number ("eight").
    toks.forEach((t, k) => { if (t.start >= q.start && t.end <= q.end && (q.dim !== 'count' || t.end < q.end)) concepts[k] = null; });
  }
  // Words fused to a number ("20-year-old", "three-day") describe the figure, not the fact.
  for (let k = 1; k < toks.length; k++) {
    if (!hyphenBefore(text, toks, k)) continue;
    let j = k - 1;
    while (j > 0 && hyphenBefore(text, toks, j)) j--;
    // …except a count's own noun ("13-megapixel" counts megapixels, as "13 megapixels" does).
    const unitOfCount = quantities.some((q) => q.dim === 'count' && toks[k].end === q.end);
    if ((toks[j].num || toks[j].lower in NUMBER_WORDS) && !unitOfCount) concepts[k] = null;
  }
  for (const q of quantities) {
    q.measure = measureOf(q, toks, concepts);
    const of = modifiedBy(q, text, toks, tags, concepts);
    if (of.length) q.of = of;
    const about = entitiesInClause(q, toks, ents);
    if (about.length) q.about = about;
  }
  const roles = clauseRoles(text, toks, tags);
  for (const q of quantities) {
    const k = toks.findIndex((t) => t.start >= q.start);
    if (k >= 0 && (roles.irrealis[k] || roles.unasserted[k])) q.hedged = true;
  }
  return { toks, ents, concepts, speech: extractSpeech(text, toks, ents), quantities, tags, roles };
}

/** Token k is joined to the one before it by a hyphen alone. */
function hyphenBefore(text: string, toks: Token[], k: number): boolean {
  return toks[k].start - toks[k - 1].end === 1 && text[toks[k - 1].end] === '-';
}

/** Part-of-speech tags of words that are never a claim's content. */
const FUNCTION_TAGS = new Set(['ADV', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'DET', 'PRON', 'PART', 'INTJ', 'PUNCT', 'SYM']);

const NUMBER_WORDS: Record<string, true> = Object.fromEntries(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred half quarter'.split(' ').map((w) => [w, true]),
);

/** What a figure measures: the content words around it in its clause (up to five each side). */
function measureOf(q: Quantity, toks: Token[], concepts: Array<string | null>): string[] {
  const out: string[] = [];
  const first = toks.findIndex((t) => t.start >= q.start);
  const last = toks.findIndex((t) => t.end >= q.end);
  if (first < 0 || last < 0) return out;
  if (q.dim === 'count' && concepts[last]) out.push(concepts[last]!);
  // Up to five words of content each side, within 12 tokens and the figure's clause.
  for (let k = first - 1, n = 0; k >= 0 && n < 5 && first - k <= 12; k--) {
    if (toks[k + 1].sep && k + 1 < first) break;
    if (concepts[k]) { out.push(concepts[k]!); n++; }
  }
  for (let k = last + 1, n = 0; k < toks.length && n < 5 && k - last <= 12 && !toks[k].sep; k++) if (concepts[k]) { out.push(concepts[k]!); n++; }
  return [...new Set(out)];
}

/** Tags of the words of a noun phrase a fused figure modifies ("four-year [labor agreement]"). */
const PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

/** The noun phrase right after a figure written as one hyphenated word ("six-week strike"). */
function modifiedBy(q: Quantity, text: string, toks: Token[], tags: Tag[], concepts: Array<string | null>): string[] {
  if (!/^\S+-\S+$/.test(q.surface) || text[q.end] !== ' ') return [];
  const last = toks.findIndex((t) => t.end >= q.end);
  const out: string[] = [];
  for (let k = last + 1; k < toks.length && k - last <= 3 && !toks[k].sep && PHRASE_TAGS.has(tags[k]); k++) if (concepts[k]) out.push(concepts[k]!);
  return out;
}

/** Names in the figure's clause ("Japan fell 4.5%, while Europe …"): whose figure it is. */
function entitiesInClause(q: Quantity, toks: Token[], ents: Entity[]): string[] {
  let from = toks.findIndex((t) => t.start >= q.start);
  let to = from;
  while (from > 0 && !toks[from].sep) from--;
  while (to + 1 < toks.length && !toks[to + 1].sep) to++;
  // A relative clause's figure is its antecedent's ("NASA's Saturn V, which generated 7.5 million
  // pounds of thrust"): the names of the clause before it count too.
  if (from > 0 && /^(which|who|whose)$/.test(toks[from].lower)) {
    from--;
    while (from > 0 && !toks[from].sep) from--;
  }
  return ents.filter((e) => e.first >= from && e.last - 1 <= to).map((e) => e.keys[e.keys.length - 1]);
}

/** analyzeSentence, remembered for recently seen sentences: reasons, emphasis and copy checks
 *  look at the same source sentences again and again within one page. */
export function analyzeCached(text: string): Analysis {
  let a = analyses.get(text);
  if (!a) remember(text, (a = analyzeSentence(text)));
  return a;
}

/** Analyse the sentences not yet remembered in one tagging pass (a page's kept sources, say). */
export function primeAnalyses(texts: string[]): void {
  const fresh = [...new Set(texts)].filter((t) => !analyses.has(t));
  if (!fresh.length) return;
  const tagged = tagSentences(fresh);
  fresh.forEach((t, i) => remember(t, analyzeSentence(t, tagged[i])));
}

const ANALYSES = 4000;
const analyses = new Map<string, Analysis>();
function remember(text: string, a: Analysis): void {
  if (analyses.size >= ANALYSES) analyses.delete(analyses.keys().next().value!);
  analyses.set(text, a);
}

/** Words that make a negated clause about a stretch of time: "never … before", "not … since 1998", "not yet". */
const PERIOD = new Set(['before', 'since', 'yet', 'ever', 'previously', 'until', 'till']);
const SPANS = new Set(['hours', 'days', 'weeks', 'months', 'years', 'decades']);
const STRETCH_BEFORE = new Set(['in', 'for', 'over']);

/** A negation speaks of a period ("had never reached a final before", "had not won since 1998",
 *  "no raise in years", "nobody pulled out alive for 24 hours"): a period word follows a negated
 *  word closely. */
function negatedPeriod(a: Analysis): boolean {
  const neg = a.roles.negated;
  for (let k = 0; k < a.toks.length; k++) {
    const l = a.toks[k].lower;
    // "has yet to", "had still to": not done until then, which says nothing of afterwards.
    if ((l === 'yet' || l === 'still') && a.toks[k + 1]?.lower === 'to' && neg[k + 2]) return true;
    // "in years", "for 24 hours", "in the past two weeks": a stretch of time, not an occasion.
    const stretch = SPANS.has(l) && a.toks.slice(Math.max(0, k - 4), k).some((x) => STRETCH_BEFORE.has(x.lower));
    if (!(PERIOD.has(l) || stretch)) continue;
    for (let j = Math.max(0, k - 8); j < k; j++) if (neg[j]) return true;
  }
  return false;
}

/** The nouns a negated verb takes (negated, not a head, a noun after a negated verb head), as
 *  `negatedObjects` when there are any. "have no differences left" has none: its head is a noun. */
function objectsOf(a: Analysis): { negatedObjects?: string[] } {
  const { negated, negatedHead } = a.roles;
  const mark = a.toks.map((_, k) => {
    if (!negated[k] || negatedHead[k] || (a.tags[k] !== 'NOUN' && a.tags[k] !== 'PROPN')) return false;
    // The nearest head before it is a verb: "did not improve | survival".
    for (let j = k - 1; j >= 0 && negated[j]; j--) if (negatedHead[j]) return a.tags[j] === 'VERB';
    return false;
  });
  const objects = conceptsWhere(a, mark);
  return objects.length ? { negatedObjects: objects } : {};
}

/** Concepts of the tokens a role marks, once each. */
/** The heads a sentence denies outright (absent when none, as most sentences deny nothing). */
function deniedOf(a: Analysis): { deniedHeads?: string[] } {
  const denied = conceptsWhere(a, a.roles.denied);
  return denied.length ? { deniedHeads: denied } : {};
}

function conceptsWhere(a: Analysis, mark: boolean[]): string[] {
  const out = new Set<string>();
  a.concepts.forEach((c, k) => { if (c && mark[k]) out.add(c); });
  return [...out];
}

/**
 * The unnamed person a sentence opens with as its subject ("The minister spoke …", "An opposition
 * leader said …" is speech, not this): the head noun of the words before the first verb, when the
 * lexicon (WordNet) counts it a kind of person and no name stands there. Two sentences whose
 * subjects are different kinds of person state something of two people.
 */
function openingActor(a: Analysis, attribution: ReadonlySet<number>): string | undefined {
  const verb = a.tags.findIndex((t) => t === 'VERB' || t === 'AUX');
  if (verb <= 0 || verb > 6 || attribution.has(verb)) return undefined;
  if (a.ents.some((e) => e.first < verb)) return undefined;
  // A clause or phrase before the subject ("After the vote, …") leaves the subject unknown.
  if (a.toks.slice(1, verb).some((t) => t.sep)) return undefined;
  let head = -1;
  for (let k = 0; k < verb; k++) if (a.tags[k] === 'NOUN') head = k;
  const c = head >= 0 ? a.concepts[head] : null;
  return c && isPersonNoun(c) ? c : undefined;
}

/** The kind of person an attribution with no name gives the words to ("the Russian president
 *  said"): the person noun nearest before its verb, in its clause, and the names (a nation, a
 *  city) between them. */
function roleIn(a: Analysis, [from, to]: [number, number]): Speech['role'] {
  let verb = -1;
  for (let k = from; k < to; k++) if (a.tags[k] === 'VERB') { verb = k; break; }
  if (verb < 0) return undefined;
  let head = -1;
  for (let k = verb - 1; k >= Math.max(0, verb - 5); k--) {
    if (a.concepts[k] && a.tags[k] === 'NOUN' && isPersonNoun(a.concepts[k]!)) { head = k; break; }
    if (a.toks[k + 1].sep) break;
  }
  if (head < 0) return undefined;
  let start = head;
  while (start > 0 && !a.toks[start].sep && PHRASE_TAGS.has(a.tags[start - 1])) start--;
  const names = a.ents.filter((e) => e.first >= start && e.first < head).map((e) => e.keys[e.keys.length - 1]);
  return { head: a.concepts[head]!, names, text: a.toks.slice(start, head + 1).map((t) => t.raw).join(' ') };
}

function spanStems(a: Analysis, first: number, last: number): string[] {
  const out: string[] = [];
  for (let k = first; k < last; k++) {
    const c = a.concepts[k];
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}

/**
 * Extract a claim's features from one sentence. `resolve` maps a pronoun speaker to the person the
 * surrounding text was last about (see context.ts); without it pronouns stay unresolved.
 */
export function extractFeatures(
  text: string,
  resolve?: (pronoun: string) => { key: string; name: string } | undefined,
  a: Analysis = analyzeSentence(text),
  knownPeople: ReadonlySet<string> = new Set(),
): ClaimFeatures {
  const stems: string[] = [];
  for (const c of a.concepts) if (c && !stems.includes(c)) stems.push(c);
  // The years the claim is about: "the highest turnout since 1992" is not about 1992.
  const years = a.toks.filter((t) => t.num && /^(19|20)\d\d$/.test(t.lower) && !background(text, t.start)).map((t) => Number(t.lower));
  const weekdays = a.toks.map((t) => WEEKDAYS.indexOf(t.lower)).filter((d) => d >= 0);
  const speech: Speech[] = a.speech.map((s) => {
    let who = s.speaker && 'key' in s.speaker ? s.speaker : undefined;
    if (s.speaker && 'pronoun' in s.speaker) who = resolve?.(s.speaker.pronoun);
    const named = !!who && !!s.speaker && 'key' in s.speaker;
    const role = !who && s.attr ? roleIn(a, s.attr) : undefined;
    return { speaker: who?.key, speakerName: who?.name, stems: spanStems(a, s.first, s.last), quoted: s.quoted, ...(named ? { named } : {}), ...(role ? { role } : {}) };
  });
  const entities: string[] = [];
  const entityNames: string[] = [];
  for (const e of a.ents) {
    const key = e.keys[e.keys.length - 1];
    if (!entities.includes(key)) { entities.push(key); entityNames.push(e.name); }
  }
  const speakers = new Set(speech.map((s) => s.speaker));
  // Attribution: the "X said" phrases and "according to …" (who said it, not what happened).
  const attrIdx = new Set<number>();
  for (const sp of a.speech) if (sp.attr) for (let k = sp.attr[0]; k < sp.attr[1]; k++) attrIdx.add(k);
  const acc = a.toks.findIndex((t, i) => t.lower === 'according' && a.toks[i + 1]?.lower === 'to');
  if (acc >= 0) for (let k = acc; k < a.toks.length && (k === acc || !a.toks[k].sep); k++) attrIdx.add(k);
  const attribution = [...new Set([...attrIdx].map((k) => a.concepts[k]).filter((c): c is string => !!c))];
  const people = [...new Set(a.ents.filter((e) => !e.place && (e.person || knownPeople.has(e.keys[e.keys.length - 1]))).map((e) => e.keys[e.keys.length - 1]))].filter((k) => !speakers.has(k));
  const lead = a.ents.find((e) => !e.place && e.first < 5 && (e.person || knownPeople.has(e.keys[e.keys.length - 1])));
  const subject = lead && !speakers.has(lead.keys[lead.keys.length - 1]) ? lead.keys[lead.keys.length - 1] : undefined;
  const occasions = occasionsIn(text);
  const actor = subject ? undefined : openingActor(a, attrIdx);
  return {
    stems,
    entities,
    ...(occasions.length ? { occasions } : {}),
    people,
    subject,
    ...(actor ? { actor } : {}),
    attribution,
    entityNames,
    quantities: a.quantities,
    years: [...new Set(years)],
    weekdays: [...new Set(weekdays)],
    negated: conceptsWhere(a, a.roles.negated),
    negatedHeads: conceptsWhere(a, a.roles.negatedHead),
    ...deniedOf(a),
    negatedClause: conceptsWhere(a, a.roles.negClause),
    ...objectsOf(a),
    ...(negatedPeriod(a) ? { negatedPeriod: true } : {}),
    predicates: conceptsWhere(a, a.roles.predicate).filter((c) => !attribution.includes(c)),
    irrealis: conceptsWhere(a, a.roles.irrealis),
    unasserted: conceptsWhere(a, a.roles.unasserted),
    speech,
    length: a.toks.length,
  };
}
