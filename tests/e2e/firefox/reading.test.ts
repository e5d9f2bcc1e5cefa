/** "Add the articles I read" (tests/e2e/journeys/reading.ts) in Debian's Firefox ESR with the MV2 add-on. */
import { readingJourneys } from '../journeys/reading';
import { launchFirefox } from '../driver/firefox';

readingJourneys(launchFirefox);
