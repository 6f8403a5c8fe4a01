// Benches drive Chromium: on this 2-core machine only one browser run at a time. When `flock`
// exists and the lock is not held yet, re-runs the calling script under /tmp/tiendo-browser.lock
// and exits with its status; `TIENDO_BROWSER_LOCKED=1` says the caller already holds it.
import { spawnSync } from 'node:child_process';

const LOCK = '/tmp/tiendo-browser.lock';

/** Call first thing in a bench script. */
export function runUnderBrowserLock() {
  if (process.env.TIENDO_BROWSER_LOCKED || spawnSync('flock', ['--version']).status !== 0) return;
  const r = spawnSync('flock', [LOCK, process.execPath, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, TIENDO_BROWSER_LOCKED: '1' } });
  process.exit(r.status ?? 1);
}
