/**
 * The card's own CSS. It lives in the card's shadow root, so the page's styles cannot reach in
 * and these cannot leak out; the root resets what a page could still pass down by inheritance
 * (font, colour, line height), so the card reads the same on every site.
 */
export const SOURCE_CARD_CSS = `
.cl-card { all: initial; display: block; box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px);
  max-height: 70vh; overflow: auto; background: #fff; color: #1b1b1f; border: 1px solid #c9c9d1;
  border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 12px 14px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left; }
.cl-card * { box-sizing: border-box; }
.cl-head { display: flex; align-items: flex-start; gap: 8px; margin-bottom: 8px; }
.cl-title { flex: 1; margin: 0; font-size: 12px; font-weight: 600; letter-spacing: .02em; color: #55555f; text-transform: uppercase; }
.cl-close { font: inherit; font-size: 18px; line-height: 1; border: 1px solid transparent; background: none; color: #1b1b1f;
  cursor: pointer; padding: 2px 6px; border-radius: 4px; }
.cl-close:hover, .cl-close:focus-visible { border-color: #1b1b1f; outline: none; }
.cl-claim { margin: 0 0 10px; padding-left: 8px; border-left: 3px solid #8a8a96; font-style: italic; }
.cl-sources { list-style: none; margin: 0; padding: 0; }
.cl-source { padding: 8px 0; border-top: 1px solid #e4e4ea; }
.cl-meta { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: baseline; font-size: 12px; color: #55555f; }
.cl-outlet { font-weight: 700; color: #1b1b1f; }
.cl-article { margin: 2px 0 4px; font-size: 13px; font-weight: 600; }
.cl-article a { color: #1a4fa0; }
.cl-sentence { margin: 4px 0; }
.cl-sentence mark { background: #fff1a8; color: inherit; padding: 0 1px; border-radius: 2px; }
.cl-badge { display: inline-flex; gap: 4px; align-items: center; font-size: 12px; font-weight: 700; padding: 1px 6px;
  border-radius: 10px; border: 1px solid currentColor; }
.cl-badge[data-relation="conflicts"] { color: #a3171d; background: #fdecec; border-style: dashed; }
.cl-badge[data-relation="corroborates"] { color: #17612b; background: #e9f7ec; }
.cl-why { margin: 2px 0 0; font-size: 12.5px; }
.cl-copy { margin: 4px 0 0; font-size: 12px; color: #7a4b00; }
`;
