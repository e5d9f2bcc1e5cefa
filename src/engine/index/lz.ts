/**
 * A small LZ77 byte codec (the LZ4 block layout, with the decoded length in front) for the
 * in-memory library's packed claims. Deflate (fflate, level 1) took a fifth of indexing time;
 * this does no entropy coding, only back-references, so it packs the claims' JSON about 4x (deflate
 * 5x) at several times deflate's speed, and unpacks faster too. In memory only: nothing stored or
 * sent is in this format.
 */

const HASH_BITS = 13;
/** Position + 1 of the last 4-byte sequence seen per hash (0: none); reused across calls. */
const table = new Int32Array(1 << HASH_BITS);
const MIN_MATCH = 4;
/** The last bytes are always literals (the layout LZ4 uses, so a match never runs to the end). */
const END_LITERALS = 5;
const MAX_OFFSET = 0xffff;

function read32(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
}

/** Write a length's remainder past its 4-bit field (LZ4: 255s, then the rest). */
function writeLength(out: Uint8Array, o: number, len: number): number {
  while (len >= 255) { out[o++] = 255; len -= 255; }
  out[o++] = len;
  return o;
}

/** Copy src[from, to) to out at o; returns the new end. A loop for the short runs most are. */
function copy(src: Uint8Array, from: number, to: number, out: Uint8Array, o: number): number {
  if (to - from > 32) {
    out.set(src.subarray(from, to), o);
    return o + to - from;
  }
  while (from < to) out[o++] = src[from++];
  return o;
}

/** Compress bytes. */
export function lzCompress(src: Uint8Array): Uint8Array {
  const n = src.length;
  // Worst case: all literals, one length byte per 255 of them, the header and a token.
  const out = new Uint8Array(n + ((n / 255) | 0) + 16);
  let o = 0;
  // Header: the decoded length, 7 bits a byte.
  for (let v = n; ; v >>>= 7) {
    if (v < 0x80) { out[o++] = v; break; }
    out[o++] = (v & 0x7f) | 0x80;
  }
  table.fill(0);
  let anchor = 0;
  const limit = n - END_LITERALS - MIN_MATCH;
  let i = 0;
  let misses = 0;
  while (i <= limit) {
    const seq = read32(src, i);
    const h = Math.imul(seq, 0x9e3779b1) >>> (32 - HASH_BITS);
    const ref = table[h] - 1;
    table[h] = i + 1;
    if (ref < 0 || i - ref > MAX_OFFSET || read32(src, ref) !== seq) {
      // Skip faster through stretches that do not repeat.
      i += 1 + (misses++ >> 5);
      continue;
    }
    misses = 0;
    // Extend the match forward (up to the trailing literals) and back over pending literals.
    let s = i;
    let r = ref;
    while (s > anchor && r > 0 && src[s - 1] === src[r - 1]) { s--; r--; }
    let e = i + MIN_MATCH;
    const end = n - END_LITERALS;
    while (e < end && src[e] === src[e - i + ref]) e++;
    const lit = s - anchor;
    const mlen = e - s - MIN_MATCH;
    out[o++] = ((lit >= 15 ? 15 : lit) << 4) | (mlen >= 15 ? 15 : mlen);
    if (lit >= 15) o = writeLength(out, o, lit - 15);
    o = copy(src, anchor, s, out, o);
    const off = s - r;
    out[o++] = off & 0xff;
    out[o++] = off >>> 8;
    if (mlen >= 15) o = writeLength(out, o, mlen - 15);
    anchor = i = e;
    // Index a position inside the match too, so the next repeat of its end is found.
    if (e - 2 <= limit) table[Math.imul(read32(src, e - 2), 0x9e3779b1) >>> (32 - HASH_BITS)] = e - 1;
  }
  // The rest as literals.
  const lit = n - anchor;
  out[o++] = (lit >= 15 ? 15 : lit) << 4;
  if (lit >= 15) o = writeLength(out, o, lit - 15);
  out.set(src.subarray(anchor, n), o);
  o += lit;
  return out.slice(0, o);
}

/** Decompress what lzCompress made. */
export function lzDecompress(src: Uint8Array): Uint8Array {
  let i = 0;
  let n = 0;
  for (let shift = 0; ; shift += 7) {
    const b = src[i++];
    n += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) break;
  }
  const out = new Uint8Array(n);
  let o = 0;
  while (i < src.length) {
    const token = src[i++];
    let lit = token >>> 4;
    if (lit === 15) { let b; do { b = src[i++]; lit += b; } while (b === 255); }
    o = copy(src, i, i + lit, out, o);
    i += lit;
    if (i >= src.length) break;
    const off = src[i] | (src[i + 1] << 8);
    i += 2;
    let mlen = token & 15;
    if (mlen === 15) { let b; do { b = src[i++]; mlen += b; } while (b === 255); }
    mlen += MIN_MATCH;
    let r = o - off;
    if (off >= mlen && mlen > 32) {
      out.copyWithin(o, r, r + mlen);
      o += mlen;
    } else {
      // Byte by byte: short copies, and overlapping ones (which repeat their own start).
      for (const stop = o + mlen; o < stop;) out[o++] = out[r++];
    }
  }
  if (o !== n) throw new Error(`lzDecompress: ${o} bytes, expected ${n}`);
  return out;
}
