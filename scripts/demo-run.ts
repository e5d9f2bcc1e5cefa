/**
 * The demo's browser part (run by scripts/demo.mjs through tsx): open the Xinhua-derived fixture with
 * the extension, wait for highlights, and save the screenshots (page and card, light and dark; popup; story view). Throws a clear message when
 * nothing gets highlighted.
 */
import { join } from 'node:path';
import { launch, serve } from '../tests/e2e/harness';
import { poll } from '../tests/e2e/extension-api';
import { cardText, pointOnClaim, readHighlights } from '../tests/e2e/page-probe';

function countBy(claims: Array<{ verdict: string }>): Record<string, number> {
  const counts: Record<string, number> = { corroborated: 0, conflicted: 0, mixed: 0 };
  for (const c of claims) counts[c.verdict] = (counts[c.verdict] ?? 0) + 1;
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
    const painted = await poll('highlights', async () => {
      const found = await readHighlights(page);
      return found.length ? found : undefined;
    }, state ? 5_000 : 1_000).catch(() => {
      throw new Error(`no highlight appeared on the demo page (page status: ${state?.status ?? 'no answer'}${state?.message ? `, ${state.message}` : ''})`);
    });
    const files = {
      page: join(outDir, 'page-highlighted.png'),
      card: join(outDir, 'card-open.png'),
      dark: join(outDir, 'page-dark.png'),
      darkCard: join(outDir, 'card-open-dark.png'),
      focus: join(outDir, 'marker-focus.png'),
      popup: join(outDir, 'popup.png'),
      story: join(outDir, 'story-view.png'),
    };
    const claims = state?.claims ?? [];
    const disputed = claims.find((c) => c.verdict !== 'corroborated') ?? claims[0];
    if (!disputed) throw new Error('the page state lists no claim');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: files.page });

    const openCard = async (): Promise<void> => {
      const at = await pointOnClaim(page, disputed.text);
      await page.evaluate(() => window.scrollBy(0, -200));
      await page.mouse.click(at.x, at.y + 200);
      await poll('the card', async () => ((await cardText(page)) ? true : undefined), 10_000);
      await page.waitForTimeout(400); // let the card finish sizing before the picture
    };
    await openCard();
    await page.screenshot({ path: files.card });
    await page.keyboard.press('Escape').catch(() => undefined);

    // Keyboard: Tab reaches the claims' markers (after the page's own links); the focus ring shows.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.tagName.toLowerCase() === 'claimlens-layer')) break;
    }
    await page.waitForTimeout(400); // the smooth scroll to the focused marker
    await page.screenshot({ path: files.focus });

    // The same page on a dark theme (a site's dark mode and the reader's dark preference).
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('html, body, article, main, header, footer { background: #15171a !important; color: #d8dadf !important; } a { color: #8ab4f8 !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      window.scrollTo(0, 0);
    });
    await page.waitForTimeout(300);
    await page.screenshot({ path: files.dark });
    await openCard();
    await page.screenshot({ path: files.darkCard });
    // The card frame goes away on keydown; Playwright may report its frame's target as closed.
    await page.keyboard.press('Escape').catch(() => undefined);

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(ext.url(`popup.html?tabId=${tabId}`));
    await popup.getByRole('list').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    await popup.screenshot({ path: files.popup });

    // The story view: every outlet's relation to every claim, a conflicting cell's source open.
    const story = await session.context.newPage();
    await story.setViewportSize({ width: 1280, height: 900 });
    await story.goto(ext.url(`story.html?tabId=${tabId}`));
    await story.locator('table.story-grid tbody tr').first().waitFor({ timeout: 10_000 });
    const conflict = story.locator('td[data-relation="conflicts"] button').first();
    if (await conflict.count()) await conflict.click();
    await story.waitForTimeout(200);
    await story.screenshot({ path: files.story, fullPage: true });

    const counts = countBy(claims);
    const claimText = disputed.text;
    return [
      `Highlighted ${claims.length} claims (${painted.length} ranges) on the Xinhua-derived page:`,
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
