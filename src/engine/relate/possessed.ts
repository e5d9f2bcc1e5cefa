/**
 * Someone's relative or aide is another person: "sentenced the former governor's chief of staff"
 * is not "sentenced the former governor", whatever else the sentences share. Read from the text
 * at relation time (nothing stored).
 */
import { escapeRegExp } from '../text/regexp';

/** People named by their tie to someone: family, staff, counsel. */
const TIES = "chief of staff|spokesman|spokeswoman|spokesperson|wife|husband|son|daughter|brother|sister|father|mother|lawyer|attorney|aide|aides|deputy|assistant|driver|bodyguard|nephew|niece|secretary|adviser|advisor";
const TIED = new RegExp(`\\b([A-Za-z][\\w-]*)['’]s (?:(?:former|longtime|top|chief|senior|personal|eldest|youngest) )?(${TIES})\\b`, 'gi');

/** "governor's chief of staff / governor" when one text names a person by a tie to someone the other names alone. */
export function tiedPerson(a: string, b: string): string | undefined {
  for (const [x, y] of [[a, b], [b, a]]) {
    for (const m of x.matchAll(TIED)) {
      const owner = m[1];
      const tie = m[2].toLowerCase();
      const escaped = escapeRegExp(owner);
      // The other names the owner, and not by the same tie.
      if (!new RegExp(`\\b${escaped}\\b`, 'i').test(y)) continue;
      if (new RegExp(`\\b${escaped}['’]s (?:\\w+ )?${tie}\\b`, 'i').test(y)) continue;
      return `${owner}'s ${tie} / ${owner}`;
    }
  }
  return undefined;
}
