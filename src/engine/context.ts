import { analyzeSentence, extractFeatures } from './features';
import { isGenericSpeaker } from './speech';
import type { ClaimFeatures } from './types';

type Person = { key: string; name: string };

/**
 * Extract features for a run of sentences in reading order, resolving what a sentence leaves to
 * its neighbours: "he said" is the person the text was last about, and a bare quotation right
 * after someone spoke is theirs. Both are how readers attribute quotes, and how outlets differ.
 */
export function featuresInContext(sentences: string[]): ClaimFeatures[] {
  let lastPerson: Person | undefined;
  let lastSpeaker: Person | undefined;
  return sentences.map((text) => {
    const a = analyzeSentence(text);
    const f = extractFeatures(text, () => lastPerson, a);
    const hasVerb = /\b(said|says|told|added|quoted|according)\b/i.test(text);
    for (const s of f.speech) {
      if (!s.speaker && s.quoted && !hasVerb && lastSpeaker) {
        s.speaker = lastSpeaker.key;
        s.speakerName = lastSpeaker.name;
      }
    }
    const named = f.speech.find((s) => !isGenericSpeaker(s.speaker));
    if (named?.speaker) lastSpeaker = { key: named.speaker, name: named.speakerName ?? named.speaker };
    else if (!f.speech.length) lastSpeaker = undefined;
    const subject = a.ents.find((e) => e.person) ?? a.ents.find((e) => !e.place);
    if (named?.speaker) lastPerson = { key: named.speaker, name: named.speakerName ?? named.speaker };
    else if (subject) lastPerson = { key: subject.keys[subject.keys.length - 1], name: subject.name };
    return f;
  });
}
