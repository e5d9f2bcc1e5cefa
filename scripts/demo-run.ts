/**
 * The demo's browser part (run by scripts/demo.mjs through tsx): open the Xinhua-derived fixture with
 * the extension, wait for highlights, and save the three screenshots. Throws a clear message when
 * nothing gets highlighted.
 */
import { join } from 'node:path';
import { launch, serve } from '../tests/e2e/harness';
import { poll } from '../tests/e2e/extension-api';
import { cardVisible, readMarks, type MarkInfo } from '../tests/e2e/page-probe';

function countBy(marks: MarkInfo[]): Record<string, number> {
  const claims = new Map<string, string>();
  for (const m of marks) if (m.claim && m.verdict) claims.set(m.claim, m.verdict);
  const counts: Record<string, number> = { corroborated: 0, conflicted: 0, mixed: 0 };
  for (const v of claims.values()) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

/** Run the demo, write demo/*.png into `outDir`, and return the summary to print. */
export async function runDemo(outDir: string): Promise<string> {
  const server = await serve();
  const session = await launch({ headed: Boolean(process.env.DISPLAY), viewport: { width: 1280, height: 860 } });
  try {
    const ext = session.ext;
    if (!ext) throw new Error('the extension did not load');
    const page = await session.open(`${server.origin}/fixtures/xinhua-roundup.html`);
    const tabId = await ext.tabIdOf(page);
    const state = await ext.waitForPageIdle(tabId, 20_000).catch(() => undefined);
    const marks = await poll('highlights', async () => {
      const found = await readMarks(page);
      return found.length ? found : undefined;
    }, state ? 5_000 : 1_000).catch(() => {
      throw new Error(`no highlight appeared on the demo page (page status: ${state?.status ?? 'no answer'}${state?.message ? `, ${state.message}` : ''})`);
    });
    const files = {
      page: join(outDir, 'page-highlighted.png'),
      card: join(outDir, 'card-open.png'),
      popup: join(outDir, 'popup.png'),
    };
    const disputed = marks.find((m) => m.verdict !== 'corroborated') ?? marks[0];
    const mark = page.locator(`claimlens-mark[data-claim="${disputed.claim}"]`).first();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: files.page });

    await mark.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -200));
    await mark.click();
    await poll('the card', async () => ((await cardVisible(page)) ? true : undefined), 10_000);
    await page.waitForTimeout(300); // let the card finish positioning before the picture
    await page.screenshot({ path: files.card });

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(ext.url(`popup.html?tabId=${tabId}`));
    await popup.getByRole('list').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    await popup.screenshot({ path: files.popup });

    const counts = countBy(marks);
    const claimText = state?.claims.find((c) => c.id === disputed.claim)?.text ?? disputed.text;
    return [
      `Highlighted ${Object.values(counts).reduce((a, b) => a + b, 0)} claims (${marks.length} marks) on the Xinhua-derived page:`,
      `  corroborated ${counts.corroborated}, conflicted ${counts.conflicted}, mixed ${counts.mixed}`,
      `Card opened on: "${claimText.slice(0, 90)}${claimText.length > 90 ? '…' : ''}" (${disputed.verdict})`,
      'Wrote:',
      ...Object.values(files).map((f) => `  ${f}`),
    ].join('\n');
  } finally {
    await session.close();
    await server.close();
  }
}
