/**
 * Which parts of a page hold article prose. One rule set serves the region finder, the text map
 * and the command line, so the extension and `claimlens match` read exactly the same text.
 * Only DOM core APIs (tagName, getAttribute) are used: the command line runs them under linkedom.
 */

/** Site chrome, forms, code and non-text content: never part of the article's text. */
const SKIP_TAGS = new Set([
  'nav', 'aside', 'footer', 'header', 'form', 'input', 'textarea', 'select', 'option', 'button',
  'label', 'code', 'pre', 'script', 'style', 'noscript', 'svg', 'math', 'template', 'iframe',
  'object', 'embed', 'canvas', 'video', 'audio', 'dialog', 'head', 'title',
]);

/** Landmark roles that mean "chrome", whatever the tag. */
const SKIP_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar', 'tablist',
]);

/** Elements that end a run of text: sentences never run across them. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'li', 'main', 'ol', 'p',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'html',
  'img', 'picture',
]);

/** Lower-case tag name of an element (tagName is upper-case in HTML documents). */
export function tagOf(el: Element): string {
  return el.tagName.toLowerCase();
}

/** True for elements whose content is not article prose (chrome, forms, code, hidden, ours). */
export function isExcluded(el: Element): boolean {
  const tag = tagOf(el);
  if (SKIP_TAGS.has(tag)) return true;
  // Our own host element is never page text.
  if (tag.startsWith('claimlens-')) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  return role !== null && SKIP_ROLES.has(role.toLowerCase());
}

/** True for elements that separate paragraphs. */
export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(tagOf(el));
}

/** Node type constants, spelled out so the code does not need the `Node` global (linkedom). */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
