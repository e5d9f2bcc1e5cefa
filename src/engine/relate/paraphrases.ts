import { stem } from '../text/tokens';

/**
 * Newsroom paraphrases WordNet does not pair (its first senses of "deal" are about trade, of
 * "talks" about speech): words that news reports use for one another when telling the same
 * event. Small and general on purpose; a word maps to every group it is in.
 */
const GROUPS = [
  'deal agreement accord pact settlement',
  'talks negotiations deliberations discussions',
  'meeting talks session encounter',
  'reporters journalists media press',
  'resume reconvene return restart',
  'ease reduce de-escalate defuse calm lower',
  'soon shortly imminently',
  'failed collapsed',
  'killed dead died',
  'injured wounded hurt',
  'said stated told added',
  'agreed consented accepted',
  'officials authorities',
  'cease-fire ceasefire truce',
  'attack assault strike raid',
  'troops soldiers forces',
  'announce declare unveil',
  'elect vote',
  'rise increase climb grow jump',
  'fall drop decline decrease slide',
  'raise hike lift increase',
  'unveil launch introduce debut',
  'walkout strike stoppage',
  'expect anticipate',
  'gradual gradually slow slowly',
  'back support endorse',
];

let table: Map<string, Set<string>> | undefined;

function build(): Map<string, Set<string>> {
  const t = new Map<string, Set<string>>();
  for (const g of GROUPS) {
    const stems = g.split(' ').map((w) => stem(w));
    for (const s of stems) {
      const set = t.get(s) ?? new Set<string>();
      for (const o of stems) if (o !== s) set.add(o);
      t.set(s, set);
    }
  }
  return t;
}

/** Stems that news reports use interchangeably with `s` (beyond WordNet's synonyms). */
export function paraphrasesOf(s: string): ReadonlySet<string> {
  table ??= build();
  return table.get(s) ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();
