/**
 * `npx tsx tests/eval/real/links.ts <story> [--all]`: the links the current engine draws between
 * the story's articles (read against the whole set), one JSON line each in the pairs.jsonl format
 * with the engine's label in "engine" and whether a hand label already covers the pair.
 * `--all` also prints links into other stories.
 */
import { engineLinks, storyPairs, storySlugs } from './corpus';
import { covers } from './score';

const [story, flag] = process.argv.slice(2);
if (!story || !storySlugs().includes(story)) {
  console.error(`usage: links.ts <story> [--all]; stories: ${storySlugs().join(', ') || '(none yet)'}`);
  process.exit(2);
}
const { links } = await engineLinks(storySlugs());
const pairs = storyPairs(story);
for (const l of links) {
  if (l.a.story !== story || (l.b.story !== story && flag !== '--all')) continue;
  const labelled = pairs.some((p) => covers(p, l));
  console.log(JSON.stringify({
    a: { file: l.a.file, text: l.aText }, b: { file: l.b.story === story ? l.b.file : `../${l.b.story}/${l.b.file}`, text: l.bText },
    engine: l.relation, why: l.why, labelled,
  }));
}
