/**
 * Finds the element that holds a page's article: the semantic container (articleBody, <article>,
 * <main>) when it holds most of the page's prose, else the deepest element that does. Prose is
 * counted per paragraph-like block with low link density, so menus and link lists weigh nothing.
 */
import { ELEMENT_NODE, TEXT_NODE, isBlock, isExcluded, tagOf } from './dom-rules';

/** A block counts as a prose paragraph from this many characters on. */
const MIN_PARAGRAPH = 80;
/** Fewer prose paragraphs / characters than this and the page is not an article. */
const MIN_PARAGRAPHS = 3;
const MIN_PROSE = 600;
/** A semantic container is taken when it holds this share of the page's prose. */
const SEMANTIC_SHARE = 0.5;
/** Among containers, the smallest one holding this share of the best one's prose wins. */
const NESTED_SHARE = 0.85;
/**
 * The fallback root: walk down from <body> while one child holds nearly all of the current
 * element's prose (so the walk stops where the story splits into sibling parts, as a paged or
 * "read more" story does) and still most of the page's.
 */
const DENSITY_STEP = 0.85;
const DENSITY_SHARE = 0.6;

interface BlockStats {
  chars: number;
  linkChars: number;
  punctuated: boolean;
}

/** Nodes visited between two pause points of the step-wise walks. */
export const STEP = 300;

/** Run a step-wise walk to its end at once (the command line, small pages). */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Characters of text per nearest block element, skipping excluded elements (yields every STEP nodes). */
function* collectBlocks(body: Element): Generator<void, Map<Element, BlockStats>> {
  const blocks = new Map<Element, BlockStats>();
  let visited = 0;
  function* visit(node: Node, block: Element, inLink: boolean): Generator<void> {
    if (++visited % STEP === 0) yield;
    if (node.nodeType === TEXT_NODE) {
      const text = (node as Text).data.replace(/\s+/g, ' ').trim();
      if (!text) return;
      let stats = blocks.get(block);
      if (!stats) blocks.set(block, (stats = { chars: 0, linkChars: 0, punctuated: false }));
      stats.chars += text.length + 1;
      if (inLink) stats.linkChars += text.length + 1;
      if (!stats.punctuated && /[.!?。！？]/.test(text)) stats.punctuated = true;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    if (isExcluded(el)) return;
    const next = isBlock(el) && tagOf(el) !== 'br' ? el : block;
    const link = inLink || tagOf(el) === 'a';
    for (const child of Array.from(el.childNodes)) yield* visit(child, next, link);
  }
  yield* visit(body, body, false);
  return blocks;
}

/** Prose characters per element (a paragraph's length counted in every ancestor). */
function proseByElement(blocks: Map<Element, BlockStats>): { prose: Map<Element, number>; paragraphs: number } {
  const prose = new Map<Element, number>();
  let paragraphs = 0;
  for (const [block, s] of blocks) {
    if (s.chars < MIN_PARAGRAPH || !s.punctuated || s.linkChars / s.chars >= 0.5) continue;
    paragraphs++;
    for (let el: Element | null = block; el; el = parentElementOf(el)) prose.set(el, (prose.get(el) ?? 0) + s.chars);
  }
  return { prose, paragraphs };
}

function parentElementOf(el: Element): Element | null {
  const parent = el.parentNode;
  return parent && parent.nodeType === ELEMENT_NODE ? (parent as Element) : null;
}

/** The smallest semantic container that holds most of the prose, if any does. */
function semanticRoot(doc: Document, prose: Map<Element, number>, total: number): Element | null {
  const found = Array.from(doc.querySelectorAll('[itemprop~="articleBody"], article, main, [role="main"]'))
    .map((el) => ({ el, prose: prose.get(el) ?? 0 }))
    .filter((c) => c.prose >= SEMANTIC_SHARE * total);
  if (!found.length) return null;
  const best = Math.max(...found.map((c) => c.prose));
  // Nested containers (main > article > articleBody): the innermost that still holds the story.
  const close = found.filter((c) => c.prose >= NESTED_SHARE * best);
  close.sort((a, b) => depth(b.el) - depth(a.el));
  return close[0].el;
}

function depth(el: Element): number {
  let d = 0;
  for (let p = parentElementOf(el); p; p = parentElementOf(p)) d++;
  return d;
}

/** The deepest element under `start` holding nearly all of its prose. */
function densestRoot(start: Element, prose: Map<Element, number>, total: number): Element {
  let root = start;
  for (;;) {
    const here = prose.get(root) ?? 0;
    const child = Array.from(root.children).find((c) => {
      const p = prose.get(c) ?? 0;
      return p >= DENSITY_STEP * here && p >= DENSITY_SHARE * total;
    });
    if (!child) return root;
    root = child;
  }
}

/** The element holding the page's article, or null when the page has too little prose to be one. */
export function findArticleRoot(doc: Document): Element | null {
  return drain(findArticleRootSteps(doc));
}

/** findArticleRoot as a step-wise walk: a huge page is read between the page's own tasks. */
export function* findArticleRootSteps(doc: Document): Generator<void, Element | null> {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const { prose, paragraphs } = proseByElement(yield* collectBlocks(body));
  yield;
  const total = prose.get(body) ?? 0;
  if (paragraphs < MIN_PARAGRAPHS || total < MIN_PROSE) return null;
  // A semantic container can still wrap galleries and "more on this story": narrow it the same way.
  return densestRoot(semanticRoot(doc, prose, total) ?? body, prose, total);
}
