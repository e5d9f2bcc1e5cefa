/**
 * Run the article extractor (entrypoints/extract.ts, Readability) in a tab: the one path by which
 * "Add this article" (the popup) and "add the articles I read" (the background) read a page.
 */
import { browser } from 'wxt/browser';
import type { ExtractResult } from './extract-result';

function isExtractResult(value: unknown): value is ExtractResult {
  return !!value && typeof value === 'object' && 'ok' in value;
}

/** The article of the tab's top frame, or why there is none (never throws). */
export async function extractInTab(tabId: number): Promise<ExtractResult> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
    const result: unknown = first?.result;
    return isExtractResult(result) ? result : { ok: false, error: 'The article reader gave no answer on this page.' };
  } catch (err) {
    return { ok: false, error: `ClaimLens can't read this page (${err instanceof Error ? err.message : String(err)}).` };
  }
}
