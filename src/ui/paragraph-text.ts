/**
 * Text of an element with its paragraph breaks kept. textContent glues paragraphs together
 * ("…last sentence.First sentence…"), which would merge sentences across paragraphs and
 * break the engine's per-paragraph splitting; so blocks are walked and joined by blank lines.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);
const BLOCK_SELECTOR = [...BLOCK_TAGS].map((t) => t.toLowerCase()).join(',');

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** Collect paragraphs under `node`: inline runs between block children are paragraphs too. */
function collect(node: Node, out: string[]): void {
  let run = '';
  const flush = () => {
    const text = run.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    run = '';
  };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      run += child.nodeValue ?? '';
    } else if (isElement(child)) {
      const tag = child.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        // A <br> ends a line: in article markup it separates paragraphs or verse lines.
        flush();
      } else if (BLOCK_TAGS.has(tag) || child.querySelector(BLOCK_SELECTOR)) {
        flush();
        collect(child, out);
      } else {
        run += textWithoutSkipped(child);
      }
    }
  }
  flush();
}

/** textContent minus scripts and styles that some pages leave inside inline elements. */
function textWithoutSkipped(el: Element): string {
  if (!el.querySelector('script,style,noscript,template')) return el.textContent ?? '';
  let text = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === TEXT_NODE) text += child.nodeValue ?? '';
    else if (isElement(child) && !SKIP_TAGS.has(child.tagName.toUpperCase())) text += textWithoutSkipped(child);
  }
  return text;
}

/** The paragraphs of an element, whitespace collapsed inside each. */
export function paragraphs(root: Element): string[] {
  const out: string[] = [];
  collect(root, out);
  return out;
}

/** The text of an element as paragraphs separated by blank lines. */
export function paragraphText(root: Element): string {
  return paragraphs(root).join('\n\n');
}
