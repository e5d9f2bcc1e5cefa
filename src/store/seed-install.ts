import { textHash } from '../engine';
import type { LibraryPack, StoredClaim } from '../engine/types';
import { inArticleTx, writeArticles } from './article-tx';
import { libraryChanged } from './idb-library';
import type { LibraryDb } from './db';

/** What installing the seed pack did. */
export interface SeedResult {
  /** False when a seed was already installed (the reader's library is left as it is). */
  installed: boolean;
  articles: number;
  /** Seed articles the library already held (same id, URL or text). */
  skipped: number;
  version: string;
}

/** A stable version for a pack: its articles' text hashes, so a rebuilt identical pack is the same seed. */
export function seedVersionOf(pack: LibraryPack): string {
  const hashes = pack.articles.map((a) => `${a.id}:${a.textHash}`).sort();
  return `seed-${pack.articles.length}-${textHash(hashes.join('\n'))}`;
}

/** A shallow shape check of a fetched pack (it is our own build output, but read as JSON). */
export function isLibraryPack(value: unknown): value is LibraryPack {
  const v = value as Partial<LibraryPack> | null;
  return !!v && v.format === 'claimlens-pack' && v.version === 1 && Array.isArray(v.articles) && Array.isArray(v.claims);
}

/** The seed version installed, if any. */
export async function installedSeedVersion(db: LibraryDb): Promise<string | undefined> {
  const row = await db.get('meta', 'seedVersion');
  return typeof row?.value === 'string' ? row.value : undefined;
}

/**
 * Import a pack's articles, claims and texts, building their postings, in one transaction.
 * Idempotent: once any seed is recorded in meta.seedVersion nothing is written again, so an
 * extension update never touches the reader's library (nor brings back seeds they deleted).
 */
export async function installSeedPack(db: LibraryDb, pack: LibraryPack, now: number = Date.now()): Promise<SeedResult> {
  const version = seedVersionOf(pack);
  const byArticle = new Map<string, StoredClaim[]>();
  for (const c of [...pack.claims].sort((a, b) => a.key - b.key)) {
    const list = byArticle.get(c.articleId);
    if (list) list.push(c);
    else byArticle.set(c.articleId, [c]);
  }
  return inArticleTx(db, async (tx) => {
    const meta = tx.objectStore('meta');
    if (await meta.get('seedVersion')) return { installed: false, articles: 0, skipped: 0, version };
    // The pack's claim keys are its own; the library assigns fresh ones from nextClaimKey. One
    // batch: one postings chunk per term. A reader who added the same article first keeps theirs.
    const outcomes = await writeArticles(tx, pack.articles.map((record) => ({
      analyzed: {
        record: { ...record, added: record.added || now },
        claims: (byArticle.get(record.id) ?? []).map(({ index, text, features }) => ({ index, text, features })),
      },
      text: pack.texts?.[record.id],
      origin: 'seed' as const,
    })));
    const articles = outcomes.filter((o) => o.ok).length;
    const skipped = outcomes.length - articles;
    await meta.put({ key: 'seedVersion', value: version });
    return { installed: true, articles, skipped, version };
  }).finally(libraryChanged);
}

/**
 * Install the seed pack unless one is already installed; `loadPack` (a fetch of the packaged
 * seed-pack.json) is only called when needed, so a woken worker pays one meta read.
 */
export async function ensureSeedInstalled(db: LibraryDb, loadPack: () => Promise<unknown>): Promise<SeedResult | undefined> {
  if (await installedSeedVersion(db)) return undefined;
  const pack = await loadPack();
  if (!isLibraryPack(pack)) throw new Error('seed pack: not a claimlens-pack (version 1)');
  return installSeedPack(db, pack);
}
