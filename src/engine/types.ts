/**
 * The engine's public data shapes. Everything here is plain data (JSON-serialisable), so it can
 * cross the extension's message channel and live in IndexedDB unchanged.
 */

/** What is known about one article, independent of its text. */
export interface ArticleMeta {
  /** Stable id: the file name without extension for corpus files, a text hash for added ones. */
  id: string;
  /** Outlet name; "unnamed outlet" when the source does not say. */
  outlet: string;
  title: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) or full ISO timestamp, when known. */
  published?: string;
  /** Where the reported event took place, when the metadata says it. */
  place?: string;
}

/** An article to analyse or add to the library. */
export interface ArticleInput extends ArticleMeta {
  text: string;
}

/** One sentence of a text, with its character offsets in that text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** A numeric quantity normalised to a range in a base unit ("more than an hour" -> (60, inf) min). */
export interface Quantity {
  /** Dimension: "duration" (minutes), "count" (of `noun`), "percent", "money", "year" … */
  dim: string;
  /** Base unit of lo/hi ("min", "people", "%", "usd" …). */
  unit: string;
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
  /** The words as written, for reasons ("ninety minutes"). */
  surface: string;
  /** Character offsets of `surface` in the sentence. */
  start: number;
  end: number;
  /** A duration that places something in time ("after an hour", "first in nine years"), not a measure of it. */
  ref?: boolean;
  /** Forecast, hoped for, or reported without being vouched for: nothing to contradict. */
  hedged?: boolean;
  /** Measures a change ("rose 3%"), not a level ("stands at 3%"). */
  change?: boolean;
  /** Names in the figure's clause: whose figure it is ("Japan fell 4.5%"). */
  about?: string[];
  /** Concepts of the words next to the figure in its clause: what it measures ("toll", "killed"). */
  measure?: string[];
  /** A figure fused to a noun as its modifier ("six-week strike", "four-year labor agreement"):
   *  the concepts of the noun phrase it modifies, the thing it is a figure of. */
  of?: string[];
}

/** A quotation or reported speech inside a sentence and who the text says said it. */
export interface Speech {
  /** Entity key of the speaker ("obama"), or undefined when the text does not say. */
  speaker?: string;
  /** Display form of the speaker ("Obama"). */
  speakerName?: string;
  /** Content stems of the quoted / reported words. */
  stems: string[];
  /** True when the words were inside quotation marks. */
  quoted: boolean;
  /** True when the sentence itself names the speaker (not a pronoun or a quote left to context). */
  named?: boolean;
  /** True when a pronoun was taken for the last person merely mentioned, not the last one who spoke:
   *  a guess too weak to accuse an outlet of misattribution. */
  guessed?: boolean;
  /** With no speaker named: the unnamed kind of person the attribution gives it to ("the Russian
   *  president said"): the person noun and the names around it ("president", "russia"). */
  role?: { head: string; names: string[]; text: string };
}

/** What the engine extracts from one sentence. */
export interface ClaimFeatures {
  /** Content-word stems (stop words removed), in order, duplicates kept out. */
  stems: string[];
  /** Normalised entity keys ("united states", "putin", "g20"). */
  entities: string[];
  /** Display names for entity keys, same order as `entities`. */
  entityNames: string[];
  quantities: Quantity[];
  /** Years mentioned (2016). */
  years: number[];
  /** Weekdays mentioned, 0 = Sunday. */
  weekdays: number[];
  /** Concepts a clause predicate negates ("failed to reach a deal" -> reach, deal; not the rest). */
  negated: string[];
  /** The heads those negations govern: "reach" in "failed to reach a deal", "agreement" in "without an agreement". */
  negatedHeads?: string[];
  /** Heads the sentence denies outright whatever its predicate ("surf, not a shark" -> shark; "no
   *  one was attacked" -> attack): absent when none. */
  deniedHeads?: string[];
  /** Content a negated clause adds after its negated phrase ("did not score in the semifinal" ->
   *  semifinal): what the negation may be about besides its head. */
  negatedClause?: string[];
  /** Nouns a negated verb takes ("did not improve survival" -> survival): a contradiction must
   *  deny what the other claim asserts of the same object. */
  negatedObjects?: string[];
  /** A negated clause speaks of a period, not an occasion ("had never reached a final before",
   *  "had not won since 1998"): a later report of the thing does not contradict it. */
  negatedPeriod?: boolean;
  /** Concepts of the clauses' predicates: verbs and what they take. */
  predicates?: string[];
  /** Concepts only forecast, hoped, planned, asked about or conditional: nothing asserted. */
  irrealis?: string[];
  /** Concepts reported without being asserted: a party's denial, a rumour, an allegation. */
  unasserted?: string[];
  speech: Speech[];
  /** Concepts of the attribution ("a senior official was quoted as saying", "according to TASS"):
   *  who said it and where, not the fact itself. */
  attribution?: string[];
  /** The person the claim opens with (its likely subject), when it opens with one. */
  subject?: string;
  /** The unnamed kind of person the claim opens with as its subject ("minist" in "The minister
   *  spoke …"), when it opens with one and names no one there. */
  actor?: string;
  /** Entity keys of people the claim is about (not its speakers): another person, another fact. */
  people?: string[];
  /** Stages of a series the sentence names ("round:1" for "the first round", "quarter:2"). */
  occasions?: string[];
  /** Number of word tokens, for length normalisation. */
  length: number;
}

/** The event an article reports on: used so claims about another event neither agree nor clash. */
export interface EventSignature {
  years: number[];
  places: string[];
  /** Places the opening sentences name ("in Hanoi"): evidence that two placed articles are one event. */
  mentions?: string[];
  /** "YYYY-MM-DD", or "--MM-DD" when only the month and day are known (a dateline without year). */
  date?: string;
  /** The stage of a series the article keeps to ("round:2", "quarter:1"), per kind of series. */
  occasions?: string[];
}

/** A claim as stored in a library. `key` is unique within that library. */
export interface StoredClaim {
  key: number;
  articleId: string;
  /** Position of the sentence in its article. */
  index: number;
  text: string;
  features: ClaimFeatures;
}

/** An article as stored in a library (its text is not needed to answer a page). */
export interface ArticleRecord extends ArticleMeta {
  event: EventSignature;
  /** Hash of the normalised text: the same article is never added twice, nor its own source. */
  textHash: string;
  claimCount: number;
  /** Epoch ms when added to the library. */
  added: number;
}

/** Result of analysing an article before it goes into a library. */
export interface AnalyzedArticle {
  record: ArticleRecord;
  /** Claims without keys; the library assigns them. */
  claims: Array<Omit<StoredClaim, 'key' | 'articleId'>>;
}

/** How two sentences relate. */
export type RelationLabel = 'corroborates' | 'conflicts' | 'unrelated';

/** A relation with its one-line reason. */
export interface Relation {
  relation: RelationLabel;
  /** Confidence 0..1 that the two sentences state the same fact. */
  score: number;
  why: string;
}

/** Overall verdict on one page claim. */
export type Verdict = 'corroborated' | 'conflicted' | 'mixed';

/** One source sentence linked to a page claim. */
export interface SourceMatch {
  articleId: string;
  outlet: string;
  title: string;
  published?: string;
  url?: string;
  /** The matching sentence in the source article. */
  text: string;
  relation: 'corroborates' | 'conflicts';
  score: number;
  why: string;
  /** False when this sentence is a near-verbatim copy of the page or of an earlier source. */
  independent: boolean;
  /** Outlet (or article id) this sentence was copied from / shares its wording with. */
  copiedFrom?: string;
  /** Character ranges of `text` that differ from the claim, for emphasis in the card. */
  emphasis: Array<[number, number]>;
}

/** A page sentence with at least one linked source. */
export interface LinkedClaim {
  /** The id the caller gave the sentence (unique on the page). */
  id: string;
  text: string;
  verdict: Verdict;
  sources: SourceMatch[];
}

/** A sentence sent for matching, with an id chosen by the caller. */
export interface PageSentence {
  id: string;
  text: string;
}

/** What is known of the page being read, besides its sentences. */
export interface PageContext {
  url?: string;
  title?: string;
  published?: string;
}

/**
 * Read access to a library's index. The engine's MemoryLibrary and the extension's IndexedDB
 * store both implement it, so the same matcher answers the command line and the browser.
 */
export interface LibraryReader {
  /** Number of claims in the library (for IDF). */
  claimCount(): Promise<number>;
  /** Claim keys per term (only the terms asked for; missing terms are absent). */
  postings(terms: string[]): Promise<Map<string, number[]>>;
  claims(keys: number[]): Promise<StoredClaim[]>;
  articles(ids: string[]): Promise<ArticleRecord[]>;
  /** Article ids whose url or text hash equals the page's (the page is never its own source). */
  findSelf(page: { url?: string; textHash?: string }): Promise<string[]>;
}

/** A library index serialised as one plain object (the seed pack, export files). */
export interface LibraryPack {
  format: 'claimlens-pack';
  version: 1;
  articles: ArticleRecord[];
  claims: StoredClaim[];
  /** Optional: full texts, so an export can be re-analysed by a newer engine. */
  texts?: Record<string, string>;
}
