/**
 * Reads what the extension did to a page. Highlights: the document's CSS.highlights registry
 * (the page's main world can read it too: docs/ARCHITECTURE.md says what that reveals). Markers:
 * the host's CLOSED shadow root, read through the DevTools protocol (DOM.getDocument with
 * pierce), which page scripts cannot use. The card: its extension-origin frame, read by
 * Playwright from outside. Claims as automation should read them: the popup (popup.html?tabId=N).
 */
import type { Frame, Page } from 'playwright-core';
import { poll, type ExtensionApi } from './extension-api';

/** One claim's highlight as the registry holds it. */
export interface HighlightInfo {
  verdict: string;
  /** The highlighted text of one range. */
  text: string;
  /** True when the range lies inside the page's <article>. */
  inArticle: boolean;
}

/** Every live (non-collapsed, connected) range of our highlights, in registry order. */
export function readHighlights(page: Page): Promise<HighlightInfo[]> {
  return page.evaluate(() => {
    const out: Array<{ verdict: string; text: string; inArticle: boolean }> = [];
    for (const verdict of ['corroborated', 'conflicted', 'mixed']) {
      const h = CSS.highlights.get(`claimlens-${verdict}`);
      if (!h) continue;
      for (const r of h as unknown as Iterable<Range>) {
        if (r.collapsed || !r.startContainer.isConnected) continue;
        out.push({ verdict, text: r.toString(), inArticle: Boolean(r.startContainer.parentElement?.closest('article')) });
      }
    }
    return out;
  });
}

/** Wait until at least `min` highlight ranges are painted. */
export function waitForHighlights(page: Page, min = 1, timeoutMs = 30_000): Promise<HighlightInfo[]> {
  return poll(`${min} highlighted ranges`, async () => {
    const found = await readHighlights(page);
    return found.length >= min ? found : undefined;
  }, timeoutMs);
}

/** One claim as the popup lists it. */
export interface PopupClaim {
  id: string;
  verdict: string;
  text: string;
}

/** The claims the popup lists for a tab (`popup.html?tabId=N`), conflicts first. */
export async function popupClaims(ext: ExtensionApi, tabId: number, expectAtLeast = 1): Promise<PopupClaim[]> {
  const popup = await ext.context.newPage();
  try {
    await popup.goto(ext.url(`popup.html?tabId=${tabId}`));
    return await poll('the popup\'s claims', async () => {
      const claims = await popup.locator('button[data-claim]').evaluateAll((els) =>
        els.map((el) => ({ id: el.getAttribute('data-claim') ?? '', verdict: el.getAttribute('data-verdict') ?? '', text: el.getAttribute('title') ?? '' })),
      );
      if (claims.length >= expectAtLeast) return claims;
      const empty = await popup.locator('.cl-empty').count();
      return expectAtLeast === 0 && empty ? claims : undefined;
    }, 10_000, 200);
  } finally {
    await popup.close();
  }
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  shadowRootType?: string;
}

function findNode(node: CdpNode, name: string): CdpNode | undefined {
  if (node.nodeName.toLowerCase() === name) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = findNode(child, name);
    if (hit) return hit;
  }
  return undefined;
}

function collect(node: CdpNode, name: string, out: CdpNode[]): void {
  if (node.nodeName.toLowerCase() === name) out.push(node);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) collect(child, name, out);
}

function attrs(node: CdpNode): Record<string, string> {
  const a = node.attributes ?? [];
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < a.length; i += 2) out[a[i]] = a[i + 1];
  return out;
}

/** One marker of the host's closed shadow root. */
export interface MarkerInfo {
  claim: string;
  verdict: string;
  label: string;
  tag: string;
  style: string;
  /** The DevTools node id: the same across reads while the button element is the same one. */
  node: number;
}

/** The host element's shadow root mode and markers (DevTools protocol; a page cannot do this). */
export async function readMarkers(page: Page): Promise<{ hosts: number; mode: string | null; markers: MarkerInfo[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const hosts: CdpNode[] = [];
    collect(root, 'claimlens-layer', hosts);
    const host = hosts[0];
    const shadow = host?.shadowRoots?.[0];
    const buttons: CdpNode[] = [];
    if (shadow) collect(shadow, 'button', buttons);
    return {
      hosts: hosts.length,
      mode: shadow?.shadowRootType ?? null,
      markers: buttons.map((b) => {
        const a = attrs(b);
        return { claim: a['data-claim'] ?? '', verdict: a['data-verdict'] ?? '', label: a['aria-label'] ?? '', tag: b.nodeName.toLowerCase(), style: a.style ?? '', node: b.backendNodeId };
      }),
    };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The card's frame (an extension page), if a card is open. */
export function cardFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/card\.html/.test(f.url()) && !f.isDetached());
}

/** Whether a card frame is in the page's closed shadow root now. */
export async function cardOpen(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, 'claimlens-layer');
    return Boolean(host && findNode(host, 'iframe'));
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The open card's text (read from its own frame); null when none is open or it is empty. */
export async function cardText(page: Page): Promise<string | null> {
  const frame = cardFrame(page);
  if (!frame) return null;
  // A frame being replaced can leave evaluate pending: give up after a moment (the poll retries).
  const text = await Promise.race([
    frame.evaluate(() => document.body.innerText).catch(() => ''),
    new Promise<string>((resolve) => setTimeout(() => resolve(''), 2000)),
  ]);
  return text.replace(/\s+/g, ' ').trim() || null;
}

/** Wait for the card to open with text (or to close). */
export function waitCard(page: Page, open: boolean, timeoutMs = 10_000): Promise<boolean> {
  return poll(open ? 'the card to open' : 'the card to close', async () => {
    if (!open) return (await cardOpen(page)) ? undefined : true;
    return (await cardText(page)) ? true : undefined;
  }, timeoutMs, 100);
}

/**
 * Run in a page: the viewport point inside the first highlighted range whose text starts like
 * `text`, scrolled into view. One body for every driver (Playwright and Puppeteer serialise it);
 * no named helper functions inside: tsx (the demo) would wrap them in a __name() the page lacks.
 */
export const claimPointInPage = (text: string): { x: number; y: number } => {
  const want = text.replace(/\s+/g, ' ').trim();
  for (const verdict of ['corroborated', 'conflicted', 'mixed']) {
    for (const r of (CSS.highlights.get(`claimlens-${verdict}`) ?? []) as unknown as Iterable<Range>) {
      const t = r.toString().replace(/\s+/g, ' ').trim();
      if (!t || r.collapsed || !want.startsWith(t.slice(0, Math.min(25, t.length)))) continue;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = Array.from(r.getClientRects()).find((b) => b.width > 8);
      if (rect) return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
    }
  }
  throw new Error(`no highlight for "${want.slice(0, 60)}"`);
};

/** Viewport point inside the first highlighted range whose text starts like `claimText` (scrolled into view). */
export function pointOnClaim(page: Page, claimText: string): Promise<{ x: number; y: number }> {
  return page.evaluate(claimPointInPage, claimText);
}

/** The page's body.innerText as it is now. */
export function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

/**
 * Sample every animation frame for `ms`: how many frames showed fewer live highlight ranges
 * than `expected` (a flicker: the page re-rendered and the highlight was gone for a frame).
 */
export function sampleFrames(page: Page, expected: number, ms: number): Promise<{ frames: number; short: number }> {
  return page.evaluate(
    ([want, duration]) =>
      new Promise<{ frames: number; short: number }>((resolve) => {
        let frames = 0;
        let short = 0;
        const end = performance.now() + duration;
        const names = ['claimlens-corroborated', 'claimlens-conflicted', 'claimlens-mixed'];
        const tick = (): void => {
          let live = 0;
          for (const name of names) {
            for (const r of (CSS.highlights.get(name) ?? []) as unknown as Iterable<Range>) {
              if (!r.collapsed && r.startContainer.isConnected) live++;
            }
          }
          frames++;
          if (live < want) short++;
          if (performance.now() < end) requestAnimationFrame(tick);
          else resolve({ frames, short });
        };
        requestAnimationFrame(tick);
      }),
    [expected, ms] as const,
  );
}
