/**
 * Receipt checks for every request of the protocol. A message is plain data from another
 * context (a content script runs next to an untrusted page), so each field's type and size is
 * checked, and only the known fields are copied into the message the handler sees.
 */
import type { ArticleInput, PageContext, PageSentence } from '../engine/types';
import type { BackgroundRequests, BackgroundType, CardEvent, CardRequests, ContentRequests, ContentType, ImportItem, Message, ReadingSettings } from './protocol';

/** Size limits of requests. Generous for real articles, small enough to keep a worker responsive. */
export const LIMITS = {
  /** Sentences in one match request. */
  sentences: 2000,
  /** Characters in one page sentence. */
  sentenceChars: 10_000,
  /** Characters of one article's text. */
  articleChars: 200_000,
  /** Characters of all the sentences of one match request. */
  pageChars: 500_000,
  /** Articles in one addMany request. */
  addMany: 2000,
  /** Characters of all the texts of one addMany request (Chrome caps a message at 64 MiB of JSON). */
  addManyChars: 32_000_000,
  /** Ids in one delete request. */
  deleteIds: 10_000,
  /** Articles in one import: a year of heavy reading, well beyond it. */
  importTotal: 1_000_000,
  /** Items in one library.import.items request, and their characters in all. */
  importItems: 2000,
  importItemsChars: 32_000_000,
  /** Ids (article ids, page sentence ids, claim ids). */
  idChars: 200,
  /** Titles, outlet names and places. */
  nameChars: 1000,
  urlChars: 4096,
  dateChars: 64,
  /** A DNS name is at most 253 characters. */
  hostChars: 253,
  /** Sites in the reader's never-add list. */
  neverSites: 1000,
  /** The smallest maximum library size a reader can set. */
  minLibrary: 10,
} as const;

/** A refusal, with the path of the field at fault in its message. */
class Invalid extends Error {}

type Fields = Record<string, unknown>;

function fields(v: unknown, path: string): Fields {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Invalid(`${path} must be an object`);
  return v as Fields;
}

function str(v: unknown, path: string, max: number, nonEmpty = false): string {
  if (typeof v !== 'string') throw new Invalid(`${path} must be a string`);
  if (v.length > max) throw new Invalid(`${path} is longer than ${max} characters`);
  if (nonEmpty && !v.trim()) throw new Invalid(`${path} must not be empty`);
  return v;
}

function optStr(v: unknown, path: string, max: number): string | undefined {
  return v === undefined || v === null ? undefined : str(v, path, max);
}

function list(v: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(v)) throw new Invalid(`${path} must be an array`);
  if (v.length > max) throw new Invalid(`${path} has more than ${max} items`);
  return v;
}

function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') throw new Invalid(`${path} must be true or false`);
  return v;
}

/** Copy only the defined optional fields (IndexedDB and the engine treat absent and undefined alike, JSON does not). */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function article(v: unknown, path: string): ArticleInput {
  const a = fields(v, path);
  return defined({
    id: str(a.id, `${path}.id`, LIMITS.idChars),
    outlet: str(a.outlet ?? '', `${path}.outlet`, LIMITS.nameChars),
    title: str(a.title ?? '', `${path}.title`, LIMITS.nameChars),
    url: optStr(a.url, `${path}.url`, LIMITS.urlChars),
    published: optStr(a.published, `${path}.published`, LIMITS.dateChars),
    place: optStr(a.place, `${path}.place`, LIMITS.nameChars),
    text: str(a.text, `${path}.text`, LIMITS.articleChars),
  });
}

function sentence(v: unknown, path: string): PageSentence {
  const s = fields(v, path);
  return { id: str(s.id, `${path}.id`, LIMITS.idChars, true), text: str(s.text, `${path}.text`, LIMITS.sentenceChars) };
}

function page(v: unknown, path: string): PageContext {
  const p = fields(v ?? {}, path);
  return defined({
    url: optStr(p.url, `${path}.url`, LIMITS.urlChars),
    title: optStr(p.title, `${path}.title`, LIMITS.nameChars),
    published: optStr(p.published, `${path}.published`, LIMITS.dateChars),
  });
}

function pageSentences(v: unknown): PageSentence[] {
  const sentences = list(v, 'sentences', LIMITS.sentences).map((s, i) => sentence(s, `sentences[${i}]`));
  const seen = new Set<string>();
  let chars = 0;
  for (const s of sentences) {
    if (seen.has(s.id)) throw new Invalid(`sentences: id "${s.id}" is used twice`);
    seen.add(s.id);
    chars += s.text.length;
  }
  if (chars > LIMITS.pageChars) throw new Invalid(`sentences have more than ${LIMITS.pageChars} characters in all`);
  return sentences;
}

function articles(v: unknown): ArticleInput[] {
  const all = list(v, 'articles', LIMITS.addMany).map((a, i) => article(a, `articles[${i}]`));
  const chars = all.reduce((n, a) => n + a.text.length, 0);
  if (chars > LIMITS.addManyChars) throw new Invalid(`articles have more than ${LIMITS.addManyChars} characters in all: import them in smaller batches`);
  return all;
}

function nonNegativeInt(v: unknown, path: string, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) throw new Invalid(`${path} must be a whole number from 0 to ${max}`);
  return v;
}

/** A readable name for an import item that failed its checks (its title, id or first words). */
function itemName(v: unknown): string {
  const a = (typeof v === 'object' && v !== null ? v : {}) as Fields;
  const pick = (x: unknown) => (typeof x === 'string' ? x.trim() : '');
  return (pick(a.title) || pick(a.id) || pick(a.text).slice(0, 80) || 'untitled').slice(0, 200);
}

/**
 * Import items, each checked ON ITS OWN: an article that fails (too long, a field of the wrong
 * type) becomes an `invalid` item with the reason, named by its file position, and the others go on.
 */
function importItems(v: unknown): ImportItem[] {
  const items = list(v, 'items', LIMITS.importItems).map((raw, i): ImportItem => {
    const it = fields(raw, `items[${i}]`);
    const position = nonNegativeInt(it.position, `items[${i}].position`, LIMITS.importTotal);
    if (it.invalid !== undefined) {
      const bad = fields(it.invalid, `items[${i}].invalid`);
      return { position, invalid: { title: itemName(bad), reason: str(bad.reason, `items[${i}].invalid.reason`, LIMITS.nameChars) } };
    }
    try {
      return { position, article: article(it.article, 'article') };
    } catch (err) {
      if (!(err instanceof Invalid)) throw err;
      return { position, invalid: { title: itemName(it.article), reason: err.message } };
    }
  });
  const chars = items.reduce((n, it) => n + ('article' in it ? it.article.text.length : 0), 0);
  if (chars > LIMITS.importItemsChars) throw new Invalid(`items have more than ${LIMITS.importItemsChars} characters in all: send them in smaller batches`);
  return items;
}

type Checkers<M> = { [K in keyof M]: (m: Fields) => M[K] extends { req: infer R } ? R : never };

const backgroundCheckers: Checkers<BackgroundRequests> = {
  match: (m) => ({
    sentences: pageSentences(m.sentences),
    page: page(m.page, 'page'),
  }),
  'library.list': () => ({}),
  'library.add': (m) => ({ article: article(m.article, 'article') }),
  'library.addMany': (m) => ({ articles: articles(m.articles) }),
  'library.delete': (m) => ({
    ids: list(m.ids, 'ids', LIMITS.deleteIds).map((id, i) => str(id, `ids[${i}]`, LIMITS.idChars)),
  }),
  'library.export': () => ({}),
  'library.import.begin': (m) => ({ total: nonNegativeInt(m.total, 'total', LIMITS.importTotal) }),
  'library.import.items': (m) => ({ job: str(m.job, 'job', LIMITS.idChars, true), items: importItems(m.items) }),
  'library.import.start': (m) => ({ job: str(m.job, 'job', LIMITS.idChars, true) }),
  'library.delete.begin': (m) => (m.ids === undefined ? {} : {
    ids: list(m.ids, 'ids', LIMITS.importTotal).map((id, i) => str(id, `ids[${i}]`, LIMITS.idChars)),
  }),
  'library.job.cancel': (m) => ({ job: str(m.job, 'job', LIMITS.idChars, true) }),
  'library.jobs': () => ({}),
  'debug.stats': () => ({}),
  'site.get': (m) => ({ host: str(m.host, 'host', LIMITS.hostChars, true) }),
  'site.set': (m) => ({ host: str(m.host, 'host', LIMITS.hostChars, true), paused: bool(m.paused, 'paused') }),
  'site.autoAdd': (m) => ({ host: str(m.host, 'host', LIMITS.hostChars, true), on: m.on === null ? null : bool(m.on, 'on') }),
  'reading.settings.get': () => ({}),
  'reading.settings.set': (m) => readingSettings(m),
  'page.read': () => ({}),
  'library.byUrl': (m) => ({ url: str(m.url, 'url', LIMITS.urlChars, true) }),
  'library.undoRead': (m) => ({ id: str(m.id, 'id', LIMITS.idChars, true) }),
};

/** A partial ReadingSettings: each field present is checked; the size of the library is bounded. */
function readingSettings(m: Fields): Partial<ReadingSettings> {
  const out: Partial<ReadingSettings> = {};
  if (m.autoAdd !== undefined) out.autoAdd = bool(m.autoAdd, 'autoAdd');
  if (m.maxArticles !== undefined) {
    const n = Number(m.maxArticles);
    if (!Number.isInteger(n) || n < LIMITS.minLibrary || n > LIMITS.importTotal) {
      throw new Invalid(`maxArticles must be a whole number from ${LIMITS.minLibrary} to ${LIMITS.importTotal}`);
    }
    out.maxArticles = n;
  }
  if (m.neverSites !== undefined) {
    out.neverSites = list(m.neverSites, 'neverSites', LIMITS.neverSites).map((h, i) => str(h, `neverSites[${i}]`, LIMITS.hostChars, true));
  }
  return out;
}

const CARD_EVENTS = new Set(['ready', 'size', 'close']);

function cardEvent(m: Fields): CardEvent {
  const event = str(m.event, 'event', 10);
  if (!CARD_EVENTS.has(event)) throw new Invalid('event must be ready, size or close');
  const height = m.height === undefined ? undefined : Number(m.height);
  if (height !== undefined && !(Number.isFinite(height) && height >= 0 && height <= 10_000)) throw new Invalid('height must be a number of pixels');
  return defined({ token: str(m.token, 'token', LIMITS.idChars, true), event: event as CardEvent['event'], height });
}

const contentCheckers: Checkers<ContentRequests> = {
  'page.state': () => ({}),
  'page.scrollTo': (m) => ({ claimId: str(m.claimId, 'claimId', LIMITS.idChars, true) }),
  'page.refresh': () => ({}),
  'page.card': cardEvent,
};

const cardCheckers: Checkers<CardRequests> = { 'card.relay': cardEvent };

function check<T extends string>(
  checkers: Record<T, (m: Fields) => object>,
  msg: unknown,
): { ok: true; msg: { type: T } } | { ok: false; error: string } {
  let type = 'request';
  try {
    const m = fields(msg, 'request');
    if (typeof m.type !== 'string') throw new Invalid('request has no type');
    if (!Object.prototype.hasOwnProperty.call(checkers, m.type)) throw new Invalid(`unknown request type "${m.type.slice(0, 50)}"`);
    type = m.type;
    return { ok: true, msg: { ...checkers[type as T](m), type: type as T } };
  } catch (err) {
    if (!(err instanceof Invalid)) throw err;
    return { ok: false, error: type === 'request' ? err.message : `${type}: ${err.message}` };
  }
}

/** Check a request to the background; returns a clean copy with only the known fields. */
export function validateBackgroundRequest(msg: unknown): { ok: true; msg: Message<BackgroundType> } | { ok: false; error: string } {
  return check(backgroundCheckers, msg) as { ok: true; msg: Message<BackgroundType> } | { ok: false; error: string };
}

/** Check a request to a content script; returns a clean copy with only the known fields. */
export function validateContentRequest(msg: unknown): { ok: true; msg: Message<ContentType> } | { ok: false; error: string } {
  return check(contentCheckers, msg) as { ok: true; msg: Message<ContentType> } | { ok: false; error: string };
}

/** Check a request of the card frame to the background. */
export function validateCardRequest(msg: unknown): { ok: true; msg: Message<'card.relay'> } | { ok: false; error: string } {
  return check(cardCheckers, msg) as { ok: true; msg: Message<'card.relay'> } | { ok: false; error: string };
}
