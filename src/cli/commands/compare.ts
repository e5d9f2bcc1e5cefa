import { compareSentences, type Relation } from '../../engine';

/** Parse and answer one input line; a bad line gives an error message instead. */
export function compareLine(line: string, n: number): { out?: Relation; error?: string } {
  let pair: unknown;
  try {
    pair = JSON.parse(line);
  } catch {
    return { error: `line ${n}: bad JSON` };
  }
  const p = pair as { a?: unknown; b?: unknown };
  if (!p || typeof p !== 'object' || typeof p.a !== 'string' || typeof p.b !== 'string') {
    return { error: `line ${n}: expected {"a": "...", "b": "..."}` };
  }
  if (!p.a.trim() || !p.b.trim()) return { error: `line ${n}: empty sentence` };
  return { out: compareSentences(p.a, p.b) };
}

/** `claimlens compare [--json] < pairs.jsonl`: one answer per input line; bad lines go to stderr. */
export async function compareCommand(input: AsyncIterable<string>, json: boolean, write: (s: string) => void, warn: (s: string) => void): Promise<number> {
  let n = 0;
  let failed = 0;
  for await (const line of input) {
    n++;
    if (!line.trim()) continue;
    const { out, error } = compareLine(line, n);
    if (error || !out) {
      failed++;
      warn(`claimlens compare: ${error}`);
      continue;
    }
    write(json ? JSON.stringify(out) : `${out.relation}\t${out.score.toFixed(2)}\t${out.why}`);
  }
  return failed ? 1 : 0;
}
