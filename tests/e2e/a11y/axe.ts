/** axe-core run inside a real page (injected through the driver, so extension pages' CSP does not block it). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One serious or critical finding, short enough to read in a test failure. */
export interface Finding {
  id: string;
  impact: string;
  nodes: string[];
}

/** Run axe on the page (optionally only some rules); return serious and critical violations. */
export async function axeSerious(page: Page, rules?: string[]): Promise<Finding[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (only) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> } }).axe;
    const r = await axe.run(document, only ? { runOnly: { type: 'rule', values: only } } : { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 4).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.slice(0, 300)) }));
  }, rules ?? null);
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
