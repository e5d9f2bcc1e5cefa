import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LinkedClaim, PageSentence, Verdict } from '../../src/engine/types';
import type { BackgroundRequests, Result } from '../../src/messaging/protocol';
import { Annotator } from '../../src/page/annotator';

const CONFLICT = 'The talks between the two delegations collapsed after ninety minutes on Friday afternoon.';
const AGREE = 'The ministers had hoped to reach an agreement on grain exports before the summit.';
const LATE = 'Later on Friday the port authority said grain shipments would resume within a week.';

const PAGE = `
<header><nav><a href="/">Home</a> <a href="/news">News</a> Sport Weather menu entries for the site</nav></header>
<article>
  <h1>Talks end without a deal</h1>
  <p>The talks between the two delegations <a href="/x">collapsed after <em>ninety</em> minutes</a> on Friday afternoon. Officials from both sides declined to comment on the outcome of the meeting.</p>
  <p>The ministers had hoped to reach an agreement on grain exports before the summit. Observers said the mood in the room was tense from the very start of the session.</p>
  <p>Farmers in the region have been waiting for months for a decision on the export corridor, and prices have risen sharply since the spring.</p>
  <p>The next round of negotiations has not been scheduled yet, according to people familiar with the planning of the talks.</p>
  <p>Both governments are expected to brief their parliaments next week, where opposition parties have promised tough questions about the failed meeting.</p>
</article>
<footer>Copyright footer text that is long enough to look like a paragraph of prose on the page.</footer>`;

type MatchReq = BackgroundRequests['match']['req'];
type MatchRes = Result<BackgroundRequests['match']['res']>;

/** A fake background: links sentences by keyword, records every request. */
function fakeMatch(rules: Array<[RegExp, Verdict]> = [[/collapsed/, 'conflicted'], [/grain/, 'corroborated']]) {
  const calls: PageSentence[][] = [];
  const match = vi.fn(async (req: MatchReq): Promise<MatchRes> => {
    calls.push(req.sentences);
    const claims: LinkedClaim[] = [];
    for (const s of req.sentences) {
      const rule = rules.find(([re]) => re.test(s.text));
      if (!rule) continue;
      claims.push({
        id: s.id,
        text: s.text,
        verdict: rule[1],
        sources: [
          { articleId: 'a', outlet: 'Wire', title: 'T', text: s.text, relation: rule[1] === 'conflicted' ? 'conflicts' : 'corroborates', score: 0.9, why: 'same', independent: true, emphasis: [] },
        ],
      });
    }
    return { ok: true, data: { claims } };
  });
  return { match, calls };
}

let live: Annotator[] = [];

function setup(match = fakeMatch().match, html = PAGE) {
  document.head.innerHTML = '<title>Talks</title>';
  document.body.innerHTML = html;
  const controller = new AbortController();
  const annotator = new Annotator({
    doc: document,
    match,
    signal: controller.signal,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    debounceMs: 10,
  });
  live.push(annotator);
  return { annotator, controller, before: document.body.innerHTML };
}

function marksText(claimId: string): string {
  return Array.from(document.querySelectorAll(`claimlens-mark[data-claim="${claimId}"]`))
    .map((m) => m.textContent)
    .join('');
}

afterEach(() => {
  live.forEach((a) => a.destroy());
  live = [];
  document.body.innerHTML = '';
});

describe('Annotator', () => {
  it('sends the article sentences (not the chrome) and paints the linked claims', async () => {
    const { match, calls } = fakeMatch();
    const { annotator } = setup(match);
    const state = await annotator.start();
    expect(state.status).toBe('ok');
    expect(state.claims.map((c) => c.verdict).sort()).toEqual(['conflicted', 'corroborated']);
    expect(match).toHaveBeenCalledTimes(1);
    const sent = calls[0].map((s) => s.text);
    expect(sent).toContain(CONFLICT);
    expect(sent).toContain(AGREE);
    expect(sent.join(' ')).not.toMatch(/Sport Weather|Copyright footer/);
    const conflict = state.claims.find((c) => c.verdict === 'conflicted')!;
    expect(marksText(conflict.id)).toBe(CONFLICT);
    const marks = document.querySelectorAll(`claimlens-mark[data-claim="${conflict.id}"]`);
    expect(marks.length).toBe(5); // text, <a> text, <em> text, <a> text again, text after the link
    expect(marks[0].getAttribute('data-verdict')).toBe('conflicted');
    expect(marks[0].getAttribute('aria-label')).toBe('ClaimLens: conflicted — 1 source. Open details');
    expect(match.mock.calls[0][0].page.title).toBe('Talks end without a deal'); // <h1> before <title>
  });

  it('destroy() restores the page byte for byte', async () => {
    const { annotator, before } = setup();
    await annotator.start();
    expect(document.querySelectorAll('claimlens-mark').length).toBeGreaterThan(0);
    annotator.destroy();
    expect(document.body.innerHTML).toBe(before);
    expect(document.getElementById('claimlens-mark-style')).toBeNull();
  });

  it('aborting the signal (extension update) also restores the page', async () => {
    const { annotator, controller, before } = setup();
    await annotator.start();
    expect(document.querySelectorAll('claimlens-mark').length).toBeGreaterThan(0);
    controller.abort();
    expect(document.body.innerHTML).toBe(before);
  });

  it('opens the card on click, Enter and Space; a mark inside a link leaves the click to the link', async () => {
    const { annotator } = setup();
    const state = await annotator.start();
    const agree = state.claims.find((c) => c.verdict === 'corroborated')!;
    const mark = document.querySelector(`claimlens-mark[data-claim="${agree.id}"]`) as HTMLElement;
    mark.click();
    expect(document.querySelectorAll('claimlens-card').length).toBe(1);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelector('claimlens-card')).toBeNull();
    for (const key of ['Enter', ' ']) {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      mark.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(true);
      expect(document.querySelectorAll('claimlens-card').length).toBe(1);
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    }
    const conflict = state.claims.find((c) => c.verdict === 'conflicted')!;
    const inLink = Array.from(document.querySelectorAll(`claimlens-mark[data-claim="${conflict.id}"]`)).find((m) => m.closest('a'))!;
    (inLink as HTMLElement).click();
    expect(document.querySelector('claimlens-card')).toBeNull();
  });

  it('annotates a late-loading paragraph once, and never the same text twice', async () => {
    const { match, calls } = fakeMatch([[/collapsed/, 'conflicted'], [/grain/, 'corroborated']]);
    const { annotator } = setup(match);
    await annotator.start();
    const marksBefore = document.querySelectorAll('claimlens-mark').length;
    const p = document.createElement('p');
    p.textContent = LATE;
    document.querySelector('article')!.appendChild(p);
    await vi.waitFor(() => expect(match).toHaveBeenCalledTimes(2));
    // The whole article is sent again for context, the new sentence among it...
    expect(calls[1].map((s) => s.text)).toContain(LATE);
    expect(calls[1].map((s) => s.text)).toContain(CONFLICT);
    // ...but only the new sentence is painted: the old claims (linked again) are not doubled.
    await vi.waitFor(() => expect(annotator.state().claims.length).toBe(3));
    const late = annotator.state().claims.find((c) => c.text === LATE)!;
    expect(marksText(late.id)).toBe(LATE);
    expect(document.querySelectorAll('claimlens-mark').length).toBe(marksBefore + 1);
    // The same text arriving again (a duplicate teaser, a re-render) is not sent again.
    const copy = document.createElement('p');
    copy.textContent = LATE;
    document.querySelector('article')!.appendChild(copy);
    await new Promise((r) => setTimeout(r, 60));
    expect(match).toHaveBeenCalledTimes(2);
    expect(document.querySelectorAll('claimlens-mark').length).toBe(marksBefore + 1);
  });

  it('our own marks and card do not trigger re-annotation', async () => {
    const { match } = fakeMatch();
    const { annotator } = setup(match);
    const state = await annotator.start();
    (document.querySelector(`claimlens-mark[data-claim="${state.claims[0].id}"]`) as HTMLElement).click();
    await new Promise((r) => setTimeout(r, 60));
    expect(match).toHaveBeenCalledTimes(1);
  });

  it('an error restores the page and reports the error state; nothing is thrown', async () => {
    const match = vi.fn(async (): Promise<MatchRes> => {
      throw new Error('boom');
    });
    const { annotator, before } = setup(match);
    const state = await annotator.start();
    expect(state.status).toBe('error');
    expect(state.message).toBe('boom');
    expect(document.body.innerHTML).toBe(before);
  });

  it('a failed answer is reported as an error state', async () => {
    const { annotator } = setup(vi.fn(async (): Promise<MatchRes> => ({ ok: false, error: 'No answer' })));
    const state = await annotator.start();
    expect(state).toMatchObject({ status: 'error', message: 'No answer', claims: [] });
  });

  it('says not-article on pages without prose and sends nothing', async () => {
    const { match } = fakeMatch();
    const { annotator } = setup(match, '<nav>Menu</nav><p>Short page.</p>');
    expect((await annotator.start()).status).toBe('not-article');
    expect(match).not.toHaveBeenCalled();
  });

  it('says none when nothing is linked', async () => {
    const { annotator } = setup(fakeMatch([]).match);
    const state = await annotator.start();
    expect(state).toMatchObject({ status: 'none', claims: [] });
    expect(document.querySelector('claimlens-mark')).toBeNull();
  });

  it('does not paint a claim whose text changed while the background was answering', async () => {
    const inner = fakeMatch().match;
    const match = vi.fn(async (req: MatchReq) => {
      const answer = await inner(req);
      document.querySelector('article p em')!.firstChild!.textContent = 'twenty';
      return answer;
    });
    const { annotator } = setup(match);
    const state = await annotator.start();
    expect(state.claims.map((c) => c.verdict)).toEqual(['corroborated']);
    expect(document.querySelector('claimlens-mark[data-verdict="conflicted"]')).toBeNull();
  });

  it('scrollTo finds painted claims, flashes them, and refuses unknown ids', async () => {
    const { annotator } = setup();
    const state = await annotator.start();
    const id = state.claims[0].id;
    expect(annotator.scrollTo(id)).toBe(true);
    expect(document.querySelector(`claimlens-mark[data-claim="${id}"]`)!.classList.contains('claimlens-flash')).toBe(true);
    expect(annotator.scrollTo('nope')).toBe(false);
  });

  it('refresh() repaints from scratch without duplicating marks', async () => {
    const { match } = fakeMatch();
    const { annotator } = setup(match);
    await annotator.start();
    const count = document.querySelectorAll('claimlens-mark').length;
    const state = await annotator.refresh();
    expect(state.status).toBe('ok');
    expect(match).toHaveBeenCalledTimes(2);
    expect(document.querySelectorAll('claimlens-mark').length).toBe(count);
  });

  it('SPA navigation: a new URL with new content is annotated afresh, old marks are gone', async () => {
    const { match, calls } = fakeMatch([[/collapsed|port authority/, 'conflicted']]);
    const { annotator } = setup(match);
    const first = await annotator.start();
    const oldId = first.claims[0].id;
    history.pushState({}, '', '/news/second-story');
    const article = document.querySelector('article')!;
    article.innerHTML = article.innerHTML.replace('collapsed after', 'ended after').concat(`<p>${LATE}</p>`);
    await vi.waitFor(() => expect(match).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(annotator.state().claims.map((c) => c.text)).toEqual([LATE]));
    // A full pass: every sentence of the new page was sent again, not only the new paragraph.
    expect(calls[1].length).toBeGreaterThan(3);
    expect(document.querySelector(`claimlens-mark[data-claim="${oldId}"]`)).toBeNull();
    expect(document.querySelectorAll('claimlens-mark').length).toBe(1);
    // Same URL again: followLocation() does not start over.
    await annotator.followLocation();
    expect(match).toHaveBeenCalledTimes(2);
  });

  it('splits a very long article into requests the background accepts', async () => {
    const paras = Array.from({ length: 1700 }, (_, i) => `<p>Report number ${i} says the harbour received ${i + 3} cargo ships during the long winter season.</p>`);
    const { match, calls } = fakeMatch([[/number 1650 /, 'corroborated']]);
    const { annotator } = setup(match, `<article>${paras.join('')}</article>`);
    const state = await annotator.start();
    expect(match).toHaveBeenCalledTimes(2);
    expect(calls.every((c) => c.length <= 1500)).toBe(true);
    expect(calls[0].length + calls[1].length).toBe(1700);
    expect(state.claims.map((c) => c.text)).toEqual([
      'Report number 1650 says the harbour received 1653 cargo ships during the long winter season.',
    ]);
  });

  it('repaints a claim whose marks the page erased by re-rendering its paragraph', async () => {
    const { match } = fakeMatch();
    const { annotator } = setup(match);
    const first = await annotator.start();
    const agree = first.claims.find((c) => c.verdict === 'corroborated')!;
    const para = document.querySelector(`claimlens-mark[data-claim="${agree.id}"]`)!.closest('p')!;
    para.textContent = para.textContent; // a framework re-render: same text, new nodes, no marks
    expect(para.querySelector('claimlens-mark')).toBeNull();
    await vi.waitFor(() => expect(match).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(para.querySelectorAll('claimlens-mark').length).toBe(1));
    expect(para.querySelector('claimlens-mark')!.textContent).toBe(AGREE);
    expect(annotator.state().claims.length).toBe(2);
  });

  it('changes outside the article do not trigger a re-read', async () => {
    const { match } = fakeMatch();
    const { annotator } = setup(match);
    await annotator.start();
    const spy = vi.spyOn(annotator as unknown as { schedule: () => void }, 'schedule');
    document.querySelector('footer')!.appendChild(document.createElement('div')).textContent = 'Ad rotated. New ad text here for you.';
    await new Promise((r) => setTimeout(r, 30));
    expect(spy).not.toHaveBeenCalled();
    document.querySelector('article')!.appendChild(document.createElement('p')).textContent = 'x';
    await vi.waitFor(() => expect(spy).toHaveBeenCalled());
  });
});
