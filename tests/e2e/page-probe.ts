/**
 * Reads what the extension did to a page: its marks, its card (through the closed shadow root,
 * via the DevTools protocol, which page scripts cannot use), and the page text without our work.
 */
import type { Page } from 'playwright-core';
import { poll } from './extension-api';

/** One `claimlens-mark` element as the page's DOM shows it. */
export interface MarkInfo {
  claim: string | null;
  verdict: string | null;
  tabindex: string | null;
  label: string | null;
  role: string | null;
  text: string;
  /** True when the mark sits inside the page's <article>. */
  inArticle: boolean;
}

/** All marks on the page, in document order. */
export function readMarks(page: Page): Promise<MarkInfo[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('claimlens-mark')].map((m) => ({
      claim: m.getAttribute('data-claim'),
      verdict: m.getAttribute('data-verdict'),
      tabindex: m.getAttribute('tabindex'),
      label: m.getAttribute('aria-label') ?? m.getAttribute('aria-labelledby'),
      role: m.getAttribute('role'),
      text: m.textContent ?? '',
      inArticle: Boolean(m.closest('article')),
    })),
  );
}

/** Wait until at least `min` marks are on the page. */
export function waitForMarks(page: Page, min = 1, timeoutMs = 30_000): Promise<MarkInfo[]> {
  return poll(`${min} claimlens-mark elements`, async () => {
    const marks = await readMarks(page);
    return marks.length >= min ? marks : undefined;
  }, timeoutMs);
}

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function findNode(node: CdpNode, name: string): CdpNode | undefined {
  if (node.nodeName.toLowerCase() === name) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = findNode(child, name);
    if (hit) return hit;
  }
  return undefined;
}

function textOf(node: CdpNode, out: string[]): void {
  if (node.nodeType === 3) out.push(node.nodeValue);
  if (/^(style|script)$/i.test(node.nodeName)) return;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) textOf(child, out);
}

/**
 * The text inside the page's `claimlens-card`, read through its closed shadow root with the
 * DevTools protocol (DOM.getDocument with pierce). Null when there is no card.
 */
export async function cardText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const card = findNode(root, 'claimlens-card');
    if (!card) return null;
    const parts: string[] = [];
    textOf(card, parts);
    return parts.join('').replace(/\s+/g, ' ').trim();
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Whether a card element is on the page and rendered (has a box). */
export function cardVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const card = document.querySelector('claimlens-card');
    if (!card) return false;
    const style = getComputedStyle(card);
    return style.display !== 'none' && style.visibility !== 'hidden' && !card.hasAttribute('hidden');
  });
}

/** The page's body.innerText as it is now. */
export function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

/** body.innerText after unwrapping every mark and removing the card. Changes the page: call it last. */
export function bodyTextWithoutMarks(page: Page): Promise<string> {
  return page.evaluate(() => {
    document.querySelectorAll('claimlens-card').forEach((c) => c.remove());
    for (const m of [...document.querySelectorAll('claimlens-mark')]) m.replaceWith(...m.childNodes);
    document.body.normalize();
    return document.body.innerText;
  });
}
