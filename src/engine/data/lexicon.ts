/**
 * The word-relation table built from WordNet by scripts/build-lexicon.mjs (at `npm run prepare`).
 * Keys and values are Porter stems. Pure data and lookups: bundled into the extension as is.
 */
import data from './lexicon.generated.json';

/** Shape of lexicon.generated.json. */
export interface Lexicon {
  version: 1;
  /** Stem -> stems of near-synonyms, best first; symmetric. */
  syn: Record<string, string[]>;
  /** Stem -> stems of antonyms, best first; symmetric. */
  ant: Record<string, string[]>;
  /** Stem of an irregular form -> stem of its base form ("met" -> "meet"). */
  base: Record<string, string>;
  /** Stems of nouns whose usual sense is a kind of person ("minist", "spokesman", "leader"). */
  person: string[];
}

/** The generated table. */
export const lexicon: Lexicon = data as Lexicon;

const NONE: readonly string[] = Object.freeze([]);
// Own-property checks, so stems such as "constructor" never reach Object.prototype.
const has = Object.prototype.hasOwnProperty;

/** Near-synonym stems of a stem (empty when none). */
export function synonymsOf(stem: string): readonly string[] {
  return has.call(lexicon.syn, stem) ? lexicon.syn[stem] : NONE;
}

/** Antonym stems of a stem (empty when none). */
export function antonymsOf(stem: string): readonly string[] {
  return has.call(lexicon.ant, stem) ? lexicon.ant[stem] : NONE;
}

/** The base-form stem of an irregular form's stem ("held" -> "hold"); the stem itself otherwise. */
export function baseOf(stem: string): string {
  return has.call(lexicon.base, stem) ? lexicon.base[stem] : stem;
}

let persons: Set<string> | undefined;
/** Is the stem a noun whose usual sense is a kind of person ("minist", "leader")? */
export function isPersonNoun(stem: string): boolean {
  persons ??= new Set(lexicon.person);
  return persons.has(stem);
}
