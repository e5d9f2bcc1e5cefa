import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { LibraryPage } from '../../src/ui/LibraryPage';
import type { LibraryApi } from '../../src/ui/library-api';
import type { ArticleSummary, ImportItem, LibraryExport, LibraryJob } from '../../src/messaging/protocol';
import type { ArticleInput } from '../../src/engine/types';

const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });

const summaries: ArticleSummary[] = [
  { id: 'cnn-1', outlet: 'CNN', title: 'Obama and Putin meet at G20', published: '2016-09-05', claimCount: 12, added: 3, origin: 'seed' },
  { id: 'xin-1', outlet: 'Xinhua', title: 'Xi hosts leaders in Hangzhou', claimCount: 8, added: 2, origin: 'hand' },
  { id: 'rt-1', outlet: 'RT', title: 'Putin meets Obama on sidelines', claimCount: 5, added: 1, origin: 'read' },
];

function fakeApi(over: Partial<LibraryApi> = {}): LibraryApi {
  let list = [...summaries];
  // A background that finishes every job at once: imports add each received article.
  let last: LibraryJob | undefined;
  const received: ImportItem[] = [];
  const job = (kind: LibraryJob['kind'], total: number): LibraryJob => ({
    id: `${kind}-1`, kind, state: 'running', total, done: 0, added: 0, skipped: [], started: 1, runStarted: 1, runDoneAtStart: 0,
  });
  return {
    importBegin: vi.fn(async (total: number) => ({ ok: true as const, data: { job: { ...job('import', total), state: 'receiving' as const } } })),
    importItems: vi.fn(async (_id: string, items: ImportItem[]) => {
      received.push(...items);
      return { ok: true as const, data: { received: received.length } };
    }),
    importStart: vi.fn(async () => {
      const skipped = received.flatMap((it) => ('invalid' in it ? [{ ...it.invalid, position: it.position }] : []));
      last = { ...job('import', received.length), state: 'done', done: received.length, added: received.length - skipped.length, skipped };
      return { ok: true as const, data: { job: { ...last, state: 'running' as const } } };
    }),
    deleteBegin: vi.fn(async (ids?: string[]) => {
      const gone = ids ?? list.map((a) => a.id);
      list = list.filter((a) => !gone.includes(a.id));
      last = { ...job('delete', gone.length), state: 'done', done: gone.length, added: gone.length };
      return { ok: true as const, data: { job: { ...last, state: 'running' as const } } };
    }),
    cancelJob: vi.fn(async () => ({ ok: true as const, data: {} })),
    jobs: vi.fn(async () => ({ ok: true as const, data: last ? { last } : {} })),
    list: vi.fn(async () => ({ ok: true as const, data: { articles: list } })),
    add: vi.fn(async (a: ArticleInput) => ({ ok: true as const, data: { article: { id: 'n', title: a.title, outlet: a.outlet, claimCount: 4, added: 9, origin: 'hand' as const } } })),
    addMany: vi.fn(async (articles: ArticleInput[]) => ({
      ok: true as const,
      data: { added: articles.map((a) => ({ id: a.title, title: a.title, outlet: a.outlet, claimCount: 1, added: 0, origin: 'import' as const })), skipped: [] },
    })),
    remove: vi.fn(async (ids: string[]) => {
      list = list.filter((a) => !ids.includes(a.id));
      return { ok: true as const, data: { deleted: ids.length } };
    }),
    exportLibrary: vi.fn(async () => ({
      ok: true as const,
      data: { format: 'claimlens-library', version: 1, exported: 'now', articles: [] } as LibraryExport,
    })),
    ...over,
  };
}

async function mount(api: LibraryApi, download = vi.fn()) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<LibraryPage api={api} download={download} pollMs={1} />, root));
  await flush();
  const buttons = (name: string) => [...root.querySelectorAll('button')].filter((b) => b.textContent === name);
  const titles = () => [...root.querySelectorAll('.lib-item .lib-title')].map((t) => t.textContent);
  return { root, buttons, titles, download };
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('LibraryPage', () => {
  it('lists articles newest first with outlet, date and claim count', async () => {
    const { root, titles } = await mount(fakeApi());
    expect(titles()).toEqual(['Obama and Putin meet at G20', 'Xi hosts leaders in Hangzhou', 'Putin meets Obama on sidelines']);
    const first = root.querySelector('.lib-item')!;
    expect(first.querySelector('.lib-outlet')?.textContent).toBe('CNN');
    expect(first.querySelector('.lib-meta')?.textContent).toMatch(/2016.*12 claims/);
  });

  it('says why when the library cannot be loaded', async () => {
    const { root } = await mount(fakeApi({ list: vi.fn(async () => ({ ok: false as const, error: 'database blocked' })) }));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Could not load the library: database blocked');
    expect(root.textContent).not.toContain('Loading the library');
  });

  it('filters by outlet or title', async () => {
    const { root, titles } = await mount(fakeApi());
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    type(search, 'putin');
    expect(titles()).toEqual(['Obama and Putin meet at G20', 'Putin meets Obama on sidelines']);
    type(search, 'xinhua');
    expect(titles()).toEqual(['Xi hosts leaders in Hangzhou']);
    type(search, 'rt sidelines');
    expect(titles()).toEqual(['Putin meets Obama on sidelines']);
  });

  it('deletes only after confirmation', async () => {
    const api = fakeApi();
    const { buttons, titles } = await mount(api);
    act(() => buttons('Delete')[1].click());
    expect(api.remove).not.toHaveBeenCalled();
    act(() => buttons('Cancel')[0].click());
    expect(buttons('Yes, delete')).toHaveLength(0);
    expect(api.remove).not.toHaveBeenCalled();

    act(() => buttons('Delete')[1].click());
    act(() => buttons('Yes, delete')[0].click());
    await flush();
    expect(api.remove).toHaveBeenCalledWith(['xin-1']);
    expect(titles()).not.toContain('Xi hosts leaders in Hangzhou');
  });

  it('backs out of a pending deletion on Esc, as Cancel does', async () => {
    const api = fakeApi();
    const { buttons } = await mount(api);
    act(() => buttons('Delete all…')[0].click());
    const yes = buttons('Yes, delete all')[0];
    expect(yes).toBeTruthy();
    act(() => { yes.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })); });
    expect(buttons('Yes, delete all')).toHaveLength(0);
    expect(buttons('Delete all…')).toHaveLength(1);
    expect(api.deleteBegin).not.toHaveBeenCalled();
  });

  it('deletes all only after confirmation', async () => {
    const api = fakeApi();
    const { root, buttons, titles } = await mount(api);
    act(() => buttons('Delete all…')[0].click());
    expect(api.remove).not.toHaveBeenCalled();
    act(() => buttons('Yes, delete all')[0].click());
    await flush();
    // A background job, not one request: the page follows it, then lists what is left.
    expect(api.deleteBegin).toHaveBeenCalledWith();
    expect(api.remove).not.toHaveBeenCalled();
    await flush();
    await flush();
    expect(titles()).toEqual([]);
    expect(root.querySelector('.lib-summary')?.textContent).toContain('Deleted 3 articles.');
  });

  it('adds a pasted article with its fields', async () => {
    const api = fakeApi();
    const { root } = await mount(api);
    const form = root.querySelector<HTMLFormElement>('form.lib-add')!;
    type(form.querySelector<HTMLInputElement>('input[name="title"]')!, 'G20 talks');
    type(form.querySelector<HTMLInputElement>('input[name="outlet"]')!, 'Reuters');
    type(form.querySelector<HTMLInputElement>('input[name="published"]')!, '2016-09-05');
    type(form.querySelector<HTMLTextAreaElement>('textarea')!, 'They met.\n\nThey talked.');
    act(() => void form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await flush();
    expect(api.add).toHaveBeenCalledWith({ id: '', title: 'G20 talks', outlet: 'Reuters', published: '2016-09-05', text: 'They met.\n\nThey talked.' });
    expect(root.querySelector('.lib-status')?.textContent).toContain('Added Reuters: “G20 talks” (4 claims)');
  });

  it("keeps the form and shows the background's reason when adding is refused", async () => {
    const api = fakeApi({ add: vi.fn(async () => ({ ok: false as const, error: 'Too short: fewer than 3 claims.' })) });
    const { root } = await mount(api);
    const textarea = root.querySelector<HTMLTextAreaElement>('form.lib-add textarea')!;
    type(textarea, 'Short.');
    act(() => void root.querySelector('form.lib-add')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await flush();
    expect(root.querySelector('.lib-message')?.textContent).toBe('Not added: Too short: fewer than 3 claims.');
    expect(textarea.value).toBe('Short.');
  });

  it('exports the library as one downloaded JSON file', async () => {
    const api = fakeApi();
    const { buttons, download } = await mount(api);
    act(() => buttons('Export library')[0].click());
    await flush();
    expect(download).toHaveBeenCalledTimes(1);
    const [name, data] = download.mock.calls[0];
    expect(name).toMatch(/^claimlens-library-\d{4}-\d{2}-\d{2}\.json$/);
    expect(data).toMatchObject({ format: 'claimlens-library' });
  });

  it('a bad import file gives a clear message and adds nothing', async () => {
    const api = fakeApi();
    const { root } = await mount(api);
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const bad = new File(['{"articles": ['], 'library.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [bad], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(root.querySelector('.lib-import [role="alert"]')?.textContent).toMatch(/library\.json: This file is not valid JSON.*Nothing was imported/);
    expect(api.importBegin).not.toHaveBeenCalled();
  });

  it('imports a good file and shows a summary', async () => {
    const api = fakeApi();
    const { root } = await mount(api);
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const good = new File([JSON.stringify([{ title: 'A', outlet: 'AP', text: 'x' }, { title: 'B', text: 'y' }])], 'two.json');
    Object.defineProperty(input, 'files', { value: [good], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    await flush();
    expect(api.importBegin).toHaveBeenCalledWith(2);
    expect(api.importStart).toHaveBeenCalledTimes(1);
    expect(root.querySelector('.lib-summary')?.textContent).toContain('Added 2 articles, skipped 0.');
  });

  it('names an oversized article by its file position and imports the others', async () => {
    const api = fakeApi();
    const { root } = await mount(api);
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const list = [{ title: 'A', text: 'x' }, { title: 'Huge', text: 'y'.repeat(200_001) }, { title: 'C', text: 'z' }];
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(list)], 'three.json')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    await flush();
    const sent = (api.importItems as ReturnType<typeof vi.fn>).mock.calls[0][1] as ImportItem[];
    expect(sent.map((it) => ('article' in it ? it.article.title : `invalid ${it.position}`))).toEqual(['A', 'invalid 1', 'C']);
    const summary = root.querySelector('.lib-summary')!.textContent!;
    expect(summary).toContain('Added 2 articles, skipped 1.');
    expect(summary).toContain('Article 2 of three.json, “Huge”: longer than 200,000 characters');
  });

  it('draws only the rows in view of a long list, and searches it', async () => {
    const many: ArticleSummary[] = Array.from({ length: 5000 }, (_, i) => ({ id: `a${i}`, outlet: i % 2 ? 'AP' : 'Reuters', title: `Story number ${i}`, claimCount: 3, added: 5000 - i, origin: 'import' as const }));
    const { root, titles } = await mount(fakeApi({ list: vi.fn(async () => ({ ok: true as const, data: { articles: many } })) }));
    expect(root.querySelector('.lib-count')?.textContent).toBe('5000 articles');
    expect(titles().length).toBeLessThan(100);
    expect(titles()[0]).toBe('Story number 0');
    type(root.querySelector<HTMLInputElement>('input[type="search"]')!, 'number 4999');
    expect(titles()).toEqual(['Story number 4999']);
    expect(root.querySelector('.lib-count')?.textContent).toBe('1 of 5000 articles');
  });
});
