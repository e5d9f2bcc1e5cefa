/**
 * The story view's data: from a page's state (linked claims with their sources), one column per
 * library article that reports on the story, one row per claim in reading order, and per cell the
 * outlet's relation to the claim. Pure: no DOM, so the grid, the CSV and the SVG share it.
 */
import type { LinkedClaim, SourceMatch } from '../engine/types';
import type { OtherEventArticle, PageArticle, PageState } from '../messaging/protocol';
import { truncate } from './format';

/** What one outlet says of one claim. copied: its sentence copies another column or the page. */
export type CellRelation = 'corroborates' | 'conflicts' | 'copied' | 'silent';

/** One column: one library article (two articles of one outlet are two columns, told apart by title). */
export interface StoryColumn {
  /** The article id. */
  key: string;
  outlet: string;
  title: string;
  published?: string;
  /** The outlet's name, with the article's title when another column has the same outlet name. */
  label: string;
  counts: { corroborates: number; conflicts: number; copies: number };
}

/** Where a copied sentence comes from: another column, or the page itself. */
export interface CopySource {
  /** The column it copies, when that outlet is a column. */
  columnKey?: string;
  /** "CNN", or "this page (CNN)". */
  label: string;
}

/** One cell of the grid. */
export interface StoryCell {
  relation: CellRelation;
  /** The outlet's sentences linked to the claim (conflicts first); empty when silent. */
  sources: SourceMatch[];
  /** The reason shown on hover and focus ("" when silent). */
  why: string;
  copiedFrom?: CopySource;
}

/** One row: a claim and one cell per column, in column order. */
export interface StoryRow {
  claim: LinkedClaim;
  cells: StoryCell[];
}

/** The whole grid. */
export interface StoryModel {
  columns: StoryColumn[];
  rows: StoryRow[];
  /** Outlets whose articles are about another event of the same kind: listed apart, not as silent. */
  otherEvents: OtherEventArticle[];
  pageArticles: PageArticle[];
}

/** Icons and words of the cells; the same signs as the marks, so colour is never alone. */
export const CELL_LABEL: Record<CellRelation, { icon: string; word: string }> = {
  corroborates: { icon: '✓', word: 'corroborates' },
  conflicts: { icon: '✕', word: 'conflicts' },
  copied: { icon: '⧉', word: 'copied' },
  silent: { icon: '', word: 'silent' },
};

function cellRelation(sources: SourceMatch[]): CellRelation {
  if (!sources.length) return 'silent';
  if (sources.some((s) => s.relation === 'conflicts')) return 'conflicts';
  if (sources.some((s) => s.relation === 'corroborates' && s.independent)) return 'corroborates';
  return 'copied';
}

function columnsOf(claims: LinkedClaim[]): StoryColumn[] {
  const byId = new Map<string, StoryColumn & { claims: number }>();
  for (const c of claims) {
    for (const s of new Map(c.sources.map((x) => [x.articleId, x])).values()) {
      const col = byId.get(s.articleId) ?? { key: s.articleId, outlet: s.outlet, title: s.title, published: s.published, label: s.outlet, counts: { corroborates: 0, conflicts: 0, copies: 0 }, claims: 0 };
      col.claims++;
      byId.set(s.articleId, col);
    }
  }
  // The outlets with most to say first; ties by name, so the order is stable.
  const cols = [...byId.values()].sort((a, b) => b.claims - a.claims || a.outlet.localeCompare(b.outlet) || a.key.localeCompare(b.key));
  const named = new Map<string, number>();
  for (const c of cols) named.set(c.outlet, (named.get(c.outlet) ?? 0) + 1);
  return cols.map(({ claims: _n, ...col }) => ({ ...col, label: (named.get(col.outlet) ?? 0) > 1 ? `${col.outlet} · ${truncate(col.title, 40)}` : col.outlet }));
}

/** The column or the page a copied source names (`copiedFrom` is an outlet name or the page's host). */
function copySource(name: string, own: string, row: Map<string, SourceMatch[]>, columns: StoryColumn[], pageArticles: PageArticle[]): CopySource {
  const candidates = columns.filter((c) => c.key !== own && c.outlet === name);
  const col = candidates.find((c) => row.get(c.key)?.length) ?? candidates[0];
  if (col) return { columnKey: col.key, label: col.label };
  const page = pageArticles[0];
  return { label: page ? `this page (${page.outlet})` : `this page (${name})` };
}

/** Build the grid from a page's state. Rows keep the state's order (reading order). */
export function buildStory(state: PageState): StoryModel {
  const claims = state.status === 'ok' ? state.claims : [];
  const columns = columnsOf(claims);
  const pageArticles = state.pageArticles ?? [];
  const rows = claims.map((claim): StoryRow => {
    const byArticle = new Map<string, SourceMatch[]>();
    for (const s of claim.sources) byArticle.set(s.articleId, [...(byArticle.get(s.articleId) ?? []), s]);
    const cells = columns.map((col): StoryCell => {
      const sources = [...(byArticle.get(col.key) ?? [])].sort((a, b) => (a.relation === b.relation ? 0 : a.relation === 'conflicts' ? -1 : 1));
      const relation = cellRelation(sources);
      if (relation === 'silent') return { relation, sources, why: '' };
      const shown = relation === 'corroborates' ? sources.find((s) => s.independent)! : sources[0];
      const cell: StoryCell = { relation, sources, why: shown.why };
      if (relation === 'copied') cell.copiedFrom = copySource(shown.copiedFrom ?? '', col.key, byArticle, columns, pageArticles);
      col.counts[relation === 'copied' ? 'copies' : relation]++;
      return cell;
    });
    return { claim, cells };
  });
  const shownIds = new Set(columns.map((c) => c.key));
  return { columns, rows, otherEvents: (state.otherEvents ?? []).filter((o) => !shownIds.has(o.articleId)), pageArticles };
}

/** "3 corroborate, 1 conflicts, 1 copies" for the line above the grid. */
export function countsText(col: StoryColumn): string {
  const { corroborates, conflicts, copies } = col.counts;
  return `${corroborates} corroborated, ${conflicts} conflicting, ${copies} copied`;
}

/** A cell in words: "conflicts: this says 20 minutes; CNN says 90 minutes", "copied from CNN", "silent". */
export function cellText(cell: StoryCell): string {
  if (cell.relation === 'silent') return 'silent';
  if (cell.relation === 'copied') return `copied from ${cell.copiedFrom?.label ?? 'another outlet'}`;
  return `${cell.relation}: ${cell.why}`;
}
