/** Cutting a sentence into plain and emphasised pieces, for the card's "what differs" marks. */

/** One piece of a sentence: its text and whether it is emphasised. */
export interface TextPiece {
  text: string;
  emphasis: boolean;
}

/**
 * Split `text` at the `ranges` ([start, end) character offsets). Ranges may arrive unsorted,
 * overlapping or out of bounds (they come from another context), so they are clamped and merged
 * first; the pieces always concatenate back to exactly `text`.
 */
export function splitEmphasis(text: string, ranges: ReadonlyArray<readonly [number, number]>): TextPiece[] {
  const clean = ranges
    .map(([a, b]) => [Math.max(0, Math.min(a, text.length)), Math.max(0, Math.min(b, text.length))] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [a, b] of clean) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const [a, b] of merged) {
    if (a > at) pieces.push({ text: text.slice(at, a), emphasis: false });
    pieces.push({ text: text.slice(a, b), emphasis: true });
    at = b;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), emphasis: false });
  return pieces;
}
