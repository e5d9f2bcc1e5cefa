import { analyzeSentence, extractFeatures } from './features';
import { tagSentences } from '../text/pos';
import { isGenericSpeaker, officesNamed } from './speech';
import type { ClaimFeatures } from '../types';

type Person = { key: string; name: string; spoke?: boolean };

/** Plural references to the two people a story is about ("the two leaders", "the pair"). */
const PAIR = /\b(the two (leaders|presidents|men|women|heads of state)|the pair|both (leaders|presidents|men|women))\b/i;

/**
 * Extract features for a run of sentences in reading order, resolving what a sentence leaves to
 * its neighbours: "he said" is the person the text was last about, and a bare quotation right
 * after someone spoke is theirs. Both are how readers attribute quotes, and how outlets differ.
 */
export function featuresInContext(sentences: string[]): ClaimFeatures[] {
  let lastPerson: Person | undefined;
  let lastSpeaker: Person | undefined;
  const people = new Set<string>();
  const recent: Person[] = [];
  const offices = new Map<string, Person>();
  const tagged = tagSentences(sentences);
  return sentences.map((text, i) => {
    const a = analyzeSentence(text, tagged[i]);
    // Once "Barack Obama" or "President Obama" is seen, a later bare "Obama" is a person too.
    for (const e of a.ents) if (e.person) people.add(e.keys[e.keys.length - 1]);
    // Whoever speaks is a person, even named by surname alone ("Putin told reporters").
    for (const sp of a.speech) if (sp.speaker && 'key' in sp.speaker && sp.speaker.key !== 'official') people.add(sp.speaker.key);
    // "Russian President Vladimir Putin" earlier makes a later "the Russian president said" his.
    for (const o of officesNamed(a.toks, a.ents)) offices.set(o.title, { key: o.key, name: o.name });
    const f = extractFeatures(text, (p) => (p.startsWith('title:') ? offices.get(p) : lastPerson), a, people);
    // "he said" taken for someone the text only mentioned, not someone who spoke: a guess.
    for (const [i, s] of f.speech.entries()) {
      const raw = a.speech[i].speaker;
      if (s.speaker && raw && 'pronoun' in raw && !raw.pronoun.startsWith('title:') && !lastPerson?.spoke) s.guessed = true;
    }
    // "The two leaders" are the last two people named: readers resolve it so, and outlets vary
    // between the names and the phrase.
    if (PAIR.test(text) && recent.length >= 2) {
      for (const p of recent.slice(-2)) {
        if (!f.stems.includes(p.key)) f.stems.push(p.key);
        if (!f.entities.includes(p.key)) { f.entities.push(p.key); f.entityNames.push(p.name); }
      }
    }
    for (const e of a.ents) {
      const key = e.keys[e.keys.length - 1];
      if (!people.has(key)) continue;
      const i = recent.findIndex((p) => p.key === key);
      if (i >= 0) recent.splice(i, 1);
      recent.push({ key, name: e.name });
    }
    // A quote is bare when no speech verb stands outside it and it opens the sentence (a
    // sentence with its own subject before the quote, "The court found that …", is not bare).
    const hasVerb = a.speech.some((s) => s.attr !== undefined);
    for (const [i, s] of f.speech.entries()) {
      if (!s.speaker && s.quoted && !hasVerb && lastSpeaker && a.speech[i].first <= 1) {
        s.speaker = lastSpeaker.key;
        s.speakerName = lastSpeaker.name;
      }
    }
    const named = f.speech.find((s) => !isGenericSpeaker(s.speaker));
    if (named?.speaker) lastSpeaker = { key: named.speaker, name: named.speakerName ?? named.speaker };
    else if (!f.speech.length) lastSpeaker = undefined;
    // "he" or "she" is a person: a sentence that names only things ("Brexit", "the Withdrawal
    // Agreement") leaves the last person as it was.
    const subject = a.ents.find((e) => e.person || people.has(e.keys[e.keys.length - 1]));
    if (named?.speaker) lastPerson = { key: named.speaker, name: named.speakerName ?? named.speaker, spoke: true };
    else if (subject) lastPerson = { key: subject.keys[subject.keys.length - 1], name: subject.name };
    return f;
  });
}
