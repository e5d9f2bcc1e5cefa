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
  document.body.innerHTML = '<article><p id="p">Some <claimlens-mark>marked</claimlens-mark> text.</p></article>';
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
      const text = document.getElementById('p')!.lastChild as Text;
      const mark = document.createElement('claimlens-mark');
      text.splitText(2);
      text.parentNode!.insertBefore(mark, text);
      mark.appendChild(text);
    });
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('hands page changes made before quietly() on instead of dropping them', async () => {
    const { onChange, w } = watch();
    document.querySelector('article')!.appendChild(document.createElement('p')).textContent = 'Page text.';
    w.quietly(() => document.getElementById('p')!.appendChild(document.createElement('claimlens-mark')));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores our own elements and text changes inside our marks', async () => {
    const { onChange } = watch();
    document.body.appendChild(document.createElement('claimlens-card'));
    document.querySelector('claimlens-mark')!.firstChild!.textContent = 'changed';
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    document.getElementById('p')!.firstChild!.textContent = 'Other ';
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
