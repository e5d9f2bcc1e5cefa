/**
 * The groups of people a sentence gives figures for: men or women, children or adults, smokers,
 * passengers or crew. "Men who drank coffee had a 10 percent lower risk" and "women … 13
 * percent" share every word but the group: when both sentences name groups and none in common,
 * their figures are of different people, neither the same fact nor a contradiction.
 */
import { boundedMemo } from '../memo';
import { noneInCommon } from './casualties';

const GROUPS: Array<[string, RegExp]> = [
  ['men', /\b(men|males?)\b/i],
  ['women', /\b(women|females?)\b/i],
  ['children', /\b(children|kids|boys|girls|infants|babies|minors)\b/i],
  ['teenagers', /\b(teenagers|teens|adolescents)\b/i],
  ['adults', /\b(adults)\b/i],
  ['elderly', /\b(elderly|older (?:people|adults|men|women)|seniors|pensioners)\b/i],
  ['smokers', /\b(smokers)\b/i],
  ['non-smokers', /\b(non-?smokers|never smoked)\b/i],
  ['passengers', /\b(passengers)\b/i],
  ['crew', /\b(crew|crew members)\b/i],
];

/** The groups a sentence names. */
export const groupsOf = boundedMemo(4000, (text: string): Set<string> => {
  const out = new Set<string>();
  for (const [group, re] of GROUPS) if (re.test(text)) out.add(group);
  // "older men" is the elderly, not all men; "older women" likewise.
  if (out.has('elderly') && /\bolder (men|women)\b/i.test(text) && !/\b(?<!older )(men|women)\b/i.test(text)) { out.delete('men'); out.delete('women'); }
  return out;
});

/** "men / women" when both sentences name groups of people and share none, else undefined. */
export function otherGroup(a: string, b: string): string | undefined {
  return noneInCommon(groupsOf(a), groupsOf(b));
}
