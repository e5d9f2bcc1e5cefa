/**
 * Articles' full texts, for export and re-analysis. Since schema v3 an article's text lives in its
 * claims row (once: its claims are spans of it); a `texts` row holds it only for an article
 * stored without claims. An article stored without its text has neither and is absent here.
 */
import { decodeText, unpackRow } from './codec';
import type { LibraryDb } from './db';
import type { ArticleRow, ClaimsRow, TextRow } from './schema';

/** Full texts by article id (every article's when `ids` is omitted). */
export async function readTexts(db: LibraryDb, ids?: string[]): Promise<Map<string, string>> {
  return (await readArticleTexts(db, ids)).texts;
}

/**
 * Full texts by article id, and with `rows` every article row when `ids` is omitted, read in ONE
 * transaction (an export never pairs an article with a text from another moment).
 */
export async function readArticleTexts(db: LibraryDb, ids?: string[]): Promise<{ rows: ArticleRow[]; texts: Map<string, string> }> {
  const tx = db.transaction(['articles', 'texts', 'claims'], 'readonly');
  let rows: ArticleRow[] = [];
  let textRows: TextRow[];
  let claimRows: ClaimsRow[];
  if (ids) {
    const unique = [...new Set(ids)];
    const [texts, articles] = await Promise.all([
      Promise.all(unique.map((id) => tx.objectStore('texts').get(id))),
      Promise.all(unique.map((id) => tx.objectStore('articles').get(id))),
    ]);
    textRows = texts.filter((t): t is TextRow => t !== undefined);
    const withText = new Set(textRows.map((t) => t.id));
    const rows = await Promise.all(
      articles.map((a) => (a && !withText.has(a.id) && a.firstKey !== undefined && a.claimCount ? tx.objectStore('claims').get(-a.firstKey) : undefined)),
    );
    claimRows = rows.filter((r, i): r is ClaimsRow => r !== undefined && r.articleId === articles[i]?.id);
  } else {
    [textRows, claimRows, rows] = await Promise.all([tx.objectStore('texts').getAll(), tx.objectStore('claims').getAll(), tx.objectStore('articles').getAll()]);
  }
  await tx.done;
  // Inflated after the transaction (natively, which awaits): texts rows win over claims rows.
  const out = new Map<string, string>();
  const unpacked = await Promise.all(claimRows.map((r) => (r.textLength > 0 ? unpackRow(r) : undefined)));
  claimRows.forEach((r, i) => {
    const u = unpacked[i];
    if (u) out.set(r.articleId, u.text);
  });
  for (const t of textRows) out.set(t.id, decodeText(t));
  return { rows, texts: out };
}
