import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { matchPage, splitSentences, type LinkedClaim } from '../../engine';
import { loadCorpus } from '../corpus';
import { CliError } from '../errors';
import { pageArticle } from '../html-article';
import { readTextFile } from '../read-file';

/** The JSON contract of `claimlens match` (docs: ../shared/GUIDE.md). */
function toContract(claims: LinkedClaim[]) {
  return {
    claims: claims.map((c) => ({
      text: c.text,
      verdict: c.verdict,
      sources: c.sources.map((s) => ({
        articleId: s.articleId, outlet: s.outlet, title: s.title, text: s.text,
        relation: s.relation, score: s.score, why: s.why, independent: s.independent,
      })),
    })),
  };
}

/** What a manifest.json next to the page file says of it (a corpus file given as the page). */
function manifestEntry(file: string): { url?: string; published?: string; title?: string } {
  const path = join(dirname(file), 'manifest.json');
  if (!existsSync(path)) return {};
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as Record<string, object>)[basename(file)] ?? {};
  } catch {
    return {};
  }
}

/** `claimlens match <page.html|page.txt> [--corpus DIR]... [--json]` */
export async function matchCommand(file: string, corpora: string[], json: boolean, defaultCorpus: string): Promise<string> {
  const raw = readTextFile(file);
  const isHtml = /\.html?$/i.test(extname(file)) || /^\s*<(!doctype|html)/i.test(raw);
  const known = manifestEntry(file);
  const read = isHtml ? pageArticle(raw, file) : { text: raw, title: raw.split('\n')[0].trim(), url: undefined, published: undefined };
  const page = { ...read, url: read.url ?? known.url, published: read.published ?? known.published };
  const sentences = splitSentences(page.text).map((s, i) => ({ id: `s${i}`, text: s.text }));
  if (!sentences.length) throw new CliError(`${file}: no sentences found`);
  const lib = loadCorpus((corpora.length ? corpora : [defaultCorpus]).map((d) => resolve(d)));
  const linked = await matchPage(sentences, { url: page.url, title: page.title, published: page.published }, lib);
  // A headline repeated in the text is one claim.
  const seen = new Set<string>();
  const claims = linked.filter((c) => !seen.has(c.text) && seen.add(c.text));
  if (json) return JSON.stringify(toContract(claims), null, 2);
  if (!claims.length) return 'No sentence of this page is reported by the corpus.';
  return claims
    .map((c) => [`[${c.verdict}] ${c.text}`, ...c.sources.map((s) => `    ${s.relation === 'conflicts' ? '✕' : '✓'} ${s.outlet} — ${s.title}\n      "${s.text}"\n      ${s.why}`)].join('\n'))
    .join('\n\n');
}
