/**
 * Inside and outside a place: "took in $85 million in North America" and "… outside North
 * America" are two figures of two markets, whatever else they share. Read from the sentences'
 * text at relation time (nothing stored).
 */
import { escapeRegExp } from '../text/regexp';

/** The places a text puts something outside of ("outside North America", "outside of the EU"). */
function outsideOf(text: string): string[] {
  const named = [...text.matchAll(/\boutside (?:of )?(?:the )?((?:[A-Z][\w'-]*\s?){1,4})/g)].map((m) => m[1].trim());
  // …or a place named by a noun: "outside the capital".
  const common = [...text.matchAll(/\boutside (?:of )?the ([a-z][\w'-]+)\b/g)].map((m) => m[1]);
  return [...named, ...common];
}

/** "in X / outside X" when one text puts its fact in a place the other puts it outside of. */
export function insideOutside(a: string, b: string): string | undefined {
  for (const [x, y] of [[a, b], [b, a]]) {
    for (const place of outsideOf(x)) {
      const escaped = escapeRegExp(place);
      if (new RegExp(`\\b(?:in|inside|within|across) (?:the )?${escaped}\\b`).test(y) && !outsideOf(y).includes(place)) return place;
    }
  }
  return undefined;
}
