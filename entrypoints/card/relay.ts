/** Types the card page shares with the protocol (kept apart so main.tsx stays wiring only). */
import type { LinkedClaim } from '../../src/engine/types';
export type { CardEvent } from '../../src/messaging/protocol';

/** A claim, or null when the token is unknown or stale. */
export type LinkedClaimOrNull = LinkedClaim | null;
