import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { LinkedClaim } from '../../src/engine/types';
import type { BackgroundRequests, Result } from '../../src/messaging/protocol';
import { Annotator } from '../../src/page/annotator';

const PAGES = '/work/shared/pages';

/** Load a saved page's body into the test document, without the tags happy-dom would try to fetch. */
function load(file: string): void {
  const html = readFileSync(`${PAGES}/${file}`, 'utf8')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '')
    .replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  document.head.innerHTML = '';
  document.body.innerHTML = body;
}

let annotator: Annotator | null = null;
afterEach(() => {
  annotator?.destroy();
  annotator = null;
  document.body.innerHTML = '';
});

describe('Annotator on real pages', () => {
  for (const file of ['bbc-1.html', 'nytimes-3.html', 'guardian-1.html']) {
    it(`${file}: paints every linked sentence exactly, inserts nothing, and leaves the page after destroy()`, async () => {
      load(file);
      const before = document.body.innerHTML;
      const textBefore = document.body.textContent;
      // Link every third sentence, alternating verdicts: many marks across real markup.
      const match = async (req: BackgroundRequests['match']['req']): Promise<Result<{ claims: LinkedClaim[] }>> => ({
        ok: true,
        data: {
          claims: req.sentences
            .filter((_, i) => i % 3 === 0)
            .map((s, i) => ({ id: s.id, text: s.text, verdict: i % 2 ? 'conflicted' : 'corroborated', sources: [] })),
        },
      });
      annotator = new Annotator({ doc: document, match, signal: new AbortController().signal, setTimeout: (f, ms) => setTimeout(f, ms), isReadable: () => true });
      const state = await annotator.start();
      expect(state.status).toBe('ok');
      expect(state.claims.length).toBeGreaterThan(3);
      expect(document.body.textContent).toBe(textBefore);
      // Painting inserted nothing into the page and covers exactly each claim's text.
      expect(document.body.innerHTML).toBe(before);
      for (const claim of state.claims) {
        expect((annotator.paintedText(claim.id) ?? '').replace(/\s+/g, ' ').trim()).toBe(claim.text);
      }
      annotator.destroy();
      expect(document.body.innerHTML).toBe(before);
    });
  }
});
