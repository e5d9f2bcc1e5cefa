// TEMPORARY stub by the lead so the engine runs until the WordNet table lands (owner: lexicon helper).
export function synonymsOf(_s: string): readonly string[] { return []; }
export function antonymsOf(_s: string): readonly string[] { return []; }
export function baseOf(s: string): string { return s; }
