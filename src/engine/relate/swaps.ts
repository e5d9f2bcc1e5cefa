/**
 * Same words, roles the other way round: "Feyenoord beat Ajax" / "Ajax beat Feyenoord", "the
 * mayor criticised the police chief" / "the police chief criticised the mayor", "men in rural
 * areas earn less than women in cities" / "women … than men …". Bag-of-words overlap calls such
 * pairs one fact; who does what to whom is the fact. Only plain active verbs are weighed: a
 * passive ("Ajax were beaten by Feyenoord") puts the roles the other way round and is the same fact.
 */
import { analyzeCached, type Analysis } from '../claims/features';
import { matchIn, weightOf } from './similarity';
import { escapeRegExp } from '../text/regexp';

/** Forms of "be", "get" and "have" that make a following verb passive or perfect. */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'got', 'gets', "'s", "'re", 'has', 'have', 'had']);

/** Concepts of a sentence with the token index each first stands at. */
function positions(a: Analysis): Map<string, number> {
  const out = new Map<string, number>();
  a.concepts.forEach((c, k) => {
    if (c && !out.has(c)) out.set(c, k);
  });
  return out;
}

/** A form of "be" or "have" just before the verb at token `k` ("were beaten", "has been lifted"). */
function auxiliaryBefore(a: Analysis, k: number): boolean {
  return [k - 1, k - 2].some((j) => j >= 0 && BE.has(a.toks[j].lower));
}

const isArgument = (tag: string) => tag === 'NOUN' || tag === 'PROPN';

/** The argument concepts of the verb at token `k`: its subject side (back to the clause's start
 *  or another verb) and its object side (on to the clause's end or another verb), active voice. */
function argumentsOf(a: Analysis, k: number): { subject: Set<string>; object: Set<string> } {
  const subject = new Set<string>();
  const object = new Set<string>();
  const arg = (j: number) => {
    const c = a.concepts[j];
    return c && (isArgument(a.tags[j]) || a.ents.some((e) => e.last - 1 === j)) ? c : undefined;
  };
  for (let j = k - 1; j >= 0 && a.tags[j] !== 'VERB'; j--) {
    const c = arg(j);
    if (c) subject.add(c);
    if (a.toks[j].sep) break;
  }
  for (let j = k + 1; j < a.toks.length && !a.toks[j].sep && a.tags[j] !== 'VERB'; j++) {
    const c = arg(j);
    if (c) object.add(c);
  }
  return { subject, object };
}

/** A concept of `from` met (as itself or a synonym) in `to`, and in neither of the excluded sets. */
function movedWord(from: Set<string>, to: Set<string>, stays: Set<string>): string | undefined {
  // The same word or a synonym: an antonym ("men" / "women") is another argument, not this one moved.
  for (const c of from) if (weightOf(c) >= 1 && matchIn(c, to).score >= 0.8 && matchIn(c, stays).score < 0.8) return c;
  return undefined;
}

/** The places of a "from X to Y" (a flight, a move, a transfer): the concepts after each word. */
function fromTo(a: Analysis): [string, string] | undefined {
  const next = (k: number) => {
    for (let j = k + 1; j < Math.min(a.toks.length, k + 4); j++) if (a.concepts[j]) return { c: a.concepts[j]!, j };
    return undefined;
  };
  for (let k = 0; k < a.toks.length; k++) {
    if (a.toks[k].lower !== 'from') continue;
    const x = next(k);
    if (!x) continue;
    const to = a.toks.findIndex((t, j) => j > x.j && j <= x.j + 3 && t.lower === 'to');
    const y = to < 0 ? undefined : next(to);
    if (y) return [x.c, y.c];
  }
  return undefined;
}

/**
 * Two arguments of a verb both sentences share that trade places: the subject of one is the
 * object of the other, and the object the subject ("Feyenoord beat Ajax" / "Ajax beat
 * Feyenoord"), or the two ends of a "from … to …". Undefined when nothing trades places.
 */
export function swappedRoles(aText: string, bText: string): [string, string] | undefined {
  const a = analyzeCached(aText);
  const b = analyzeCached(bText);
  // "from Lagos to Accra" / "from Accra to Lagos".
  const da = fromTo(a);
  const db = fromTo(b);
  if (da && db && da[0] !== da[1] && da[0] === db[1] && da[1] === db[0]) return da;
  const pb = positions(b);
  const setB = new Set(pb.keys());
  for (const [verb, ka] of positions(a)) {
    if (a.tags[ka] !== 'VERB' || weightOf(verb) < 1) continue;
    const via = matchIn(verb, setB).via;
    const kb = via === undefined ? undefined : pb.get(via);
    if (kb === undefined || b.tags[kb] !== 'VERB') continue;
    // A passive or perfect on either side, or a headline's bare participle, is read unreliably
    // ("Bolsonaro elected president" / "Bolsonaro is elected president"): such verbs are not weighed.
    if (auxiliaryBefore(a, ka) || auxiliaryBefore(b, kb)) continue;
    const x = argumentsOf(a, ka);
    const y = argumentsOf(b, kb);
    // The subject here is the object there (and not its subject too), and the other way round.
    const s = movedWord(x.subject, y.object, y.subject);
    const o = movedWord(x.object, y.subject, y.object);
    if (s && o) return [s, o];
  }
  return undefined;
}

/** Capitalised names in a text (one to four words), not the sentence's first word alone. */
function namesIn(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?:^|[^\w'’])((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3})/g)) {
    const name = m[1];
    if (m.index === 0 && !/\s/.test(name)) continue; // "The", "Shares": a capital for the sentence
    out.add(name);
  }
  return [...out];
}

/**
 * Two names traded and every other word the same ("Shares of Marlow Bank fell after Tidewater
 * Insurance reported a loss" / "Shares of Tidewater Insurance fell after Marlow Bank reported a
 * loss"): another claim, whatever the verbs. Not when the two names are joined as equals ("Marlow
 * Bank and Tidewater", "between X and Y"): then the order says nothing.
 */
export function tradedNames(aText: string, bText: string): [string, string] | undefined {
  if (Math.abs(aText.length - bText.length) > 2) return undefined;
  const names = namesIn(aText).filter((n) => bText.includes(n));
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const [x, y] = [names[i], names[j]];
      if (x.includes(y) || y.includes(x)) continue;
      const [ex, ey] = [escapeRegExp(x), escapeRegExp(y)];
      const join = '\\s*(?:,|and|&|with|or|vs\\.?|versus)\\s*';
      const joined = new RegExp(`${ex}${join}${ey}|${ey}${join}${ex}`);
      if (joined.test(aText)) continue;
      const swapped = aText.split(x).map((part) => part.split(y).join('\u0001')).join('\u0002').replace(/\u0001/g, x).replace(/\u0002/g, y);
      if (norm(swapped) === norm(bText) && norm(aText) !== norm(bText)) return [x, y];
    }
  }
  return undefined;
}
