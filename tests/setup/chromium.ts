/**
 * vitest global setup: says once per run whether the browser tests can run. Without Chromium
 * they are skipped and this prints one line (how to install it); under CI=true a missing Chromium
 * fails the run instead.
 */
import { CHROMIUM, CHROMIUM_SKIP_LINE, HAVE_CHROMIUM } from '../support/chromium.js';

export default function setup(): void {
  if (HAVE_CHROMIUM) return;
  if (process.env.CI === 'true') throw new Error(`CI=true but Chromium is missing at ${CHROMIUM}: the browser tests must run in CI (apt-get install chromium)`);
  process.stdout.write(`${CHROMIUM_SKIP_LINE}\n`);
}
