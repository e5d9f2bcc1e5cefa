/** The core journeys (tests/e2e/journeys/core.ts) in Chromium with the MV3 extension: the same bodies Firefox runs. */
import { coreJourneys } from './journeys/core';
import { launchChromium } from './driver/chromium';

coreJourneys(launchChromium);
