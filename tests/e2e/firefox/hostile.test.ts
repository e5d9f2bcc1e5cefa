/** The page-safety attacks (tests/e2e/journeys/hostile.ts) in Debian's Firefox ESR with the MV2 add-on. */
import { hostileJourneys } from '../journeys/hostile';
import { launchFirefox } from '../driver/firefox';

hostileJourneys(launchFirefox);
