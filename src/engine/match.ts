import { isClaimWorthy } from './text/boilerplate';
import { featuresInContext } from './claims/context';
import { primeAnalyses } from './claims/features';
import { isNearVerbatim } from './relate/copies';
import { emphasisRanges } from './relate/emphasis';
import { differentEvent, eventSignature } from './claims/event';
import { textHash } from './hash';
import { indexTerms } from './index/index-terms';
import { relate } from './relate/relation';
import { specificityFrom } from './relate/specificity';
import { otherEventsByConsensus, type ClaimMeetings } from './relate/story-dates';
import { matchIn, stemSet } from './relate/similarity';
import { queryTerms, retrieve } from './index/retrieve';
import type {
  ArticleRecord, ClaimFeatures, LibraryReader, Relation, LinkedClaim, PageContext, PageSentence, Quantity, SourceMatch, StoredClaim, Verdict,
} from './types';

/** Words of a candidate found in the claim, exactly or as a synonym (memoised per claim); a
 *  quantity of the same kind on both sides counts as one. Stops counting at two. */
function sharedWords(claim: ClaimFeatures, candidate: ClaimFeatures): number {
  const set = stemSet(claim);
  let n = claim.quantities.some((x) => candidate.quantities.some((y) => x.dim === y.dim)) ? 1 : 0;
  for (const w of candidate.stems) if (matchIn(w, set).score > 0 && ++n >= 2) break;
  return n;
}

/** The page's site as a reader names it ("cnn.com"), if its address has one. */
function hostName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined; // not an absolute address: no name, and no exception for the caller
  }
}

/** Candidates weighed per claim, best retrieval score first. */
const CANDIDATES = 6;
/** Most sources kept per claim (the best-matching first). */
const MAX_SOURCES = 5;

/** Least claims in a library for word rarity to say anything (the five seeds hold ~150). */
const RARITY_LIBRARY = 500;

/** A page with this many claims… */
const STORY_PAGE = 6;
/** …takes as sources only articles on the topic of at least this many of them. */
const STORY_SUPPORT = 2;

/** Share of the page's claims found verbatim in one article that makes it the page itself. */
const SELF_SHARE = 0.5;

interface PageClaim { id: string; text: string; features: ClaimFeatures; candidates: number[] }

/** Verbatim up to case and spacing: the same article read by two extractors. */
function squash(t: string): string {
  return t.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Does stored claim `s` repeat page claim `c` word for word? Lengths first: that is cheap. */
function sameSentence(c: PageClaim, s: StoredClaim): boolean {
  return Math.abs(s.text.length - c.text.length) <= 8 && (s.text === c.text || squash(s.text) === squash(c.text));
}

/** Article ids that are the page itself: same URL or text, or most of the page's first sentences
 *  and most of the article's found word for word. */
async function selfArticles(
  page: PageContext, claims: PageClaim[], all: PageSentence[], lib: LibraryReader, byKey: Map<number, StoredClaim>, read: Map<string, ArticleRecord>,
): Promise<Set<string>> {
  const self = new Set(await lib.findSelf({ url: page.url, textHash: textHash(all.map((s) => s.text).join('\n')) }));
  // Per article: how many page claims it repeats word for word (each claim counted once).
  const verbatim = new Map<string, number>();
  const lastClaim = new Map<string, number>();
  claims.forEach((c, i) => {
    // The page's own sentence ranks first or nearly so: the top three candidates are enough.
    for (let j = 0; j < Math.min(3, c.candidates.length); j++) {
      const s = byKey.get(c.candidates[j]);
      if (!s || lastClaim.get(s.articleId) === i || !sameSentence(c, s)) continue;
      lastClaim.set(s.articleId, i);
      verbatim.set(s.articleId, (verbatim.get(s.articleId) ?? 0) + 1);
    }
  });
  const likely = [...verbatim].filter(([, n]) => n >= 3 && n >= SELF_SHARE * Math.min(claims.length, 20));
  if (!likely.length) return self;
  // …and most of that article is on the page: a live blog quoting ten sentences of a long wire
  // story quotes a source; it is not that story (read only when some article is that close).
  for (const a of await lib.articles(likely.map(([id]) => id))) read.set(a.id, a);
  for (const [id, n] of likely) {
    const count = read.get(id)?.claimCount ?? 0;
    if (!count || n >= SELF_SHARE * count) self.add(id);
  }
  return self;
}

function verdictOf(sources: SourceMatch[]): Verdict {
  const c = sources.some((s) => s.relation === 'corroborates');
  const x = sources.some((s) => s.relation === 'conflicts');
  return c && x ? 'mixed' : x ? 'conflicted' : 'corroborated';
}

/** Earlier first: by published date where both dates are precise enough to tell, else by id. */
function earlier(a: ArticleRecord | undefined, b: ArticleRecord | undefined): number {
  const pa = a?.published ?? '';
  const pb = b?.published ?? '';
  if (pa && pb && !pa.startsWith(pb) && !pb.startsWith(pa)) return pa.localeCompare(pb);
  return (a?.id ?? '').localeCompare(b?.id ?? '');
}

/** Mark copies: a source worded like the page, or like an earlier source, is not independent. */
function markCopies(claimText: string, sources: SourceMatch[], arts: Map<string, ArticleRecord>, pageName: string): void {
  const order = [...sources].sort((x, y) => earlier(arts.get(x.articleId), arts.get(y.articleId)));
  for (let i = 0; i < order.length; i++) {
    const s = order[i];
    // A copy with one detail changed (a quote given to someone else) is a conflict: keep its reason.
    if (s.relation === 'conflicts') continue;
    if (isNearVerbatim(claimText, s.text)) {
      s.independent = false;
      s.copiedFrom = pageName;
      s.why = `same wording as ${pageName}: copied, not independent`;
      continue;
    }
    const orig = order.slice(0, i).find((o) => o.independent && isNearVerbatim(o.text, s.text));
    if (orig) {
      s.independent = false;
      s.copiedFrom = orig.outlet;
      s.why = `same wording as ${orig.outlet}: copied, not independent`;
    }
  }
}

/** A library article whose sentences on the page's facts were about another event (2015 Antalya vs 2016 Hangzhou). */
export interface OtherEventArticle {
  articleId: string;
  outlet: string;
  title: string;
  published?: string;
  /** The first reason seen ("about another event (2015, not 2016)"). */
  why: string;
}

/** A library article the matcher took for the page itself (never a source). */
export interface PageArticle {
  articleId: string;
  outlet: string;
  title: string;
}

/** `matchPage`'s claims, plus what the story view needs to list outlets apart. */
export interface PageMatch {
  claims: LinkedClaim[];
  /** Articles rejected only as another event, and not a source of any claim. */
  otherEvents: OtherEventArticle[];
  /** Stored articles that are the page itself (a copy "of this page" copies them). */
  pageArticles: PageArticle[];
}

/**
 * Match a page's sentences against a library: the claims that other articles also report, each
 * with its sources, relation, reason and independence. The page's own article is never a source.
 */
export async function matchPage(sentences: PageSentence[], page: PageContext, lib: LibraryReader): Promise<LinkedClaim[]> {
  return (await matchPageWithEvents(sentences, page, lib)).claims;
}

/** `matchPage`, also naming the articles set aside as another event and those that are the page itself. */
export async function matchPageWithEvents(sentences: PageSentence[], page: PageContext, lib: LibraryReader): Promise<PageMatch> {
  const others = new Map<string, OtherEventArticle>();
  // The first reason an article was set aside as another event is the one the story view shows.
  const noteOtherEvent = (art: ArticleRecord, why: string) => {
    if (!others.has(art.id)) others.set(art.id, { articleId: art.id, outlet: art.outlet, title: art.title, published: art.published, why });
  };
  const worthy = sentences.filter((s) => isClaimWorthy(s.text));
  const feats = featuresInContext(worthy.map((s) => s.text));
  const pageEvent = eventSignature({ published: page.published }, feats, worthy.map((s) => s.text), sentences.slice(0, 4).map((s) => s.text));
  const queries = feats.map((f) => queryTerms(indexTerms(f)));
  const allTerms = new Set<string>();
  for (const q of queries) for (const t of q.keys()) allTerms.add(t);
  const [postings, n] = await Promise.all([lib.postings([...allTerms]), lib.claimCount()]);
  // Rarity needs a library of several stories: in a few hundred claims of one story every story
  // word is common and every detail rare, and the check would refuse most of the story's links.
  const spec = n >= RARITY_LIBRARY ? specificityFrom(postings, n, feats) : undefined;
  const firstOf = new Map<string, number[]>();
  const claims: PageClaim[] = worthy.map((s, i) => {
    let candidates = firstOf.get(s.text);
    if (!candidates) firstOf.set(s.text, (candidates = retrieve(queries[i], postings, n)));
    return { id: s.id, text: s.text, features: feats[i], candidates };
  });
  // Only each claim's best CANDIDATES are read at first (they hold the top three the self check
  // reads); a claim that finds the page's own article among them reads the rest of its list. The
  // same candidates are kept as when every one is read, with about half the reads (a cold worker
  // reads each candidate's whole article row).
  const byKey = new Map<number, StoredClaim>();
  const asked = new Set<number>();
  const readClaims = async (keys: number[]): Promise<void> => {
    const fresh = keys.filter((k) => !asked.has(k) && asked.add(k));
    for (const s of await lib.claims(fresh)) byKey.set(s.key, s);
  };
  await readClaims(claims.flatMap((c) => c.candidates.slice(0, CANDIDATES)));
  // Articles already read (the self check reads its likely ones): not read twice.
  const arts = new Map<string, ArticleRecord>();
  const self = await selfArticles(page, claims, sentences, lib, byKey, arts);
  if (self.size) {
    await readClaims(claims.flatMap((c) => (c.candidates.slice(0, CANDIDATES).some((k) => self.has(byKey.get(k)?.articleId ?? '')) ? c.candidates : [])));
  }
  const unread = [...new Set([...byKey.values()].map((c) => c.articleId))].filter((id) => !arts.has(id));
  for (const a of await lib.articles(unread)) arts.set(a.id, a);
  const pageName = hostName(page.url) ?? 'this page';

  // The page's own article is known now: its sentences leave the candidate lists, and each claim
  // keeps its best few others, so a page's own near-identical sentences crowd nothing out.
  for (const c of claims) c.candidates = c.candidates.filter((k) => !self.has(byKey.get(k)?.articleId ?? '')).slice(0, CANDIDATES);
  type Found = { rel: Relation; s: StoredClaim; art: ArticleRecord };
  // First every claim weighs its candidates; then the links agree on the page's event (an undated
  // page or source is dated by the reports it shares facts with); then the cards are built.
  const weighed: Array<{ claim: PageClaim; best: Map<string, Found> }> = [];
  const meetings: ClaimMeetings[] = [];
  // A sentence repeated on the page (a headline echoed in the text) is weighed once.
  const firstClaim = new Map<string, PageClaim>();
  const repeats: Array<{ id: string; of: string }> = [];
  for (const c of claims) {
    if (firstClaim.has(c.text)) { repeats.push({ id: c.id, of: c.text }); continue; }
    firstClaim.set(c.text, c);
    const best = new Map<string, Found>();
    const otherEvent: string[] = [];
    const near: string[] = [];
    for (const k of c.candidates) {
      // Candidates come best first; a card needs a handful of sources, not every copy of them.
      if (best.size >= MAX_SOURCES) break;
      const s = byKey.get(k);
      const art = s && arts.get(s.articleId);
      if (!s || !art || self.has(art.id)) continue;
      // Cheap screen before the full relation: two shared words (or synonyms), or speech on both sides.
      if (!(s.features.speech.length && c.features.speech.length) && sharedWords(c.features, s.features) < 2) continue;
      // Every candidate on the claim's topic says which event the claim's neighbours are of.
      const elsewhere = differentEvent(c.features, pageEvent, s.features, art.event);
      (elsewhere ? otherEvent : near).push(art.id);
      // The very same sentence needs no weighing (it is marked as a copy below); another event still counts.
      const rel: Relation =
        s.text === c.text && !elsewhere
          ? { relation: 'corroborates', score: 1, why: 'same wording' }
          : relate({ text: c.text, features: c.features, event: pageEvent }, { text: s.text, features: s.features, event: art.event }, spec);
      if (rel.relation === 'unrelated') {
        if (rel.why.startsWith('about another event')) noteOtherEvent(art, rel.why);
        continue;
      }
      const slot = `${art.id}/${rel.relation}`;
      if ((best.get(slot)?.rel.score ?? -1) >= rel.score) continue;
      best.set(slot, { rel, s, art });
    }
    weighed.push({ claim: c, best });
    meetings.push({ linked: [...new Set([...best.values()].map((f) => f.art.id))], near, otherEvent });
  }
  const events = new Map([...arts.values()].map((a) => [a.id, a.event] as const));
  const apart = otherEventsByConsensus(pageEvent, meetings, events);
  for (const [id, why] of apart) {
    const art = arts.get(id);
    if (art) noteOtherEvent(art, why);
  }

  // One story: a source on the topic of a single sentence of a long page is another story that
  // happens to share a phrase ("stocks rose", "taken to hospital"), not a report of this one.
  const support = new Map<string, number>();
  // (A linked article is always among the claim's near candidates.)
  for (const m of meetings) for (const id of new Set(m.near)) support.set(id, (support.get(id) ?? 0) + 1);
  const offStory = new Set(weighed.length >= STORY_PAGE ? [...support].filter(([, k]) => k < STORY_SUPPORT).map(([id]) => id) : []);
  const out: LinkedClaim[] = [];
  const pending: Array<{ claim: PageClaim; sources: SourceMatch[] }> = [];
  const linkedByText = new Map<string, LinkedClaim>();
  for (const { claim: c, best } of weighed) {
    const kept = [...best.values()].filter((f) => !apart.has(f.art.id) && !offStory.has(f.art.id));
    if (!kept.length) continue;
    // Emphasis only for the sources kept: it re-reads the source sentence.
    const sources: SourceMatch[] = kept.map(({ rel, s, art }) => {
      const clash = rel.relation === 'conflicts' ? s.features.quantities.filter((q) => rel.why.includes(q.surface)) : [];
      return {
        articleId: art.id, outlet: art.outlet, title: art.title, published: art.published, url: art.url,
        text: s.text, relation: rel.relation as SourceMatch['relation'], score: rel.score, why: rel.why.replace('the source says', `${art.outlet} says`), independent: true,
        emphasis: [], // filled below, once every kept source sentence is analysed in one pass
        clash,
      };
    });
    sources.sort((x, y) => (x.relation === y.relation ? y.score - x.score : x.relation === 'conflicts' ? -1 : 1));
    markCopies(c.text, sources, arts, pageName);
    const linked = { id: c.id, text: c.text, verdict: verdictOf(sources), sources };
    linkedByText.set(c.text, linked);
    out.push(linked);
    pending.push({ claim: c, sources });
  }
  for (const r of repeats) {
    const again = linkedByText.get(r.of);
    if (again) out.push({ ...again, id: r.id });
  }
  // In page order, as the claims came (a repeated headline where it stands).
  const order = new Map(claims.map((c, i) => [c.id, i]));
  out.sort((x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0));
  // Emphasis re-reads each kept source sentence: tag them all at once (per-call cost dominates).
  primeAnalyses(pending.flatMap((p) => p.sources.map((s) => s.text)));
  for (const { claim, sources } of pending) {
    for (const s of sources as Array<SourceMatch & { clash?: Quantity[] }>) {
      s.emphasis = emphasisRanges(s.text, claim.features.stems, s.clash ?? []);
      delete s.clash;
    }
  }
  const sourced = new Set(out.flatMap((c) => c.sources.map((s) => s.articleId)));
  const missing = [...self].filter((id) => !arts.has(id));
  if (missing.length) for (const a of await lib.articles(missing)) arts.set(a.id, a);
  const pageArticles = [...self].flatMap((id) => {
    const art = arts.get(id);
    return art ? [{ articleId: id, outlet: art.outlet, title: art.title }] : [];
  });
  return { claims: out, otherEvents: [...others.values()].filter((o) => !sourced.has(o.articleId)), pageArticles };
}
