import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadCorpus } from '../corpus';
import { CliError } from '../errors';

/** `claimlens pack [--corpus DIR] -o FILE`: the index pack the extension ships and imports. */
export function packCommand(corpora: string[], out: string | undefined, defaultCorpus: string): string {
  if (!out) throw new CliError('pack: missing -o FILE');
  const lib = loadCorpus((corpora.length ? corpora : [defaultCorpus]).map((d) => resolve(d)));
  if (!lib.size) throw new CliError('pack: the corpus has no .txt or .html articles');
  const pack = lib.toPack();
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, JSON.stringify(pack));
  return `packed ${pack.articles.length} articles, ${pack.claims.length} claims -> ${out}`;
}
