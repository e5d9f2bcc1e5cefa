/**
 * The popup's body: the page's claims (conflicts first) with per-outlet counts, or a sentence
 * that says why there are none, and the popup's actions.
 */
import type { LinkedClaim } from '../engine/types';
import type { PageState } from '../messaging/protocol';
import { orderClaims, outletCountText } from './claim-order';
import { plural, truncate } from './format';
import { VERDICT_LABEL } from './labels';
import { EmptyState } from './EmptyState';

/** What the popup shows and what it can do; the entrypoint supplies messaging behind the callbacks. */
export interface ClaimListProps {
  state: PageState;
  /** Whether the reader paused this site (decides the pause button's wording). */
  paused: boolean;
  /** False when the tab's address is unknown (pausing needs its host). */
  canPause?: boolean;
  /** True while an action runs: the buttons are disabled so it cannot be started twice. */
  busy?: boolean;
  /** The outcome of the last action ("Added …" / why not), announced to screen readers. */
  notice?: string;
  onSelect: (claimId: string) => void;
  onAddArticle: () => void;
  onTogglePause: () => void;
  onOpenLibrary: () => void;
  /** Opens the story view; no button without it. */
  onCompare?: () => void;
}

/** "6 claims: 1 conflicted, 5 corroborated" (verdicts in list order, zero counts left out). */
export function verdictSummary(claims: readonly LinkedClaim[]): string {
  const parts = (['conflicted', 'mixed', 'corroborated'] as const)
    .map((v) => [v, claims.filter((c) => c.verdict === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${v}`);
  return `${plural(claims.length, 'claim')} linked to your library: ${parts.join(', ')}`;
}

/** The claim list with empty states and action buttons. */
export function ClaimList(props: ClaimListProps) {
  const { state } = props;
  const claims = state.status === 'ok' ? orderClaims(state.claims) : [];
  return (
    <div class="cl-popup">
      {claims.length > 0 && <p class="cl-summary">{verdictSummary(claims)}</p>}
      {claims.length > 0 ? (
        <ul class="cl-claims" aria-label="Claims on this page">
          {claims.map((claim) => {
            const verdict = VERDICT_LABEL[claim.verdict];
            return (
              <li key={claim.id}>
                <button type="button" class="cl-claim-item" data-verdict={claim.verdict} data-claim={claim.id}
                  title={claim.text} onClick={() => props.onSelect(claim.id)}>
                  <span class="cl-verdict" data-verdict={claim.verdict}>
                    <span aria-hidden="true">{verdict.icon}</span> {verdict.word}
                  </span>
                  <span class="cl-claim-text">{truncate(claim.text, 140)}</span>
                  <span class="cl-outlets">{outletCountText(claim)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <EmptyState state={state} />
      )}
      <p class="cl-notice" role="status" aria-live="polite">
        {props.notice ?? ''}
      </p>
      <div class="cl-actions">
        {props.onCompare ? (
          <button type="button" onClick={props.onCompare}>
            Compare outlets
          </button>
        ) : null}
        <button type="button" disabled={props.busy} onClick={props.onAddArticle}>
          Add this article to my library
        </button>
        <button type="button" disabled={props.busy || props.canPause === false} onClick={props.onTogglePause}>
          {props.paused ? 'Resume on this site' : 'Pause on this site'}
        </button>
        <button type="button" onClick={props.onOpenLibrary}>
          Open library
        </button>
      </div>
    </div>
  );
}
