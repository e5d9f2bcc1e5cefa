import type { Entity } from './entities';
import type { Token } from '../text/tokens';

/** Verbs (lower-case forms) that introduce what someone said. */
const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'noted', 'stressed', 'called', 'calls',
  'announced', 'declared', 'insisted', 'warned', 'acknowledged', 'explained', 'described', 'claimed',
  'argued', 'urged', 'quoted', 'saying', 'wrote', 'tweeted', 'highlighted', 'indicated', 'confirmed', 'denied',
]);

const PRONOUNS = new Set(['he', 'she']);
/** Generic speakers: known to be someone, but not who. Never used to claim a misattribution. */
const GENERIC = /^(official|officials|spokesman|spokeswoman|source|sources|aide|aides|diplomat|diplomats|analyst|analysts|media|agency)$/;

/** Raw speech found in one sentence, before pronouns are resolved from context. */
export interface SpeechSpan {
  /** Speaker entity, a pronoun ("he"), or undefined when no speaker is named. */
  speaker?: { key: string; name: string } | { pronoun: string };
  /** Token index range of the spoken words. */
  first: number;
  last: number;
  quoted: boolean;
  /** Token range of the attribution ("a senior US official said", "TASS quoted Putin as saying"). */
  attr?: [number, number];
}

const QUOTE_PAIRS: Array<[RegExp]> = [[/[“"«‘]([^”"»]{8,}?)[”"»’]/g]];

/** Character ranges of quotations (at least a few words long) in the sentence. */
function quoteRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [re] of QUOTE_PAIRS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) out.push([m.index + 1, m.index + 1 + m[1].length]);
  }
  // An opening quote with no closing one: the quote runs to the end of the sentence. A closing
  // quote with no opening one (a quotation that began a sentence earlier): it runs from the start.
  if (!out.length) {
    const open = text.search(/[“"]/);
    const close = text.search(/[”"]\s*[\p{L}\s,]*[.!?]?\s*$/u);
    if (close > 12 && (open === close || open < 0) && text[close] !== '“') out.push([0, close]);
    else if (open >= 0 && text.length - open > 12) out.push([open + 1, text.length]);
  }
  return out;
}

function tokenRange(toks: Token[], from: number, to: number): [number, number] {
  let first = toks.findIndex((t) => t.start >= from);
  if (first < 0) first = toks.length;
  let last = first;
  while (last < toks.length && toks[last].end <= to) last++;
  return [first, last];
}

/** Words after a speech verb that end the search for its speaker there. */
const AFTER_SPEAKER_STOP = /^(outside|inside|in|at|on|after|before|during|from|to|with|while|near|by|as|when|that|this|last)$/;

/** The person or pronoun nearest a speech verb at token index v: left first, then right. */
function speakerNear(toks: Token[], ents: Entity[], v: number): SpeechSpan['speaker'] {
  const asSaying = toks[v].lower === 'quoted';
  if (asSaying) {
    // "X quoted Putin as saying": the speaker is the one quoted.
    const e = ents.find((x) => x.first > v && x.first <= v + 4 && !x.place);
    if (e) return { key: e.keys[e.keys.length - 1], name: e.name };
  }
  for (let k = v - 1; k >= Math.max(0, v - 7); k--) {
    if (PRONOUNS.has(toks[k].lower)) return { pronoun: toks[k].lower };
    const title = titleBefore(toks, ents, k);
    if (title) return { pronoun: title };
    const e = ents.find((x) => x.first <= k && k < x.last);
    if (e && !e.place) return { key: e.keys[e.keys.length - 1], name: e.name };
    if (GENERIC.test(toks[k].lower)) return { key: 'official', name: toks[k].raw };
    // Tokens carry no punctuation: a separator before this word ends the attribution ("Talks
    // broke down on Sunday, the company said" is not said by "Talks").
    if (toks[k].sep) break;
  }
  for (let k = v + 1; k < Math.min(toks.length, v + 5); k++) {
    // "said Putin", "said U.S. Secretary of State John Kerry"; not "said outside her Downing
    // Street office": a preposition ends the speaker's place after the verb.
    if (AFTER_SPEAKER_STOP.test(toks[k].lower)) break;
    if (PRONOUNS.has(toks[k].lower)) return { pronoun: toks[k].lower };
    const e = ents.find((x) => x.first === k);
    if (e && !e.place) return { key: e.keys[e.keys.length - 1], name: e.name };
    if (GENERIC.test(toks[k].lower)) return { key: 'official', name: toks[k].raw };
  }
  return undefined;
}

/** Words of an office held by one person at a time ("the Russian president", "the British prime minister"). */
const OFFICE = /^(president|minister|chancellor|premier|king|queen|pope|leader)$/;
const OFFICE_WORDS = /^(prime|foreign|defence|defense|finance|vice|supreme|president|minister|chancellor|premier|king|queen|pope|leader)$/;

/**
 * "the Russian president" ending at token k, as a speaker to resolve from the article: "title:"
 * and the country's key and the office ("title:russia president"). The country must be a known
 * place (the alias table reads "Russian" as Russia), or the office alone says nothing of who.
 */
function titleBefore(toks: Token[], ents: Entity[], k: number): string | undefined {
  if (!OFFICE.test(toks[k].lower) || ents.some((e) => e.first <= k && k < e.last && !e.place)) return undefined;
  let j = k;
  while (j > 0 && OFFICE_WORDS.test(toks[j - 1].lower) && k - j < 3) j--;
  const place = ents.find((e) => e.place && e.last === j);
  return place ? `title:${place.keys[0]} ${toks.slice(j, k + 1).map((t) => t.lower).join(' ')}` : undefined;
}

/**
 * The offices a titled name holds in a sentence ("Russian President Vladimir Putin" ->
 * "title:russia president"), for resolving a later "the Russian president said".
 */
export function officesNamed(toks: Token[], ents: Entity[]): Array<{ title: string; key: string; name: string }> {
  const out: Array<{ title: string; key: string; name: string }> = [];
  for (const e of ents) {
    if (e.place || !e.person) continue;
    let k = e.first;
    while (k < e.last && OFFICE_WORDS.test(toks[k].lower)) k++;
    if (k === e.first || !OFFICE.test(toks[k - 1].lower)) continue;
    const place = ents.find((x) => x.place && x.last === e.first);
    if (place) out.push({ title: `title:${place.keys[0]} ${toks.slice(e.first, k).map((t) => t.lower).join(' ')}`, key: e.keys[e.keys.length - 1], name: e.name });
  }
  return out;
}

/** The attribution phrase around speech verb v: from the speaker (within 7 words left) to the verb,
 *  or from the verb to the speaker on its right ("said Putin"), with "as saying"/"that" after it. */
function attributionRange(toks: Token[], ents: Entity[], v: number): [number, number] {
  let first = v;
  for (let k = v - 1; k >= Math.max(0, v - 7); k--) {
    if (/^[,.;:]$/.test(toks[k].raw) || toks[k + 1]?.sep) break;
    const e = ents.find((x) => x.first <= k && k < x.last);
    if (PRONOUNS.has(toks[k].lower) || GENERIC.test(toks[k].lower) || (e && !e.place)) first = e ? Math.min(e.first, k) : k;
  }
  if (first < v) {
    // Take the speaker's determiners and titles too ("a senior US official").
    while (first > 0 && !toks[first].sep && /^(a|an|the|senior|top|us|u\.s\.|russian|white|house|administration|kremlin|state|foreign|ministry)$/i.test(toks[first - 1].lower)) first--;
  }
  let last = v + 1;
  if (toks[last]?.lower === 'as' && toks[last + 1]?.lower === 'saying') last += 2;
  if (toks[last]?.lower === 'that') last++;
  if (first === v) {
    const e = ents.find((x) => x.first > v && x.first <= v + 3 && !x.place);
    if (e && !toks.slice(v + 1, e.first).some((t) => t.sep)) last = Math.max(last, e.last);
  }
  return [first, last];
}

/** Is the speaker key generic (an unnamed official) rather than a named person? */
export function isGenericSpeaker(key: string | undefined): boolean {
  return !key || key === 'official';
}

/**
 * Quotations and reported speech in a sentence, each with the speaker the sentence names (or a
 * pronoun to resolve from context). Reported speech without quotes ("he said that X") counts too:
 * outlets often paraphrase a quote that another prints verbatim.
 */
export function extractSpeech(text: string, toks: Token[], ents: Entity[]): SpeechSpan[] {
  const verbs = toks.map((t, i) => (SPEECH_VERBS.has(t.lower) ? i : -1)).filter((i) => i >= 0);
  const accordingTo = toks.findIndex((t, i) => t.lower === 'according' && toks[i + 1]?.lower === 'to');
  const spans: SpeechSpan[] = [];
  const quotes = quoteRanges(text);
  for (const [from, to] of quotes) {
    const [first, last] = tokenRange(toks, from, to);
    if (last - first < 2) continue;
    // The speech verb closest to the quotation, outside it.
    let best = -1;
    for (const v of verbs) {
      if (v >= first && v < last) continue;
      if (best < 0 || Math.abs(v - first) < Math.abs(best - first)) best = v;
    }
    let speaker = best >= 0 ? speakerNear(toks, ents, best) : undefined;
    if (!speaker && accordingTo >= 0) speaker = speakerNear(toks, ents, accordingTo + 1);
    spans.push({ speaker, first, last, quoted: true, attr: best >= 0 ? attributionRange(toks, ents, best) : undefined });
  }
  if (!spans.length && verbs.length) {
    // Reported speech: "X said (that) <clause>" or "<clause>, X said"; the first verb with a speaker.
    const found = verbs.map((v) => ({ v, speaker: speakerNear(toks, ents, v) }));
    const { v, speaker } = found.find((x) => x.speaker) ?? found[0];
    // What was said is the sentence less its attribution phrase.
    const attr = attributionRange(toks, ents, v);
    const [first, last] = attr[0] > toks.length - attr[1] ? [0, attr[0]] : [attr[1], toks.length];
    if (last - first >= 3) spans.push({ speaker, first, last, quoted: false, attr });
  }
  return spans;
}
