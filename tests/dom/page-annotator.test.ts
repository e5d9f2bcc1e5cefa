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
    isReadable: () => true, // happy-dom has no layout
  });
  live.push(annotator);
  current = annotator;
  return { annotator, controller, before: document.body.innerHTML };
}

let current: Annotator | null = null;

function marksText(claimId: string): string | null {
  return current?.paintedText(claimId) ?? null;
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
    // The highlight covers exactly the sentence, across the link and the <em>.
    expect(marksText(conflict.id)?.replace(/\s+/g, ' ')).toBe(CONFLICT);
    // Nothing was inserted into the page's content: the only new element is our host, outside <body>.
    expect(document.body.querySelector('claimlens-layer, claimlens-mark')).toBeNull();
    expect(document.documentElement.lastElementChild?.tagName.toLowerCase()).toBe('claimlens-layer');
    // One marker per claim, in reading order.
    expect(annotator.markerOrder()).toEqual(state.claims.map((c) => c.id));
    expect(match.mock.calls[0][0].page.title).toBe('Talks end without a deal'); // <h1> before <title>
  });

  it('destroy() restores the page byte for byte', async () => {
    const { annotator, before } = setup();
    const state = await annotator.start();
    expect(state.claims.length).toBeGreaterThan(0);
    expect(document.body.innerHTML).toBe(before); // painting never touched it
    annotator.destroy();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('claimlens-layer')).toBeNull();
  });

  it('aborting the signal (extension update) also restores the page', async () => {
    const { annotator, controller, before } = setup();
    await annotator.start();
    expect(document.querySelector('claimlens-layer')).not.toBeNull();
    controller.abort();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('claimlens-layer')).toBeNull();
    expect(annotator.state().claims).toEqual([]);
  });

  it('ignores untrusted clicks and keys (a page script cannot open a card)', async () => {
    const { annotator } = setup();
    await annotator.start();
    const para = document.querySelector('article p:nth-of-type(2)') as HTMLElement;
    para.click(); // untrusted: no card
    para.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 1, clientY: 1 }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(annotator.cardEvent({ token: 'guess', event: 'ready' })).toEqual({ claim: null });
  });

  it('annotates a late-loading paragraph once, and never the same text twice', async () => {
    const { match, calls } = fakeMatch([[/collapsed/, 'conflicted'], [/grain/, 'corroborated']]);
    const { annotator } = setup(match);
    await annotator.start();
    const p = document.createElement('p');
    p.textContent = LATE;
    document.querySelector('article')!.appendChild(p);
    await vi.waitFor(() => expect(match).toHaveBeenCalledTimes(2));
    // Only the new sentence is sent: the others' answers are cached by text.
    expect(calls[1].map((s) => s.text)).toEqual([LATE]);
    await vi.waitFor(() => expect(annotator.state().claims.length).toBe(3));
    const late = annotator.state().claims.find((c) => c.text === LATE)!;
    expect(marksText(late.id)).toBe(LATE);
    // The same text arriving again (a duplicate teaser, a re-render) is not sent again.
    const copy = document.createElement('p');
    copy.textContent = LATE;
    document.querySelector('article')!.appendChild(copy);
    await new Promise((r) => setTimeout(r, 60));
    expect(match).toHaveBeenCalledTimes(2);
    expect(annotator.state().claims.length).toBe(3);
  });

  it('our own host element does not trigger re-annotation', async () => {
    const { match } = fakeMatch();
    const { annotator } = setup(match);
    await annotator.start();
    document.documentElement.appendChild(document.querySelector('claimlens-layer')!); // the page moving it is put back
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
  });

  it('scrollTo finds painted claims, flashes them, and refuses unknown ids', async () => {
    const { annotator } = setup();
    const state = await annotator.start();
    const id = state.claims[0].id;
    expect(annotator.scrollTo(id)).toBe(true);
    expect(annotator.scrollTo('nope')).toBe(false);
  });

  it('refresh() asks again from scratch without duplicating claims or markers', async () => {
    const { match } = fakeMatch();
    const { annotator } = setup(match);
    const first = await annotator.start();
    const state = await annotator.refresh();
    expect(state.status).toBe('ok');
    expect(match).toHaveBeenCalledTimes(2);
    expect(state.claims.length).toBe(first.claims.length);
    expect(annotator.markerOrder().length).toBe(first.claims.length);
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
    expect(marksText(oldId)).toBeNull();
    expect(annotator.markerOrder().length).toBe(1);
    // Same URL again: followLocation() does not start over.
    await annotator.followLocation();
    expect(match).toHaveBeenCalledTimes(2);
  });

  it('splits a very long article into requests the background accepts', async () => {
    const paras = Array.from({ length: 1700 }, (_, i) => `<p>Report number ${i} says the harbour received ${i + 3} cargo ships during the long winter season.</p>`);
    const { match, calls } = fakeMatch([[/number 1650 /, 'corroborated']]);
    const { annotator } = setup(match, `<article>${paras.join('')}</article>`);
    const state = await annotator.start();
    // The first request is small (the part in view alone, a peek), then every sentence once, the
    // part in view first (it holds the peek's sentences), within the protocol's limits.
    expect(calls.every((c) => c.length <= 1500)).toBe(true);
    expect(calls[0].length).toBe(40);
    expect(calls[1].slice(0, 40)).toEqual(calls[0]);
    expect(calls.slice(1).reduce((n, c) => n + c.length, 0)).toBe(1700);
    expect(calls[1].length).toBeLessThan(1700);
    expect(state.claims.map((c) => c.text)).toEqual([
      'Report number 1650 says the harbour received 1653 cargo ships during the long winter season.',
    ]);
  });

  it('asks about the sentences in view alone first, then the whole page, whose answer is the one that stays', async () => {
    const paras = Array.from({ length: 120 }, (_, i) => `<p>Report number ${i} says the harbour received ${i + 3} cargo ships during the long winter season.</p>`);
    const calls: string[][] = [];
    // The whole page's answer differs from the peek's: number 5 is linked only when asked alone
    // (as a page's own stored copy is recognised only from the whole page), number 100 in both.
    let release!: () => void;
    const whole = new Promise<void>((r) => (release = r));
    const match = vi.fn(async (req: MatchReq): Promise<MatchRes> => {
      calls.push(req.sentences.map((s) => s.text));
      const alone = req.sentences.length < 120;
      if (!alone) await whole;
      const claims: LinkedClaim[] = req.sentences
        .filter((s) => (alone && /number 5 /.test(s.text)) || /number (100|7) /.test(s.text))
        .map((s) => ({ id: s.id, text: s.text, verdict: 'corroborated' as const, sources: [{ articleId: 'a', outlet: 'Wire', title: 'T', text: s.text, relation: 'corroborates' as const, score: 0.9, why: 'same', independent: true, emphasis: [] }] }));
      return { ok: true, data: { claims } };
    });
    const { annotator } = setup(match, `<article>${paras.join('')}</article>`);
    const starting = annotator.start();
    // Painted from the peek's answer, but still loading until the whole page's answer is in.
    await vi.waitFor(() => expect(annotator.state().claims.length).toBe(2)); // numbers 5 and 7
    expect(annotator.state().status).toBe('loading');
    release();
    const state = await starting;
    expect(calls.map((c) => c.length)).toEqual([40, 120]);
    expect(calls[1].slice(0, 40)).toEqual(calls[0]);
    expect(state.claims.map((c) => c.text.match(/number (\d+)/)![1]).sort()).toEqual(['100', '7']);
    expect(annotator.markerOrder()).toHaveLength(2);
  });

  it('repaints a re-rendered paragraph from the cache at once, without asking again', async () => {
    const { match } = fakeMatch();
    const { annotator } = setup(match);
    const first = await annotator.start();
    const agree = first.claims.find((c) => c.verdict === 'corroborated')!;
    const para = document.querySelectorAll('article p')[1] as HTMLElement;
    para.textContent = para.textContent; // a framework re-render: same text, new nodes
    // Repainted from the cache within the observer's next turns (a busy machine may need a few),
    // long before a match round trip could answer, and without asking.
    for (let i = 0; i < 20 && marksText(agree.id) !== AGREE; i++) await new Promise((r) => setTimeout(r, 0));
    expect(marksText(agree.id)).toBe(AGREE);
    expect(match).toHaveBeenCalledTimes(1);
    await new Promise((r) => setTimeout(r, 60));
    expect(match).toHaveBeenCalledTimes(1);
    expect(annotator.state().claims.map((c) => c.id).sort()).toEqual(first.claims.map((c) => c.id).sort());
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

  it('drops highlights of an article made editable, at once, and never paints editable text', async () => {
    const { match } = fakeMatch();
    const { annotator } = setup(match);
    expect((await annotator.start()).claims.length).toBe(2);
    document.querySelector('article')!.setAttribute('contenteditable', 'true');
    await new Promise((r) => setTimeout(r, 0));
    expect(annotator.state().claims).toEqual([]);
    expect(annotator.markerOrder()).toEqual([]);
    await new Promise((r) => setTimeout(r, 60));
    expect(annotator.state().claims).toEqual([]);
  });

  it('drops every highlight when the document turns on designMode', async () => {
    const { annotator } = setup();
    expect((await annotator.start()).claims.length).toBe(2);
    document.designMode = 'on';
    await vi.waitFor(() => expect(annotator.state().claims).toEqual([]), { timeout: 2000 });
    document.designMode = 'off';
  });

  it('annotates only what isReadable accepts (hidden, off-screen text is never sent)', async () => {
    const { match, calls } = fakeMatch();
    document.body.innerHTML = PAGE;
    const annotator = new Annotator({
      doc: document,
      match,
      signal: new AbortController().signal,
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      isReadable: (ranges) => !/grain/.test(ranges.map((r) => r.node.data.slice(r.start, r.end)).join('')),
    });
    live.push(annotator);
    const state = await annotator.start();
    expect(calls[0].map((s) => s.text).join(' ')).not.toMatch(/grain/);
    expect(state.claims.map((c) => c.verdict)).toEqual(['conflicted']);
  });
});
