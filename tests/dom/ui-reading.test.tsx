/** The popup's reading panel and the library page's reading settings, against test doubles. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleSummary, ReadingSettings } from '../../src/messaging/protocol';
import { ReadingPanel, type ReadingApi } from '../../src/ui/ReadingPanel';
import { parseSites, ReadingSettingsForm, type ReadingSettingsApi } from '../../src/ui/ReadingSettingsForm';

const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });
const READ: ArticleSummary = { id: 'r1', outlet: 'Harbour Gazette', title: 'Leaders meet', claimCount: 6, added: 5, origin: 'read', url: 'https://harbour.example/a' };

function panelApi(over: Partial<ReadingApi> = {}): ReadingApi {
  let on = false;
  return {
    url: 'https://harbour.example/a',
    site: vi.fn(async () => ({ ok: true as const, data: { autoAdd: on, neverAdd: false } })),
    setSite: vi.fn(async (_h: string, next: boolean) => { on = next; return { ok: true as const, data: { autoAdd: next } }; }),
    addedFrom: vi.fn(async () => ({ ok: true as const, data: { article: READ } })),
    undo: vi.fn(async () => ({ ok: true as const, data: { deleted: true } })),
    refresh: vi.fn(async () => undefined),
    ...over,
  };
}

async function mount(node: preact.ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.appendChild(root);
  await act(() => render(node, root));
  await flush();
  return root;
}

describe('popup: add the articles I read', () => {
  it("switches the site on, then shows what was added from this page with an Undo that works", async () => {
    const api = panelApi();
    const notices: string[] = [];
    const root = await mount(<ReadingPanel api={api} host="harbour.example" onNotice={(t) => notices.push(t)} />);
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.checked).toBe(false);
    expect(root.textContent).toContain('Add the articles I read on this site');
    await act(() => box.click());
    expect(box.checked).toBe(true); // at once, before the answer
    await flush();
    expect(api.setSite).toHaveBeenCalledWith('harbour.example', true);
    expect(api.refresh).toHaveBeenCalled();
    expect(notices.at(-1)).toMatch(/will be added/);
    expect(root.querySelector('.cl-reading-added')?.textContent).toContain('Leaders meet');
    await act(() => root.querySelector<HTMLButtonElement>('.cl-reading-added button')!.click());
    await flush();
    expect(api.undo).toHaveBeenCalledWith('r1');
    expect(root.querySelector('.cl-reading-added')).toBeNull();
    expect(notices.at(-1)).toMatch(/will not be added again/);
  });

  it('puts the switch back and says why when the setting cannot be saved', async () => {
    const notices: string[] = [];
    const api = panelApi({ setSite: vi.fn(async () => ({ ok: false as const, error: 'disk full' })) });
    const root = await mount(<ReadingPanel api={api} host="harbour.example" onNotice={(t) => notices.push(t)} />);
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    await act(() => box.click());
    await flush();
    expect(box.checked).toBe(false);
    expect(notices.at(-1)).toMatch(/disk full/);
  });

  it('offers no Undo for an article added by hand, and a disabled switch on a never-add site', async () => {
    const api = panelApi({
      site: vi.fn(async () => ({ ok: true as const, data: { autoAdd: false, neverAdd: true } })),
      addedFrom: vi.fn(async () => ({ ok: true as const, data: { article: { ...READ, origin: 'hand' as const } } })),
    });
    const root = await mount(<ReadingPanel api={api} host="mail.example" onNotice={() => {}} />);
    expect(root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.disabled).toBe(true);
    expect(root.textContent).toMatch(/never added/);
    expect(root.querySelector('.cl-reading-added')).toBeNull();
  });
});

describe('library page: grow the library as you read', () => {
  function settingsApi(): ReadingSettingsApi & { saved: Partial<ReadingSettings>[] } {
    let current: ReadingSettings = { autoAdd: false, maxArticles: 20_000, neverSites: [] };
    const saved: Partial<ReadingSettings>[] = [];
    return {
      saved,
      get: vi.fn(async () => ({ ok: true as const, data: current })),
      set: vi.fn(async (change: Partial<ReadingSettings>) => {
        saved.push(change);
        current = { ...current, ...change };
        return { ok: true as const, data: current };
      }),
    };
  }

  it('is off by default with a limit of 20,000, and saves what the reader changes', async () => {
    const api = settingsApi();
    const onDeleteRead = vi.fn();
    const root = await mount(<ReadingSettingsForm api={api} readCount={3} onDeleteRead={onDeleteRead} />);
    const box = root.querySelector<HTMLInputElement>('input[name="autoAdd"]')!;
    const max = root.querySelector<HTMLInputElement>('input[name="maxArticles"]')!;
    const sites = root.querySelector<HTMLTextAreaElement>('textarea[name="neverSites"]')!;
    expect(box.checked).toBe(false);
    expect(max.value).toBe('20000');
    await act(() => box.click());
    await act(() => { max.value = '500'; max.dispatchEvent(new Event('input', { bubbles: true })); });
    await act(() => { sites.value = 'https://tabloid.example/, gossip.example\nbank.example'; sites.dispatchEvent(new Event('input', { bubbles: true })); });
    await act(() => root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    await flush();
    expect(api.saved.at(-1)).toEqual({ autoAdd: true, maxArticles: 500, neverSites: ['tabloid.example', 'gossip.example', 'bank.example'] });
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/Saved/);
    const del = [...root.querySelectorAll('button')].find((b) => /added by reading/.test(b.textContent ?? ''))!;
    expect(del.textContent).toContain('3 articles');
    await act(() => del.click());
    expect(onDeleteRead).toHaveBeenCalled();
  });

  it('refuses an empty limit (the browser itself refuses fractions and numbers under 10), and saves nothing', async () => {
    const api = settingsApi();
    const root = await mount(<ReadingSettingsForm api={api} readCount={0} onDeleteRead={() => {}} />);
    const max = root.querySelector<HTMLInputElement>('input[name="maxArticles"]')!;
    await act(() => { max.value = ''; max.dispatchEvent(new Event('input', { bubbles: true })); });
    await act(() => root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    await flush();
    expect(api.set).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/at least 10/);
  });

  it('reads site lists the way readers paste them', () => {
    expect(parseSites(' a.example\n\nhttps://b.example/path , c.example ')).toEqual(['a.example', 'b.example', 'c.example']);
  });
});
