/** A sentence with some character ranges emphasised, built from text nodes only. */
import { splitEmphasis } from './emphasis';

/** Renders `text` with each `ranges` span in a <mark><strong>; the text is never parsed as HTML. */
export function Emphasized(props: { text: string; ranges: ReadonlyArray<readonly [number, number]> }) {
  return (
    <>
      {splitEmphasis(props.text, props.ranges).map((piece, i) =>
        piece.emphasis ? (
          <mark key={i}>
            <strong>{piece.text}</strong>
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
