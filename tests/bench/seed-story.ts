/**
 * Sentences about the seed story (Obama and Putin at G20 summits, Syria, Kerry and Lavrov):
 * the seed articles' own sentences, lightly perturbed, plus templates in the same vocabulary.
 * Used so that the seed story's names are as common in the bench library as a big story's are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rng } from './rng';

const SEEDS = join(import.meta.dirname, '../../seeds');

/** Seed sentences (plain split, only lines that read like prose). */
export function seedSentences(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort()) {
    for (const para of readFileSync(join(SEEDS, f), 'utf8').split(/\n+/)) {
      for (const s of para.split(/(?<=[.!?]["”]?)\s+(?=["“]?[A-Z])/)) {
        const t = s.trim();
        if (t.split(/\s+/).length >= 8 && /[a-z]/.test(t) && /[.!?"”]$/.test(t) && !/[•|]/.test(t)) out.push(t);
      }
    }
  }
  return out;
}

/** One summit of the story: different years and places, so the event guard has work to do. */
export const SUMMITS = [
  { place: 'Hangzhou', year: 2016, month: 'September', country: 'China' },
  { place: 'Antalya', year: 2015, month: 'November', country: 'Turkey' },
  { place: 'Hamburg', year: 2017, month: 'July', country: 'Germany' },
  { place: 'Brisbane', year: 2014, month: 'November', country: 'Australia' },
  { place: 'St. Petersburg', year: 2013, month: 'September', country: 'Russia' },
];

/** Templates in the seed story's vocabulary; {A}/{B} are the two leaders, {S} the summit city. */
export const STORY_TEMPLATES = [
  '{A} and {B} met for [about|around|nearly|more than] {MIN} minutes on the sidelines of the G20 summit in {S}.',
  'The [meeting|talks|conversation] between {A} and {B} [lasted|ran|went on for] [about|more than|nearly] {MIN} minutes, [a Kremlin spokesman|a senior U.S. official|officials|state media] said.',
  '{A} [said|told reporters] the talks with {B} on Syria were ["constructive"|"candid"|"business-like"|"blunt"] but [not conclusive|failed to produce a breakthrough|left gaps of trust].',
  'Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov [failed to reach|did not reach|came close to] a [ceasefire|cease-fire] agreement on Syria in {S}.',
  '{A} and {B} [agreed|failed to agree|pledged] to [keep up|continue|resume] negotiations over a [ceasefire|truce] in Syria.',
  'The two leaders [discussed|talked about|touched on] Syria, Ukraine and [cyber security|cyber intrusions|the fight against terrorism] during the {S} summit.',
  '[Kremlin spokesman|Spokesman] Dmitry Peskov said the meeting was [longer than planned|useful|businesslike|frank].',
  '{A} said there were still "grave differences" with {B} over Syria, [but|although] progress was possible.',
  'Lavrov said after meeting Kerry in {S} that there was [no basis|little reason|no need] for dramatic statements.',
  'The United States and Russia have been trying to reach a deal on Syria for [months|weeks|years], [diplomats said|officials said].',
  'At the G20 summit in {S}, {A} [shook hands with|greeted|briefly spoke to] {B} before the family photograph.',
  '{A} [met|held talks with|sat down with] {B} on {DAY} [for the first time since|in their first meeting since] {EVENT}.',
]
  .concat(['Russia and the United States [back|support] opposing sides in the Syrian war, which has killed [hundreds of thousands|more than 300,000|some 400,000] people.']);

/** Events the leaders' meetings are dated against. */
export const STORY_EVENTS = ['the Ukraine crisis began', 'Russia launched air strikes in Syria', 'the last summit', 'the ceasefire collapsed', 'sanctions were imposed'];

/** Word swaps that keep a seed sentence's fact (and some that change it). */
const SWAPS: Array<[RegExp, string[]]> = [
  [/\btalks\b/g, ['negotiations', 'discussions', 'talks']],
  [/\bmeeting\b/g, ['talks', 'encounter', 'meeting']],
  [/\bninety minutes\b/gi, ['90 minutes', 'an hour and a half', 'ninety minutes', 'about an hour']],
  [/\bmore than an hour\b/gi, ['over an hour', 'about 90 minutes', 'more than an hour', 'less than an hour']],
  [/\b20 minutes\b/g, ['about 20 minutes', '35 minutes', '20 minutes', 'half an hour']],
  [/\bMonday\b/g, ['Monday', 'on Monday', 'Sunday', 'Tuesday']],
  [/\bsaid\b/g, ['said', 'told reporters', 'stated', 'added']],
  [/\bfailed to\b/g, ['failed to', 'did not', 'could not', 'managed to']],
  [/\bagreement\b/g, ['agreement', 'deal', 'accord']],
  [/\bPresident Barack Obama\b/g, ['President Barack Obama', 'President Obama', 'Barack Obama']],
  [/\bVladimir Putin\b/g, ['Vladimir Putin', 'President Putin', 'the Russian leader']],
];

/** A seed sentence with a few words swapped and sometimes an attribution added. */
export function perturb(sentence: string, rng: Rng): string {
  let s = sentence;
  for (const [re, alts] of SWAPS) if (rng.next() < 0.35) s = s.replace(re, () => rng.pick(alts));
  const r = rng.next();
  // Lower-case the old first word only when it is a plain function word, never a name.
  if (r < 0.1 && /^(The|A|An|It|He|She|They|Both|This|That|But)\b/.test(s)) s = `${rng.pick(['According to officials', 'Reports said', 'Diplomats said'])}, ${s[0].toLowerCase()}${s.slice(1)}`;
  else if (r < 0.15) s = s.replace(/\.$/, `, ${rng.pick(['a source said', 'sources said', 'reports said'])}.`);
  return s;
}
