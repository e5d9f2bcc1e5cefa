/**
 * The engine's data as JSON text and back, with nothing lost (the extension's store and the
 * in-memory library both keep claims' features this way). JSON that keeps what plain JSON loses in the engine's data: Infinity, -Infinity and NaN (an open
 * range "more than an hour" is (60, Infinity)) become tagged strings, and a string that happens
 * to start with the tag is escaped. Generic: no field of the engine's features is named here.
 */
const TAG = '\u0000';
const SPECIAL: Record<string, number> = { [`${TAG}Infinity`]: Infinity, [`${TAG}-Infinity`]: -Infinity, [`${TAG}NaN`]: NaN };

/** Does `value` hold anything plain JSON would lose (a non-finite number, a string starting with the tag)? */
function needsTags(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value === 'string') return value.startsWith(TAG);
  if (Array.isArray(value)) return value.some(needsTags);
  if (value && typeof value === 'object') return Object.values(value).some(needsTags);
  return false;
}

/** `value` as JSON, non-finite numbers tagged. */
export function toJson(value: unknown): string {
  // Most features hold nothing to tag: plain JSON.stringify is several times faster than a replacer.
  // A non-finite number comes out as null and a tagged string as \u0000, so JSON with neither needs
  // no look at the value (and most have neither).
  const plain = JSON.stringify(value) as string | undefined;
  if (plain === undefined || (!plain.includes('null') && !plain.includes('\\u0000')) || !needsTags(value)) return plain!;
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) return `${TAG}${v}`;
    if (typeof v === 'string' && v.startsWith(TAG)) return `${TAG}${v}`;
    return v;
  });
}

/** Tagged strings back to what they stood for, in place (JSON.parse made every object fresh). */
function untag(v: unknown): unknown {
  if (typeof v === 'string') return v.startsWith(TAG) ? (v in SPECIAL ? SPECIAL[v] : v.slice(1)) : v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = untag(v[i]);
  } else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const w = untag(o[k]);
      if (w !== o[k]) o[k] = w;
    }
  }
  return v;
}

/** A value written by toJson. */
export function fromJson<T>(json: string): T {
  // JSON writes the tag (U+0000) as \u0000: without one there is nothing to restore, and a plain
  // JSON.parse is several times faster than one with a reviver.
  const value: unknown = JSON.parse(json);
  return (json.includes('\\u0000') ? untag(value) : value) as T;
}
