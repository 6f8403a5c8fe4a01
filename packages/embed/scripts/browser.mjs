// Debian's Chromium through playwright-core (no browser download): CHROME_PATH, then the usual paths.
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../../config/browser.mjs';

/** Launches headless Chromium with the flags of the repository's test setup. */
export function launch() {
  return chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
}
