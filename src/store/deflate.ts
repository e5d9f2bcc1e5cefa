/**
 * Deflate and inflate (raw DEFLATE, as fflate's deflateSync writes it) with the platform's own
 * CompressionStream where there is one: native code, several times faster than the JavaScript
 * fflate, which matters on a cold worker that inflates hundreds of claims rows for one page,
 * and in imports. Both formats are the same bytes, so rows written either way read either way.
 * The synchronous fflate versions stay for code that runs inside an IndexedDB transaction (an
 * await on anything but a request there lets the transaction commit).
 */
import { deflateSync, inflateSync } from 'fflate';

const native = typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * Bytes through a (de)compression stream, written and read directly: measured in Chromium, a
 * Blob or Response around the bytes costs several times more per call (600 rows: 550-750 ms
 * through Blob, 130-200 ms this way, 450 ms with fflate and its UTF-8 decoding).
 */
async function through(stream: CompressionStream | DecompressionStream, bytes: Uint8Array): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** `text` as UTF-8, raw-deflated (level 6 or the platform's default). */
export async function deflateText(text: string): Promise<Uint8Array> {
  if (!native) return deflateTextSync(text);
  return through(new CompressionStream('deflate-raw'), encoder.encode(text));
}

/** The text of raw-deflated UTF-8 bytes. */
export async function inflateText(bytes: Uint8Array): Promise<string> {
  if (!native) return inflateTextSync(bytes);
  return decoder.decode(await through(new DecompressionStream('deflate-raw'), bytes));
}

/** deflateText, synchronously (fflate). */
export function deflateTextSync(text: string): Uint8Array {
  return deflateSync(encoder.encode(text), { level: 6 });
}

/** inflateText, synchronously (fflate). */
export function inflateTextSync(bytes: Uint8Array): string {
  return decoder.decode(inflateSync(bytes));
}
