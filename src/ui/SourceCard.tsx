/**
 * The body of the in-page card: the claim, then its sources, conflicts first. The page layer
 * mounts it in a closed shadow root, so it carries its own <style>.
 */
import type { LinkedClaim } from '../engine/types';
import { orderSources } from './claim-order';
import { VERDICT_LABEL } from './labels';
import { SOURCE_CARD_CSS } from './source-card-style';
import { SourceItem } from './SourceItem';
import { plural } from './format';

/** The card for one linked claim; `onClose` runs when the reader presses the close button. */
export function SourceCard(props: { claim: LinkedClaim; onClose: () => void }) {
  const { claim } = props;
  const verdict = VERDICT_LABEL[claim.verdict];
  return (
    <div class="cl-card" role="dialog" aria-label={`ClaimLens: ${verdict.word}, ${plural(claim.sources.length, 'source')}`}>
      <style>{SOURCE_CARD_CSS}</style>
      <div class="cl-head">
        <p class="cl-title">
          <span aria-hidden="true">{verdict.icon} </span>
          {verdict.word} · {plural(claim.sources.length, 'source')}
        </p>
        <button type="button" class="cl-close" aria-label="Close" title="Close (Esc)" onClick={props.onClose}>
          ×
        </button>
      </div>
      <p class="cl-claim">{claim.text}</p>
      <ul class="cl-sources">
        {orderSources(claim.sources).map((source, i) => (
          <SourceItem key={`${source.articleId}-${i}`} source={source} />
        ))}
      </ul>
    </div>
  );
}
