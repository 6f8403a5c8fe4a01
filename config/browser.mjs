// Finds a Chromium to test with: CHROME_PATH first, then the usual system paths, so the same
// config works in CI (Debian's chromium) and on a developer's laptop.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The path of a Chromium binary, or throws with what to do. */
export function findChrome() {
  const found = CANDIDATES.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error('No Chromium found. Set CHROME_PATH, or on Debian: apt-get install -y chromium');
  }
  return found;
}

/** Flags that keep headless Chromium quiet on a machine without network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
