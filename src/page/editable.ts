/**
 * Editable text is never annotated: an editor's content belongs to the person typing, and a
 * highlight there would be saved with it or fight the editor. `designMode` documents and
 * contenteditable regions (including ones that become editable after we painted) count.
 */

/** True when `node` is inside an editable region of its document. */
export function isEditable(node: Node): boolean {
  const doc = node.ownerDocument;
  if (doc?.designMode === 'on') return true;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  const html = el as HTMLElement;
  if (typeof html.isContentEditable === 'boolean' && html.isContentEditable) return true;
  const host = el.closest('[contenteditable]');
  const value = host?.getAttribute('contenteditable');
  return value != null && value.toLowerCase() !== 'false';
}
