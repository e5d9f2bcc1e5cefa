/**
 * Styles of the extension's host element and of what lives in its closed shadow root (claim
 * markers, the card frame). The host's own box is pinned with inline !important declarations set
 * through the CSSOM (allowed under any CSP), so page rules for `*` or `html > *` cannot move or
 * hide it; the shadow root's sheet is a constructed style sheet the page cannot reach.
 */

/** Inline declarations of the host element: a zero-size anchor at the document's origin. */
export const HOST_STYLE: Array<[string, string]> = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'absolute'],
  ['top', '0px'],
  ['left', '0px'],
  ['width', '0px'],
  ['height', '0px'],
  ['margin', '0px'],
  ['padding', '0px'],
  ['border', '0px'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['pointer-events', 'none'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['transform', 'none'],
  ['contain', 'layout style'],
];

/** The shadow root's sheet. Markers never take pointer events: clicks reach the page's text. */
export const LAYER_CSS = `
:host { all: initial; }
.marker { all: unset; position: absolute; box-sizing: border-box; pointer-events: none; background: transparent;
  border-radius: 3px; cursor: default; }
.marker:focus { outline: none; }
.marker:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; box-shadow: 0 0 0 5px rgba(255,255,255,.85); }
.card { position: absolute; pointer-events: auto; border: 0; padding: 0; margin: 0; width: 400px;
  max-width: calc(100vw - 16px); height: 120px; background: transparent; color-scheme: light; }
@media (forced-colors: active) { .marker:focus-visible { outline-color: Highlight; } }
`;
