import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Popup } from '../../src/ui/Popup';
import type { PopupApi } from '../../src/ui/popup-api';
import type { PageState } from '../../src/messaging/protocol';

const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });

const article = { id: '', title: 'Talks in Hangzhou', outlet: 'CNN', text: 'A. B. C.' };
function fakeApi(over: Partial<PopupApi> = {}): PopupApi {
  const none: PageState = { status: 'none', claims: [] };
  return {
    host: 'www.cnn.com',
    pageState: vi.fn(async () => ({ ok: true as const, data: none })),
    scrollTo: vi.fn(async () => ({ ok: true as const, data: { found: true } })),
    extract: vi.fn(async () => ({ ok: true as const, article })),
    addArticle: vi.fn(async () => ({
      ok: true as const,
      data: { article: { id: 'x', title: article.title, outlet: 'CNN', claimCount: 7, added: 1, origin: 'hand' as const } },
    })),
    refresh: vi.fn(async () => ({ ok: true as const, data: none })),
    getPaused: vi.fn(async () => ({ ok: true as const, data: { paused: false } })),
    setPaused: vi.fn(async (_h: string, paused: boolean) => ({ ok: true as const, data: { paused } })),
    openLibrary: vi.fn(),
    ...over,
  };
}

async function mount(api: PopupApi) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Popup api={api} />, root));
  await flush();
  const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
  return { root, button };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Popup', () => {
  it('opens the story view from "Compare outlets", and has no such button without one', async () => {
    const api = fakeApi({ openStory: vi.fn() });
    const { button } = await mount(api);
    button('Compare outlets').click();
    expect(api.openStory).toHaveBeenCalledTimes(1);
    document.body.innerHTML = '';
    const without = await mount(fakeApi());
    expect(without.button('Compare outlets')).toBeUndefined();
  });

  it('adds the extracted article, says what was added, then refreshes the page', async () => {
    const api = fakeApi();
    const { root, button } = await mount(api);
    button('Add this article to my library').click();
    await flush();
    expect(api.addArticle).toHaveBeenCalledWith(article);
    expect(root.querySelector('.cl-notice')?.textContent).toBe('Added CNN: “Talks in Hangzhou” (7 claims).');
    expect(api.refresh).toHaveBeenCalledTimes(1);
  });

  it("passes on the background's reason when an article is refused, and does not refresh", async () => {
    const api = fakeApi({ addArticle: vi.fn(async () => ({ ok: false as const, error: 'Already in your library.' })) });
    const { root, button } = await mount(api);
    button('Add this article to my library').click();
    await flush();
    expect(root.querySelector('.cl-notice')?.textContent).toBe('Not added: Already in your library.');
    expect(api.refresh).not.toHaveBeenCalled();
  });

  it('says why when the page has no article', async () => {
    const api = fakeApi({ extract: vi.fn(async () => ({ ok: false as const, error: 'Readability found no article on this page.' })) });
    const { root, button } = await mount(api);
    button('Add this article to my library').click();
    await flush();
    expect(root.querySelector('.cl-notice')?.textContent).toContain('found no article');
    expect(api.addArticle).not.toHaveBeenCalled();
  });

  it('pauses the site by host and shows Resume after', async () => {
    const paused: PageState = { status: 'paused', claims: [] };
    const api = fakeApi({ refresh: vi.fn(async () => ({ ok: true as const, data: paused })) });
    const { root, button } = await mount(api);
    button('Pause on this site').click();
    await flush();
    expect(api.setPaused).toHaveBeenCalledWith('www.cnn.com', true);
    expect(button('Resume on this site')).toBeDefined();
    expect(root.querySelector('.cl-empty')?.textContent).toContain('Paused on this site');
  });

  it('turns a tab without the content script into advice', async () => {
    const api = fakeApi({
      pageState: vi.fn(async () => ({ ok: false as const, error: 'Could not establish connection. Receiving end does not exist.' })),
    });
    const { root } = await mount(api);
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/can't read this tab/);
  });

  it('scrolls to a selected claim', async () => {
    const state: PageState = {
      status: 'ok',
      claims: [{ id: 'p3', text: 'A claim.', verdict: 'corroborated', sources: [] }],
    };
    const api = fakeApi({ pageState: vi.fn(async () => ({ ok: true as const, data: state })) });
    const { root } = await mount(api);
    root.querySelector<HTMLButtonElement>('[data-claim="p3"]')!.click();
    await flush();
    expect(api.scrollTo).toHaveBeenCalledWith('p3');
  });
});
