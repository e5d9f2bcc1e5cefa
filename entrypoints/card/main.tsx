/**
 * The source card page, framed by the content script inside the web page's closed shadow root.
 * It asks for its claim with the token in its address (through the background, which relays to
 * the content script of this frame's tab); the claim never comes in the URL or a window message.
 * It reports its height so the frame fits it, and Esc or the close button closes it.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { CardEvent, LinkedClaimOrNull } from './relay';
import { SourceCard } from '../../src/ui/SourceCard';
import './card.css';

const token = location.hash.slice(1);

async function relay(event: CardEvent['event'], height?: number): Promise<LinkedClaimOrNull> {
  try {
    const answer = (await browser.runtime.sendMessage({ type: 'card.relay', token, event, height })) as
      | { ok: true; data: { claim: LinkedClaimOrNull } }
      | { ok: false; error: string }
      | undefined;
    return answer?.ok ? answer.data.claim : null;
  } catch {
    return null;
  }
}

const close = (): void => void relay('close');

async function main(): Promise<void> {
  const app = document.getElementById('app')!;
  const claim = token ? await relay('ready') : null;
  if (!claim) {
    app.textContent = '';
    return;
  }
  render(<SourceCard claim={claim} onClose={close} />, app);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  let last = 0;
  const report = (): void => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    void relay('size', height);
  };
  new ResizeObserver(report).observe(app);
  report();
  (document.querySelector('button') as HTMLElement | null)?.focus();
}

void main();
