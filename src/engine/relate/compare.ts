import { featuresInContext } from '../claims/context';
import { relate } from './relation';
import type { Relation } from '../types';

/**
 * Relate two sentences with no article around them: does `b` state the same fact as `a`
 * (corroborates), a fact that cannot be true of the same event (conflicts), or neither?
 */
export function compareSentences(a: string, b: string): Relation {
  const [fa] = featuresInContext([a]);
  const [fb] = featuresInContext([b]);
  return relate({ text: a, features: fa }, { text: b, features: fb });
}
