/**
 * Finding Chromium for the browser tests (Neo4j Browser, the HTML map): Debian's `chromium`
 * driven by playwright-core, never a downloaded browser. Without it the browser tests are skipped
 * and the run prints one line saying how to get it (tests/setup/chromium.ts) — except under CI
 * (CI=true), where a missing Chromium fails the run, since `.ci/run` installs it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** The Chromium the tests drive (MEETING_KG_CHROMIUM, else /usr/bin/chromium). */
export const CHROMIUM = process.env.MEETING_KG_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** True when the browser tests can run. */
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
/** The one line a run without Chromium prints. */
export const CHROMIUM_SKIP_LINE = `browser tests skipped: no Chromium at ${CHROMIUM} (to run them: apt-get install chromium)`;
/** Where browser tests keep screenshots. */
export const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url).pathname;

/** Opens a fresh headless Chromium profile; `close()` removes it. */
export async function openChromium(viewport = { width: 1400, height: 1000 }): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'meeting-kg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, viewport });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
