/**
 * The article's text as one string, with a map from every character back to the text node it
 * came from. Pure offset work (rangesFor) stays separate from the DOM walk (buildTextMap), in the
 * manner of hypothesis/client, so sentences found in the string can be painted back on the page.
 */
import { ELEMENT_NODE, TEXT_NODE, isBlock, isExcluded, tagOf } from './dom-rules';
import { pagePublished, pageTitle, pageUrl } from './page-meta';
import { drain, findArticleRoot, STEP } from './region';

/** One text node's share of the mapped text: `text.slice(start, end)` is the node's data. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

/** The text of a region and where each character of it lives. */
export interface TextMap {
  text: string;
  /** In document order, non-overlapping, increasing `start`. */
  pieces: TextPiece[];
}

/** A part of one text node, in that node's own offsets. */
export interface NodeRange {
  node: Text;
  start: number;
  end: number;
}

const PARAGRAPH_BREAK = '\n\n';

/**
 * Blocks whose every word is inside a link: related-story lists, menus, "read more" teasers.
 * They are navigation, not the article's statements, so the text map leaves them out.
 */
function* linkOnlyBlocks(root: Element): Generator<void, Set<Element>> {
  const out = new Set<Element>();
  let visited = 0;
  // Bit 1: some text; bit 2: some text outside any link.
  function* flags(node: Node, inLink: boolean): Generator<void, number> {
    if (++visited % STEP === 0) yield;
    if (node.nodeType === TEXT_NODE) return /\S/.test((node as Text).data) ? (inLink ? 1 : 3) : 0;
    if (node.nodeType !== ELEMENT_NODE || isExcluded(node as Element)) return 0;
    const el = node as Element;
    const link = inLink || tagOf(el) === 'a';
    let f = 0;
    for (const child of Array.from(el.childNodes)) f |= yield* flags(child, link);
    if (f === 1 && isBlock(el)) out.add(el);
    return f;
  }
  for (const child of Array.from(root.childNodes)) yield* flags(child, false);
  return out;
}

/**
 * Read the text under `root` in document order. Line breaks inside a text node become spaces
 * (same length, so offsets stay exact: the sentence splitter treats "\n" as a paragraph end, and
 * HTML source wraps lines anywhere); "\n\n" goes between blocks so sentences never cross them.
 */
export function buildTextMap(root: Element): TextMap {
  return drain(buildTextMapSteps(root));
}

/** buildTextMap as a step-wise walk (yields every STEP nodes), for huge pages. */
export function* buildTextMapSteps(root: Element): Generator<void, TextMap> {
  const parts: string[] = [];
  const pieces: TextPiece[] = [];
  let length = 0;
  let pendingBreak = false;
  let visited = 0;
  const linkOnly = yield* linkOnlyBlocks(root);
  function* visit(node: Node): Generator<void> {
    if (++visited % STEP === 0) yield;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (!data) return;
      // Indentation between blocks is not text anyone reads; inside a line it is kept.
      if ((pendingBreak || length === 0) && !/\S/.test(data)) return;
      if (pendingBreak && length > 0) {
        parts.push(PARAGRAPH_BREAK);
        length += PARAGRAPH_BREAK.length;
      }
      pendingBreak = false;
      parts.push(data.replace(/[\n\r\t\f\v]/g, ' '));
      pieces.push({ node: node as Text, start: length, end: length + data.length });
      length += data.length;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE || isExcluded(node as Element) || linkOnly.has(node as Element)) return;
    const block = isBlock(node as Element);
    if (block) pendingBreak = true;
    for (const child of Array.from(node.childNodes)) yield* visit(child);
    if (block) pendingBreak = true;
  }
  for (const child of Array.from(root.childNodes)) yield* visit(child);
  return { text: parts.join(''), pieces };
}

/** Index of the first piece whose end is after `offset` (binary search). */
function firstPieceEndingAfter(pieces: TextPiece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The parts of text nodes that hold `map.text.slice(start, end)`, in document order. */
export function rangesFor(map: TextMap, start: number, end: number): NodeRange[] {
  const out: NodeRange[] = [];
  for (let i = firstPieceEndingAfter(map.pieces, start); i < map.pieces.length; i++) {
    const piece = map.pieces[i];
    if (piece.start >= end) break;
    const from = Math.max(start, piece.start) - piece.start;
    const to = Math.min(end, piece.end) - piece.start;
    if (to > from) out.push({ node: piece.node, start: from, end: to });
  }
  return out;
}

/** Mapped text made readable: whitespace runs collapsed, one paragraph per "\n\n". */
export function readableText(text: string): string {
  return text
    .split(PARAGRAPH_BREAK)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(PARAGRAPH_BREAK);
}

/**
 * The article text of a document exactly as the content script reads it (same region, same
 * text map), for the command line. Null when the page holds no article.
 */
export function extractPageText(doc: Document): { text: string; title: string; published?: string; url?: string } | null {
  const root = findArticleRoot(doc);
  if (!root) return null;
  const text = readableText(buildTextMap(root).text);
  if (!text) return null;
  return { text, title: pageTitle(doc), published: pagePublished(doc), url: pageUrl(doc) };
}
