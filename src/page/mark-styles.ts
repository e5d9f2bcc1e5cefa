/**
 * The highlight style sheet. Verdicts differ in line style and in a small marker, not only in
 * colour. Nothing here changes layout: no padding, margin or display; the marker is absolutely
 * positioned (out of flow) so the text does not move.
 */
export const MARK_STYLE_ID = 'claimlens-mark-style';

/** CSS for `claimlens-mark` (selectors scoped to our tag; !important against page resets). */
export const MARK_CSS = `
claimlens-mark {
  cursor: pointer;
  text-decoration-line: underline !important;
  text-decoration-thickness: 2px !important;
  text-underline-offset: 0.18em !important;
  text-decoration-skip-ink: none !important;
  border-radius: 2px;
}
claimlens-mark[data-verdict="corroborated"] {
  text-decoration-style: solid !important;
  text-decoration-color: #1a7f37 !important;
  background-color: rgba(26, 127, 55, 0.07);
}
claimlens-mark[data-verdict="conflicted"] {
  text-decoration-style: wavy !important;
  text-decoration-color: #cf222e !important;
  background-color: rgba(207, 34, 46, 0.07);
}
claimlens-mark[data-verdict="mixed"] {
  text-decoration-style: double !important;
  text-decoration-color: #9a6700 !important;
  background-color: rgba(154, 103, 0, 0.07);
}
claimlens-mark[data-last]::after {
  /* Absolute with no offsets: it sits at its static place, right after the claim's last word
     (also when the claim wraps over lines), and takes no room; the transform lifts it. */
  position: absolute;
  transform: translate(-0.15em, -0.6em);
  font: bold 9px/1 system-ui, sans-serif;
  padding: 1px 2px;
  border-radius: 6px;
  color: #fff;
  pointer-events: none;
}
claimlens-mark[data-last][data-verdict="corroborated"]::after { content: "\\2713"; background: #1a7f37; }
claimlens-mark[data-last][data-verdict="conflicted"]::after { content: "\\2715"; background: #cf222e; }
claimlens-mark[data-last][data-verdict="mixed"]::after { content: "\\00B1"; background: #9a6700; }
claimlens-mark:focus { outline: none; }
claimlens-mark:focus-visible {
  outline: 2px solid #0969da !important;
  outline-offset: 2px;
}
claimlens-mark.claimlens-flash {
  background-color: rgba(255, 200, 0, 0.55) !important;
  transition: background-color 0.3s;
}
@media (forced-colors: active) {
  claimlens-mark { text-decoration-color: LinkText !important; }
}
`;
