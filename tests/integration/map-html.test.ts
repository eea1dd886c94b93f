/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The HTML map end to end: the seeds ingested by the real pipeline, exported by the CLI, opened
 * from disk in headless Chromium (no network): nodes render, searching "do manh hien" focuses
 * Đỗ Mạnh Hiến, clicking him shows his evidence sentence, and the date range hides meetings.
 * Keeps test-artifacts/map-do-manh-hien.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../conformance/run-cli.js';
import { ARTIFACTS, HAVE_CHROMIUM, openChromium } from '../support/chromium.js';

const seeds = new URL('../../seeds/', import.meta.url).pathname;
const HIEN_CHAIRS = 'Đồng chí Đỗ Mạnh Hiến, Phó Bí thư Thường trực Thành ủy, Trưởng Ban Chỉ đạo 35 thành phố chủ trì Hội nghị.';

interface MapApi {
  firstFrameMs: number | null;
  linksReadyMs: number | null;
  focused: string | null;
  graph: { findNode(f: (n: string, a: Record<string, unknown>) => boolean): string | undefined; getNodeAttributes(n: string): Record<string, unknown> };
  renderer: { graphToViewport(p: { x: number; y: number }): { x: number; y: number } };
  visibleCount(): number;
}
declare global {
  interface Window { meetingKgMap: MapApi }
}

describe.skipIf(!HAVE_CHROMIUM)('the HTML map in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meeting-kg-map-'));
  const graph = join(dir, 'graph.json');
  const html = join(dir, 'map.html');
  beforeAll(async () => {
    const ingested = await runCli(['ingest', seeds, '--store', 'memory', '--graph', graph]);
    expect(ingested.code, ingested.err).toBe(0);
    const exported = await runCli(['export', '--format', 'html', '--out', html, '--store', 'memory', '--graph', graph, '--title', 'Seeds']);
    expect(exported.code, exported.err).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders the nodes, finds "do manh hien", and shows his evidence when clicked', async () => {
    const { context, close } = await openChromium({ width: 1400, height: 900 });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const requests: string[] = [];
      page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`file://${html}`);
      await page.waitForFunction(() => window.meetingKgMap?.firstFrameMs != null, null, { timeout: 60_000 });
      // The links join the nodes right after the first frame; hover, panel and range read them.
      await page.waitForFunction(() => window.meetingKgMap?.linksReadyMs != null, null, { timeout: 60_000 });

      // Nodes render: the canvas shows each kind's colour (screenshot decoded in the page itself).
      const shot = (await page.screenshot({ clip: { x: 340, y: 0, width: 1060, height: 900 } })).toString('base64');
      const colours = await page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        const near = (i: number, [r, g, b]: number[]) => Math.abs(px[i]! - r!) + Math.abs(px[i + 1]! - g!) + Math.abs(px[i + 2]! - b!) < 40;
        const count = { person: 0, body: 0, meeting: 0 };
        for (let i = 0; i < px.length; i += 4) {
          if (near(i, [0xd9, 0x53, 0x4f])) count.person++;
          else if (near(i, [0x2f, 0x6d, 0xb5])) count.body++;
          else if (near(i, [0xf0, 0xad, 0x4e])) count.meeting++;
        }
        return count;
      }, shot);
      expect(colours.person).toBeGreaterThan(20);
      expect(colours.body).toBeGreaterThan(20);
      expect(colours.meeting).toBeGreaterThan(20);
      expect(await page.locator('#mkg-legend').textContent()).toContain('People (5)');

      // Search without diacritics focuses him.
      const hien = await page.evaluate(() => window.meetingKgMap.graph.findNode((_n: string, a: Record<string, unknown>) => a.label === 'Đỗ Mạnh Hiến') ?? null);
      expect(hien).not.toBeNull();
      await page.fill('#mkg-search', 'do manh hien');
      await page.locator('#mkg-results li').first().waitFor();
      expect(await page.locator('#mkg-results li').first().textContent()).toBe('Đỗ Mạnh Hiến');
      await page.press('#mkg-search', 'Enter');
      await page.waitForFunction((id) => document.body.dataset.focused === id, hien);
      await page.waitForTimeout(600); // the camera's move to him

      // A click on him opens the panel with his evidence sentence and its article.
      const at = await page.evaluate((id) => {
        const m = window.meetingKgMap;
        const a = m.graph.getNodeAttributes(id!) as { x: number; y: number };
        return m.renderer.graphToViewport({ x: a.x, y: a.y });
      }, hien);
      await page.mouse.click(at.x, at.y);
      const panel = page.locator('#mkg-panel');
      await panel.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await panel.getAttribute('data-node')).toBe(hien);
      expect(await panel.locator('h2').textContent()).toBe('Đỗ Mạnh Hiến');
      expect(await panel.locator('.mkg-evidence').allTextContents()).toContain(HIEN_CHAIRS);
      expect(await panel.locator('.mkg-fact').filter({ hasText: 'chaired' }).first().textContent()).toContain('2023-02-06');
      // The seeds are text files: their article is named by its title (a link when it has a URL).
      expect(await panel.locator('.mkg-article').first().textContent()).toContain('Tăng cường công tác bảo vệ nền tảng tư tưởng của Đảng');
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'map-do-manh-hien.png') });

      // The date range hides the January meeting and the people seen only there.
      const all = await page.evaluate(() => window.meetingKgMap.visibleCount());
      await page.fill('#mkg-from', '2023-02');
      await page.press('#mkg-from', 'Enter');
      await page.locator('#mkg-to').focus();
      const after = await page.evaluate(() => window.meetingKgMap.visibleCount());
      expect(after).toBeLessThan(all);
      await page.fill('#mkg-search', 'pham dong thuy');
      expect(await page.locator('#mkg-results li').count()).toBe(0);

      expect(errors).toEqual([]);
      expect(requests).toEqual([]); // nothing left the page
    } finally {
      await close();
    }
  }, 180_000);
});
