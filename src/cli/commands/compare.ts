import { compareSentences, type Relation } from '../../engine';

/** Longest sentence compared: the extension's own limit for a sentence sent from a page. */
export const MAX_SENTENCE = 10_000;
/** Longest input line read as JSON at all (two sentences and their escaping). */
const MAX_LINE = 4 * MAX_SENTENCE;

/** Parse and answer one input line; a bad line gives an error message instead. */
export function compareLine(line: string, n: number): { out?: Relation; error?: string } {
  // A megabyte of "sentence" is not a sentence, and weighing it would take minutes: refuse it first.
  if (line.length > MAX_LINE) return { error: `line ${n}: ${line.length.toLocaleString('en')} characters, over the ${MAX_LINE.toLocaleString('en')} a line may have` };
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
  for (const [k, v] of [['a', p.a], ['b', p.b]] as const) {
    if (v.length > MAX_SENTENCE) return { error: `line ${n}: "${k}" is ${v.length.toLocaleString('en')} characters; sentences over ${MAX_SENTENCE.toLocaleString('en')} are not compared` };
  }
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
