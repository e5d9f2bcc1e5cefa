/**
 * Deterministic generator of a synthetic news library for the benchmark: articles on many topics,
 * each with its own cast of people, organisations and places, 15–40 sentences, plus a share of
 * articles about the seed story (recombined, perturbed seed sentences and story templates).
 */
import type { ArticleInput } from '../../src/engine/types';
import { Rng } from './rng';
import { perturb, seedSentences, STORY_EVENTS, STORY_TEMPLATES, SUMMITS } from './seed-story';
import { BASE_TOPICS } from './topics';
import { MORE_TOPICS } from './topics-more';
import { CITIES, FIRST, LAST, OUTLETS, SYLLABLES, type Topic } from './vocab';

const TOPICS: Topic[] = [...BASE_TOPICS, ...MORE_TOPICS];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORG_SUFFIX = ['Group', 'Holdings', 'Systems', 'Labs', 'Energy', 'Bank', 'Motors', 'Foods', 'Health', 'Capital', 'Networks', 'Airlines'];
// Page chrome that real captures contain; the engine must drop it.
const CHROME = ['Advertisement', 'Share this article', 'Read more', 'Sign up for our newsletter', 'Updated 10:42 GMT, 5 March 2021'];

/** An invented proper noun of 2–3 syllables ("Korbelun"). */
function coined(rng: Rng): string {
  const n = rng.int(2, 3);
  let w = '';
  for (let i = 0; i < n; i++) w += rng.pick(SYLLABLES);
  return w[0].toUpperCase() + w.slice(1);
}

/** The people, organisations and places one article is about. */
interface Cast { people: string[]; orgs: string[]; place: string; town: string }

function person(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

function castFor(rng: Rng): Cast {
  return {
    people: Array.from({ length: rng.int(2, 4) }, () => person(rng)),
    orgs: Array.from({ length: 2 }, () => `${coined(rng)} ${rng.pick(ORG_SUFFIX)}`),
    place: rng.zipf(CITIES),
    town: coined(rng),
  };
}

/** Fill one template: `[a|b]` variants first, then `{SLOT}` values. */
export function fill(template: string, rng: Rng, cast: Cast, slots: Record<string, string[]>): string {
  let s = template.replace(/\[([^\]]*)\]/g, (_, alts: string) => rng.pick(alts.split('|')));
  s = s.replace(/\[([^\]]*)\]/g, (_, alts: string) => rng.pick(alts.split('|'))); // variants inside slot values
  s = s.replace(/\{([A-Z0-9]+)\}/g, (_, k: string) => slotValue(k, rng, cast, slots));
  s = s.replace(/\[([^\]]*)\]/g, (_, alts: string) => rng.pick(alts.split('|')));
  return s[0].toUpperCase() + s.slice(1);
}

function slotValue(k: string, rng: Rng, cast: Cast, slots: Record<string, string[]>): string {
  switch (k) {
    case 'P': return rng.next() < 0.3 ? rng.pick(cast.people).split(' ')[1] : rng.pick(cast.people);
    case 'NEWP': return person(rng);
    case 'ORG': return cast.orgs[0];
    case 'ORG2': return cast.orgs[1];
    case 'PLACE': return cast.place;
    case 'TOWN': return rng.next() < 0.7 ? cast.town : coined(rng);
    case 'N': return String(rng.int(2, 60));
    case 'BIG': return rng.int(1, 900).toLocaleString('en-US') + (rng.next() < 0.5 ? ',000' : '');
    case 'PCT': return `${rng.int(1, 40)}.${rng.int(0, 9)} percent`;
    case 'MONEY': return `$${rng.int(1, 999)}${rng.next() < 0.5 ? '.' + rng.int(1, 9) : ''} ${rng.pick(['million', 'billion', 'thousand'])}`;
    case 'DAY': return rng.pick(DAYS);
    case 'MONTH': return rng.pick(MONTHS);
    case 'YEAR': return String(rng.int(1995, 2030));
    case 'TIME': return `${rng.int(1, 12)}:${String(rng.int(0, 59)).padStart(2, '0')} ${rng.pick(['a.m.', 'p.m.'])}`;
    default: return slots[k] ? rng.pick(slots[k]) : k;
  }
}

function date(rng: Rng, year?: number): string {
  const y = year ?? rng.int(2012, 2025);
  return `${y}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

/** Paragraphs of 1–4 sentences, with page chrome now and then. */
function layout(sentences: string[], rng: Rng): string {
  const paras: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const n = rng.int(1, 4);
    paras.push(sentences.slice(i, i + n).join(' '));
    i += n;
    if (rng.next() < 0.08) paras.push(rng.pick(CHROME));
  }
  return paras.join('\n\n');
}

/** One article on an ordinary topic. */
export function topicArticle(id: string, rng: Rng): ArticleInput {
  const topic = rng.pick(TOPICS);
  const cast = castFor(rng);
  const n = rng.int(15, 40);
  const sentences = Array.from({ length: n }, () => fill(rng.pick(topic.templates), rng, cast, topic.slots));
  const title = fill(rng.pick(topic.titles), rng, cast, { ...topic.slots, TEAM: topic.slots.TEAM ?? ['Team'] });
  return { id, outlet: rng.pick(OUTLETS), title, published: date(rng), place: cast.place, text: `${title}\n\n${layout(sentences, rng)}` };
}

/** One sentence on a random topic with a throwaway cast (background lines in story articles). */
function topicSentence(rng: Rng): string {
  const topic = rng.pick(TOPICS);
  return fill(rng.pick(topic.templates), rng, castFor(rng), topic.slots);
}

let seedPool: string[] | undefined;

/** One article about the seed story, at one of its summits. */
export function storyArticle(id: string, rng: Rng): ArticleInput {
  seedPool ??= seedSentences();
  const summit = rng.next() < 0.6 ? SUMMITS[0] : rng.pick(SUMMITS);
  const [a, b] = rng.next() < 0.5 ? ['Obama', 'Putin'] : ['Putin', 'Obama'];
  const cast: Cast = { people: ['Barack Obama', 'Vladimir Putin', 'John Kerry', 'Sergei Lavrov'], orgs: ['the Kremlin', 'the White House'], place: summit.place, town: summit.place };
  const slots = { A: [a], B: [b], S: [summit.place], MIN: ['20', '35', '90', 'ninety', '40', '60'], EVENT: STORY_EVENTS };
  const n = rng.int(15, 40);
  const sentences: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.55) sentences.push(perturb(rng.pick(seedPool), rng));
    else if (r < 0.85) sentences.push(fill(rng.pick(STORY_TEMPLATES), rng, cast, slots));
    else sentences.push(topicSentence(rng));
  }
  const title = `${a} and ${b} ${rng.pick(['meet', 'hold talks', 'discuss Syria', 'clash over Syria'])} at G20 in ${summit.place}`;
  return {
    id, outlet: rng.pick(OUTLETS), title, published: date(rng, summit.year), place: summit.place,
    text: `${title}\n\n${layout(sentences, rng)}`,
  };
}

/** The bench library: `count` articles, every `storyEvery`-th one about the seed story. */
export function generateLibrary(count: number, seed = 20160905, storyEvery = 10): ArticleInput[] {
  const rng = new Rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const id = `bench-${String(i).padStart(5, '0')}`;
    return i % storyEvery === storyEvery - 1 ? storyArticle(id, rng) : topicArticle(id, rng);
  });
}

/** A long page (about `words` words) mixing seed-story and other sentences, not in the library. */
export function generatePage(words: number, seed = 7): string {
  const rng = new Rng(seed);
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < words; i++) {
    const art = i % 3 === 0 ? storyArticle(`page-${i}`, rng) : topicArticle(`page-${i}`, rng);
    const body = art.text.split('\n\n').slice(1).join('\n\n');
    parts.push(body);
    total += body.split(/\s+/).length;
  }
  return parts.join('\n\n');
}
