import { extractEntities, type Entity } from './entities';
import { boundedMemo } from '../memo';
import { extractQuantities } from './quantities';
import { extractSpeech, type SpeechSpan } from './speech';
import { NEGATING_VERBS, NEGATORS } from '../text/stopwords';
import { isStop, stem, tokenize, type Token } from '../text/tokens';
import type { ClaimFeatures, Quantity, Speech } from '../types';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const CLAUSE_END = /^(but|and|while|whereas|although|though|which|who|because)$/;

/** A sentence analysed once: tokens, entities and each token's concept key (or null). */
export interface Analysis {
  toks: Token[];
  ents: Entity[];
  /** Concept per token: entity key, or stem of a content word; null for stop words and numbers. */
  concepts: Array<string | null>;
  speech: SpeechSpan[];
  quantities: Quantity[];
}

/** Tokenise and key every word of a sentence. */
export function analyzeSentence(text: string): Analysis {
  const toks = tokenize(text);
  const ents = extractEntities(toks);
  const concepts: Array<string | null> = toks.map((t, i) =>
    t.num || isStop(t.lower) || t.lower.length < 2 || (NEGATING_VERBS.has(t.lower) && toks[i + 1]?.lower === 'to') ? null : stem(t.lower),
  );
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
    if (q.dim === 'count') continue;
    toks.forEach((t, k) => { if (t.start >= q.start && t.end <= q.end) concepts[k] = null; });
  }
  return { toks, ents, concepts, speech: extractSpeech(text, toks, ents), quantities };
}

/** analyzeSentence, remembered for recently seen sentences: reasons, emphasis and copy checks
 *  look at the same source sentences again and again within one page. */
export const analyzeCached = boundedMemo(4000, analyzeSentence);

/** Mark concepts under negation: from a negator to the end of its clause (at most 6 words). */
function negatedConcepts(text: string, a: Analysis): Set<string> {
  const out = new Set<string>();
  const { toks, concepts } = a;
  for (let i = 0; i < toks.length; i++) {
    const l = toks[i].lower;
    const neg = NEGATORS.has(l) || l.endsWith("n't") || (NEGATING_VERBS.has(l) && toks[i + 1]?.lower === 'to') || l === 'unable';
    if (!neg) continue;
    // "not only … but also" and "no longer/doubt" idioms do not negate the claim.
    if (l === 'not' && toks[i + 1]?.lower === 'only') continue;
    // "no basis for dramatic statements" negates its noun, "failed to reach a deal" its phrase.
    const reach = /^(no|without|none|nothing)$/.test(l) ? 1 : 6;
    let taken = 0;
    for (let k = i + 1; k < toks.length && taken < reach; k++) {
      const gap = text.slice(toks[k - 1].end, toks[k].start);
      if (/[,;:()]/.test(gap) || CLAUSE_END.test(toks[k].lower)) break;
      const c = concepts[k];
      if (c) { out.add(c); taken++; }
    }
    // "n't" negates its own verb too: "wouldn't negotiate".
    if (l.endsWith("n't")) {
      const c = stem(l);
      if (c && !isStop(c)) out.add(c);
    }
  }
  return out;
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
  const years = a.toks.filter((t) => t.num && /^(19|20)\d\d$/.test(t.lower)).map((t) => Number(t.lower));
  const weekdays = a.toks.map((t) => WEEKDAYS.indexOf(t.lower)).filter((d) => d >= 0);
  const speech: Speech[] = a.speech.map((s) => {
    let who = s.speaker && 'key' in s.speaker ? s.speaker : undefined;
    if (s.speaker && 'pronoun' in s.speaker) who = resolve?.(s.speaker.pronoun);
    return { speaker: who?.key, speakerName: who?.name, stems: spanStems(a, s.first, s.last), quoted: s.quoted };
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
  return {
    stems,
    entities,
    people,
    subject,
    attribution,
    entityNames,
    quantities: a.quantities,
    years: [...new Set(years)],
    weekdays: [...new Set(weekdays)],
    negated: [...negatedConcepts(text, a)],
    speech,
    length: a.toks.length,
  };
}
