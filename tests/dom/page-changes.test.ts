import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageChanges } from '../../src/page/page-changes';

/** Let the MutationObserver deliver its records. */
const settle = () => new Promise((r) => setTimeout(r, 0));

let watcher: PageChanges | null = null;
afterEach(() => {
  watcher?.destroy();
  document.body.innerHTML = '';
});

function watch() {
  document.body.innerHTML = '<article><p id="p">Some marked text.</p></article>';
  const onChange = vi.fn();
  watcher = new PageChanges(document, onChange);
  watcher.start();
  return { onChange, w: watcher };
}

describe('PageChanges', () => {
  it('reports the page adding content', async () => {
    const { onChange } = watch();
    const p = document.createElement('p');
    p.textContent = 'A late paragraph.';
    document.querySelector('article')!.appendChild(p);
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores changes made inside quietly()', async () => {
    const { onChange, w } = watch();
    w.quietly(() => {
      document.documentElement.appendChild(document.createElement('claimlens-layer'));
      document.getElementById('p')!.setAttribute('data-x', '1');
    });
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('hands page changes made before quietly() on instead of dropping them', async () => {
    const { onChange, w } = watch();
    document.querySelector('article')!.appendChild(document.createElement('p')).textContent = 'Page text.';
    w.quietly(() => document.documentElement.appendChild(document.createElement('claimlens-layer')));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores our own host element and unwatched attributes; reports contenteditable', async () => {
    const { onChange } = watch();
    document.documentElement.appendChild(document.createElement('claimlens-layer'));
    document.getElementById('p')!.setAttribute('class', 'x');
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    document.querySelector('article')!.setAttribute('contenteditable', 'true');
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    onChange.mockClear();
    document.getElementById('p')!.firstChild!.textContent = 'Other ';
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
