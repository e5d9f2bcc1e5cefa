/**
 * Icons and words for verdicts and relations. Every badge shows both, so colour is never the
 * only signal (colour-blind readers, high-contrast modes, screen readers).
 */
import type { Verdict } from '../engine/types';

/** How a badge is shown: an icon (decorative) and the word that carries the meaning. */
export interface BadgeLabel {
  icon: string;
  word: string;
}

/** Verdict of a page claim, as badges. */
export const VERDICT_LABEL: Record<Verdict, BadgeLabel> = {
  conflicted: { icon: '✕', word: 'Conflicted' },
  mixed: { icon: '±', word: 'Mixed' }, // the same marker as the in-page mark
  corroborated: { icon: '✓', word: 'Corroborated' },
};

/** Relation of one source sentence to the claim, as badges. */
export const RELATION_LABEL: Record<'corroborates' | 'conflicts', BadgeLabel> = {
  conflicts: { icon: '✕', word: 'Conflicts' },
  corroborates: { icon: '✓', word: 'Corroborates' },
};
