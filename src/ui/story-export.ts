/**
 * The story grid as files a reader can share: CSV (one row per claim, one column per outlet) and
 * an SVG picture drawn here from the same model. Nothing is fetched: fonts are the system's.
 */
import { CELL_LABEL, cellText, countsText, type StoryModel } from './story-model';
import { truncate } from './format';

/** Quote a CSV field; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The grid as CSV (RFC 4180, CRLF line ends): header "Claim", then one column per outlet. */
export function storyCsv(model: StoryModel): string {
  const lines = [['Claim', ...model.columns.map((c) => c.label)]];
  for (const row of model.rows) lines.push([row.claim.text, ...row.cells.map(cellText)]);
  for (const o of model.otherEvents) lines.push([`A different event: ${o.outlet} — ${o.title}`, o.why]);
  return `${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Line style per relation, as in the marks: solid, double-dashed, dotted; never colour alone. */
const CELL_STYLE = {
  corroborates: 'stroke="#1e7b34" fill="#e8f5ec"',
  conflicts: 'stroke="#b3261e" stroke-dasharray="6 3" stroke-width="2" fill="#fdecea"',
  copied: 'stroke="#5b5b66" stroke-dasharray="2 2" fill="#f1f1f4"',
  silent: 'stroke="#d0d0d8" fill="#ffffff"',
} as const;

/** The grid as a standalone SVG document (claims shortened, icons and words in every cell). */
export function storySvg(model: StoryModel, title = 'ClaimLens: compare outlets'): string {
  const claimW = 360;
  const colW = 150;
  const rowH = 30;
  const top = 56 + model.columns.length * 18;
  const width = claimW + colW * Math.max(1, model.columns.length) + 20;
  const height = top + rowH * (model.rows.length + 1) + 24 + model.otherEvents.length * 18;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<text x="10" y="22" font-size="16" font-weight="700">${xml(title)}</text>`);
  model.columns.forEach((c, i) => out.push(`<text x="10" y="${44 + i * 18}">${xml(`${c.label}: ${countsText(c)}`)}</text>`));
  // Header: the outlet's name, and the article's title under it when two columns share a name.
  model.columns.forEach((c, i) => {
    const x = claimW + 10 + i * colW;
    out.push(`<text x="${x}" y="${top + (c.label === c.outlet ? 19 : 8)}" font-weight="700">${xml(truncate(c.outlet, 22))}</text>`);
    if (c.label !== c.outlet) out.push(`<text x="${x}" y="${top + 22}" font-size="10">${xml(truncate(c.title, 26))}</text>`);
  });
  model.rows.forEach((row, r) => {
    const y = top + rowH * (r + 1);
    out.push(`<text x="10" y="${y + 19}">${xml(truncate(row.claim.text, 52))}</text>`);
    row.cells.forEach((cell, i) => {
      const x = claimW + 10 + i * colW;
      out.push(`<rect x="${x}" y="${y + 3}" width="${colW - 8}" height="${rowH - 6}" rx="4" ${CELL_STYLE[cell.relation]}/>`);
      const label = CELL_LABEL[cell.relation];
      const words = cell.relation === 'copied' ? `${label.icon} copies ${cell.copiedFrom?.label ?? ''}` : cell.relation === 'silent' ? '' : `${label.icon} ${label.word}`;
      if (words) out.push(`<text x="${x + 6}" y="${y + 19}">${xml(truncate(words, 22))}</text>`);
    });
  });
  const yOther = top + rowH * (model.rows.length + 1) + 18;
  model.otherEvents.forEach((o, i) => out.push(`<text x="10" y="${yOther + i * 18}" font-style="italic">${xml(`A different event: ${o.outlet} — ${truncate(o.title, 60)} (${o.why})`)}</text>`));
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
