/**
 * The story grid: a table with one column per outlet and one row per linked claim. Cells carry
 * `data-relation` and an icon and word (never colour alone); the reason shows on hover and focus.
 * Rows are rendered in slices, so 150 claims never hold the main thread in one long task.
 */
import { useEffect, useState } from 'preact/hooks';
import { CELL_LABEL, type StoryCell, type StoryColumn, type StoryModel } from './story-model';
import { truncate } from './format';

/** Rows rendered per task: a slice of 30 rows × a handful of outlets stays far under 50 ms. */
export const ROW_SLICE = 30;

/** Props: the model and what a click on a claim or a cell does. */
export interface StoryGridProps {
  model: StoryModel;
  onClaim: (claimId: string) => void;
  onCell: (row: number, column: number) => void;
  /** The cell whose detail is shown, as "row:column". */
  selected?: string;
}

const headerId = (key: string) => `story-col-${key.replace(/[^\w-]/g, '_')}`;

function Cell({ cell, col, onOpen, pressed }: { cell: StoryCell; col: StoryColumn; onOpen: () => void; pressed: boolean }) {
  const label = CELL_LABEL[cell.relation];
  if (cell.relation === 'silent') {
    return <td data-relation="silent" data-article={col.key}><span class="story-silent">—<span class="story-sr"> {col.label}: silent</span></span></td>;
  }
  const word = cell.relation === 'copied' ? `copied from ${cell.copiedFrom?.label ?? 'another outlet'}` : label.word;
  return (
    <td data-relation={cell.relation} data-article={col.key} data-copied-from={cell.copiedFrom?.columnKey}>
      <button type="button" class="story-cell" aria-pressed={pressed} title={cell.why} onClick={onOpen}
        aria-describedby={cell.copiedFrom?.columnKey ? headerId(cell.copiedFrom.columnKey) : undefined}>
        <span aria-hidden="true" class="story-icon">{label.icon}</span> <span class="story-word">{word}</span>
        <span class="story-sr">, {col.label}</span>
        <span class="story-why" role="tooltip">{cell.why}</span>
      </button>
    </td>
  );
}

/** The grid, growing by ROW_SLICE rows per task until every row is shown. */
export function StoryGrid({ model, onClaim, onCell, selected }: StoryGridProps) {
  const [shown, setShown] = useState(Math.min(ROW_SLICE, model.rows.length));
  useEffect(() => setShown(Math.min(ROW_SLICE, model.rows.length)), [model]);
  useEffect(() => {
    if (shown >= model.rows.length) return undefined;
    const timer = setTimeout(() => setShown((n) => Math.min(n + ROW_SLICE, model.rows.length)), 0);
    return () => clearTimeout(timer);
  }, [shown, model]);
  return (
    <table class="story-grid" aria-rowcount={model.rows.length + 1} aria-busy={shown < model.rows.length}>
      <caption class="story-sr">Each outlet's relation to each claim of this page</caption>
      <thead>
        <tr>
          <th scope="col">Claim</th>
          {model.columns.map((c) => (
            <th scope="col" id={headerId(c.key)} data-article={c.key} data-outlet={c.outlet} title={c.title}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.rows.slice(0, shown).map((row, r) => (
          <tr key={row.claim.id} data-claim={row.claim.id} data-verdict={row.claim.verdict} aria-rowindex={r + 2}>
            <th scope="row">
              <button type="button" class="story-claim" title={row.claim.text} onClick={() => onClaim(row.claim.id)}>
                <span class="story-claim-short">{truncate(row.claim.text, 90)}</span>
                <span class="story-claim-full">{row.claim.text}</span>
              </button>
            </th>
            {row.cells.map((cell, i) => (
              <Cell cell={cell} col={model.columns[i]} pressed={selected === `${r}:${i}`} onOpen={() => onCell(r, i)} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
