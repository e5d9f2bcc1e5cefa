/**
 * The office a change of post is about: "will resign as her party's leader on June 7" and "will
 * resign as Prime Minister on 7th June" are two resignations, as are "stepped down as chief
 * executive" and "stepped down as chairman". Read from the text, after verbs of taking or leaving
 * a post; two claims that each name an office and share no word of it are two facts.
 */
import { boundedMemo } from '../memo';
import { stem } from '../text/tokens';
import { STOP_WORDS } from '../text/stopwords';

/** "resign as X", "step down as X", "serve as X"… up to punctuation, a clause word or "of" (the post, not whose: "leader of the party" is "leader"). */
const OFFICE = /\b(?:resign(?:s|ed|ing)?|quit(?:s|ting)?|step(?:s|ped|ping)? down|stand(?:s|ing)? down|stood down|serv(?:e|es|ed|ing)|remain(?:s|ed)?|stay(?:s|ed)? on|leav(?:e|es|ing)|left|elected|named|appointed|sworn in)\s+as\s+([^,.;:—–()"]+?)(?=\s+(?:of|for|on|in|at|by|from|until|after|before|when|while|but|so|to|with|following)\b|[,.;:—–()"]|$)/gi;

/** Content stems of each office a text names ("her party's leader" -> ["parti", "leader"]);
 *  remembered per text (a page claim meets many candidates, a source many claims). */
export const officesOf = boundedMemo(4000, (text: string): string[][] => {
  const out: string[][] = [];
  if (!/ as /i.test(text)) return out;
  for (const m of text.matchAll(OFFICE)) {
    const words = m[1].toLowerCase().match(/[a-z]+/g) ?? [];
    const stems = words.filter((w) => !STOP_WORDS.has(w)).map((w) => stem(w));
    if (stems.length) out.push(stems);
  }
  return out;
});

/** Each claim names an office, and no office of one shares a word with any of the other's: the
 *  two offices, as "leader / prime minister", or undefined. */
export function otherOffice(a: string, b: string): string | undefined {
  const oa = officesOf(a);
  const ob = officesOf(b);
  if (!oa.length || !ob.length) return undefined;
  const meet = oa.some((x) => ob.some((y) => x.some((w) => y.includes(w))));
  return meet ? undefined : `${oa[0].join(' ')} / ${ob[0].join(' ')}`;
}
