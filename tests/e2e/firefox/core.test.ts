/** The core journeys (tests/e2e/journeys/core.ts) in Debian's Firefox ESR with the MV2 add-on. */
import { coreJourneys } from '../journeys/core';
import { launchFirefox } from '../driver/firefox';

coreJourneys(launchFirefox);
