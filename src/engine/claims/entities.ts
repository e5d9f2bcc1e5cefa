import { synonymsOf } from '../data/lexicon';
import { isStop, stem, type Token } from '../text/tokens';

/** A word WordNet knows as a common word (so probably not a surname). */
function isDictionaryWord(lower: string): boolean {
  return synonymsOf(stem(lower)).length > 0;
}

/**
 * Aliases of frequently reported places and bodies, so that "U.S.", "USA", "United States" and
 * "American" are one entity. General news vocabulary, not tuned to one story.
 */
const ALIASES: Record<string, string> = {
  'u.s.': 'united states', us: 'united states', usa: 'united states', 'u.s.a.': 'united states',
  'united states': 'united states', america: 'united states', american: 'united states', americans: 'united states',
  'united states of america': 'united states',
  'u.k.': 'united kingdom', uk: 'united kingdom', britain: 'united kingdom', british: 'united kingdom',
  'great britain': 'united kingdom', 'united kingdom': 'united kingdom',
  russia: 'russia', russian: 'russia', russians: 'russia', 'russian federation': 'russia',
  china: 'china', chinese: 'china', "people's republic of china": 'china',
  syria: 'syria', syrian: 'syria', syrians: 'syria', ukraine: 'ukraine', ukrainian: 'ukraine',
  turkey: 'turkey', turkish: 'turkey', türkiye: 'turkey', france: 'france', french: 'france',
  germany: 'germany', german: 'germany', iran: 'iran', iranian: 'iran', israel: 'israel', israeli: 'israel',
  japan: 'japan', japanese: 'japan', india: 'india', indian: 'india', egypt: 'egypt', egyptian: 'egypt',
  'u.n.': 'united nations', un: 'united nations', 'united nations': 'united nations',
  'e.u.': 'european union', eu: 'european union', 'european union': 'european union',
  'g20': 'g20', 'g-20': 'g20', 'group of 20': 'g20', 'group of twenty': 'g20',
  'g7': 'g7', 'group of seven': 'g7', nato: 'nato', 'north atlantic treaty organisation': 'nato',
  'north atlantic treaty organization': 'nato',
  isil: 'islamic state', isis: 'islamic state', daesh: 'islamic state', 'islamic state': 'islamic state',
  fed: 'federal reserve', 'federal reserve': 'federal reserve', 'federal reserve board': 'federal reserve',
  'u.s. federal reserve': 'federal reserve', ecb: 'european central bank', 'european central bank': 'european central bank',
  imf: 'international monetary fund', 'international monetary fund': 'international monetary fund',
  'world health organization': 'world health organization', 'world health organisation': 'world health organization',
  opec: 'opec', fbi: 'fbi', 'federal bureau of investigation': 'fbi',
  'north korea': 'north korea', dprk: 'north korea', 'south korea': 'south korea',
  'al-qaeda': 'al qaeda', 'al-qaida': 'al qaeda', 'al qaeda': 'al qaeda', 'al qaida': 'al qaeda',
};

/** Words that precede a name without being part of it. */
const TITLES = new Set([
  'president', 'presidents', 'prime', 'minister', 'foreign', 'secretary', 'state', 'chancellor', 'premier',
  'mr', 'mrs', 'ms', 'dr', 'sen', 'senator', 'rep', 'gov', 'governor', 'gen', 'general', 'king', 'queen',
  'spokesman', 'spokeswoman', 'adviser', 'advisor', 'envoy', 'ambassador', 'leader', 'chief', 'vice',
  'national', 'security', 'kremlin', 'white', 'house', 'official', 'sir', 'lord', 'pope', 'judge',
]);

/** Capitalised words that are not names at a sentence start or in headlines. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'their', 'its',
  'this', 'that', 'these', 'those', 'there', 'in', 'on', 'at', 'for', 'of', 'to', 'as', 'by', 'with',
  'after', 'before', 'when', 'while', 'if', 'both', 'some', 'many', 'earlier', 'later', 'then', 'still',
  'however', 'meanwhile', 'despite', 'although', 'since', 'according', 'yet', 'any', 'all', 'no', 'not',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'sept', 'typically', 'it\'s', 'photos', 'negotiators', 'caught', 'amid', 'even', 'now', 'those',
]);

/** Months that are also surnames. */
const MONTH_WORDS = new Set(['april', 'may', 'june', 'august']);
/** Verbs after a name that make it someone speaking. */
const SPEAKS = /^(said|says|told|added|announced|insisted|warned|urged|stressed|went)$/;

/** A recognised name in a sentence. */
export interface Entity {
  /** Normalised keys: the alias target or the full name, plus the surname for personal names. */
  keys: string[];
  name: string;
  /** Token index range [first, last). */
  first: number;
  last: number;
  /** A known place or body (from the alias table): never a speaker. */
  place: boolean;
  /** Named with a title or as a two/three-word name: most likely a person. */
  person: boolean;
}

const CONNECTORS = new Set(['of', 'al', 'bin', 'de', 'van', 'von', 'la', 'le', 'da']);
const MAX_ALIAS_WORDS = 5;

/** Capitalised tokens that form one name run (no punctuation between them). */
function runEnd(toks: Token[], i: number): number {
  let j = i + 1;
  while (j < toks.length && !toks[j].sep) {
    const t = toks[j];
    const name = t.cap || /^g\d+$/.test(t.lower) || (t.num && toks[j - 1].lower === 'of');
    const link = CONNECTORS.has(t.lower) && (toks[j + 1]?.cap || toks[j + 1]?.num) && !toks[j + 1].sep;
    // A month inside a name is a name ("Theresa May", "Brian May"), unless a day follows ("Friday May 24").
    const monthName = MONTH_WORDS.has(t.lower) && !toks[j + 1]?.num;
    if (!(name || link) || (name && NOT_NAMES.has(t.lower) && !monthName)) break;
    j++;
  }
  return j;
}

/** First words of every alias: most capitalised words start none, and need no lookups. */
const ALIAS_FIRST = new Set(Object.keys(ALIASES).map((k) => k.split(' ')[0]));

/** Longest alias that starts at token i and ends by `end`: its key and length. */
function aliasAt(toks: Token[], i: number, end: number): { key: string; len: number } | undefined {
  if (!ALIAS_FIRST.has(toks[i].lower)) return undefined;
  for (let len = Math.min(MAX_ALIAS_WORDS, end - i); len >= 1; len--) {
    const key = ALIASES[toks.slice(i, i + len).map((t) => t.lower).join(' ')];
    if (key) return { key, len };
  }
  return undefined;
}

/**
 * Names in a sentence: runs of capitalised words ("Russian President Vladimir Putin") split into
 * known places or bodies (by alias: "Russian" -> russia) and the named person or thing that
 * follows its titles ("Vladimir Putin", keyed by surname), so spellings and titles do not matter.
 */
export function extractEntities(toks: Token[]): Entity[] {
  const out: Entity[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    // A capitalised month that speaks is a surname ("May said", "May told MPs").
    const speakingMonth = t.cap && MONTH_WORDS.has(t.lower) && SPEAKS.test(toks[i + 1]?.lower ?? '') && !toks[i + 1].sep;
    const startOk = !t.num && (t.cap || ALIASES[t.lower] !== undefined || (t.lower.charCodeAt(0) === 103 && /^g\d+$/.test(t.lower))) && ((!NOT_NAMES.has(t.lower) && !isStop(t.lower)) || speakingMonth);
    if (!startOk) { i++; continue; }
    const end = runEnd(toks, i);
    let pos = i;
    let titled = false;
    let titleStart = -1;
    while (pos < end) {
      const alias = aliasAt(toks, pos, end);
      if (alias) {
        const name = toks.slice(pos, pos + alias.len).map((x) => x.raw).join(' ');
        out.push({ keys: [alias.key], name, first: pos, last: pos + alias.len, place: true, person: false });
        pos += alias.len;
        titleStart = -1;
        continue;
      }
      if (TITLES.has(toks[pos].lower) || CONNECTORS.has(toks[pos].lower)) {
        if (titleStart < 0) titleStart = pos;
        titled ||= TITLES.has(toks[pos].lower);
        pos++;
        continue;
      }
      // A title inside the run ("Philippine President Rodrigo Duterte") splits off what precedes it.
      let lastTitle = -1;
      for (let k = pos; k < end; k++) if (TITLES.has(toks[k].lower) && k < end - 1) lastTitle = k;
      if (lastTitle > pos) {
        const pre = toks.slice(pos, lastTitle);
        out.push({ keys: [pre.map((x) => x.lower).join(' ')], name: pre.map((x) => x.raw).join(' '), first: pos, last: lastTitle, place: false, person: false });
        titleStart = lastTitle;
        pos = lastTitle + 1;
        titled = true;
      }
      // A known place inside the run ("Washington's Syria envoy") ends the name before it.
      let stop = pos + 1;
      while (stop < end && !aliasAt(toks, stop, end)) stop++;
      const words = toks.slice(pos, stop);
      const lower = words.map((x) => x.lower);
      const keys = [lower.join(' ')];
      // A surname stands for the person ("Obama"); a common last word does not stand for a
      // company or body ("Motors", "House"), or every "… Motors" would be one entity.
      if (lower.length > 1 && !isDictionaryWord(lower[lower.length - 1])) keys.push(lower[lower.length - 1]);
      out.push({
        keys,
        name: words.map((x) => x.raw).join(' '),
        // The titles belong to the name's span ("President Obama"), so they are not words of the claim.
        first: titled && titleStart >= 0 ? titleStart : pos,
        last: stop,
        place: false,
        // Two or three capitalised words ending in a surname, not a dictionary word ("Leaders Summit").
        person: titled || (lower.length >= 2 && lower.length <= 3 && !isDictionaryWord(lower[lower.length - 1])),
      });
      pos = stop;
      titled = false;
      titleStart = -1;
    }
    i = end;
  }
  return out;
}
