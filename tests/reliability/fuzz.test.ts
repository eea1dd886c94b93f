/**
 * Fuzzing the ingest pipeline: 10,000+ inputs (random bytes, invalid UTF-8, a 5 MB paragraph,
 * 200,000 nested tags, repeated phrases, combining-mark storms, JSON of the wrong shape) go
 * through the real loader, extraction, resolution and store, one article per batch so that each
 * input is timed alone. No crash, no stall (the slowest input is printed: target under 2 s), every bad one reported by name or line
 * number, every good one around them ingested. Deterministic (seeded).
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { seededRandom as rng } from '../../src/analyze/analytics.js';
import { MemoryGraphStore } from '../../src/store/memory/index.js';
import { figure } from './support.js';


const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Đức', 'Thanh', 'Quốc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Sơn'];
const ROLES = ['Chủ tịch UBND tỉnh', 'Phó Chủ tịch UBND tỉnh', 'Giám đốc Sở Y tế', 'Bí thư Tỉnh ủy'];

const dir = mkdtempSync(join(tmpdir(), 'mkg-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fuzzed inputs never stall or kill the run', () => {
  it('ingests the good ones and reports every bad one, none stalling', async () => {
    const random = rng(13);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    const randomBytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));
    const goodText = (i: number): string => {
      const name = `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
      return `Ngày ${1 + (i % 28)}/${1 + (i % 12)}/2023, ông ${name}, ${pick(ROLES)} chủ trì cuộc họp số ${i} về phòng chống dịch. Ông ${name} yêu cầu các sở, ngành khẩn trương triển khai.`;
    };

    // 1. JSON Lines: 10,000 lines, good and bad mixed.
    const lines: string[] = [];
    const expectGood: string[] = [];
    const expectBad: string[] = [];
    const jsonl = join(dir, 'mixed.jsonl');
    const badShapes = ['[1,2]', '5', '"a string"', 'null', '{}', '{"text": 5}', '{"text": ["a"]}', '{"html": {"x": 1}}', '{"text": "   "}', '{"title": "only a title"}', '{not json', '{"text": "unterminated'];
    for (let i = 0; i < 10_000; i++) {
      const n = i + 1;
      const r = random();
      if (r < 0.2) {
        lines.push(JSON.stringify({ text: goodText(i) }));
        expectGood.push(`${jsonl}#${n}`);
      } else if (r < 0.23) {
        // Invalid UTF-8 inside a string: read (with a warning), not lost.
        lines.push(`{"text": "${goodText(i)} \u0000`.replace('\u0000', '') + '\uFFFD"}');
        expectGood.push(`${jsonl}#${n}`);
      } else if (r < 0.85) {
        lines.push(pick(badShapes));
        expectBad.push(`${jsonl}#${n}`);
      } else {
        // Random bytes (never a newline, never valid JSON: a control byte first).
        lines.push(`\u0001${randomBytes(20 + Math.floor(random() * 200)).toString('latin1').replace(/[\r\n]/g, ' ')}`);
        expectBad.push(`${jsonl}#${n}`);
      }
    }
    writeFileSync(jsonl, `${lines.join('\n')}\n`);

    // 2. Files: pathological articles and random bytes.
    const files = join(dir, 'files');
    mkdirSync(files);
    const fileGood: string[] = [];
    const fileBad: string[] = [];
    const add = (name: string, content: string | Buffer, good: boolean) => {
      writeFileSync(join(files, name), content);
      (good ? fileGood : fileBad).push(join(files, name));
    };
    add('a-5mb-paragraph.txt', `Chủ tịch UBND tỉnh chủ trì. ${'.'.repeat(5 * 1024 * 1024 - 100)}`, false); // over the per-article budget
    add('b-nested.html', `<html><body>${'<div>'.repeat(200_000)}<p>${goodText(1)}</p>${'</div>'.repeat(200_000)}</body></html>`, true);
    add('c-repeated-chair.txt', `Chủ tịch UBND tỉnh Nguyễn Văn A, `.repeat(1_700), true);
    add('d-repeated-sentence.txt', `${goodText(2)} `.repeat(300), true);
    add('j-over-budget.txt', `${goodText(5)} `.repeat(800), false); // over the per-article budget of text
    add('e-combining.txt', `Chủ tịch UBND tỉnh ${'a'.repeat(10)}${'\u0301\u0323'.repeat(50_000)} họp.`, true);
    add('f-dots.txt', `Chủ tịch UBND tỉnh chủ trì cuộc họp. ${'.'.repeat(50_000)}`, true);
    add('g-plain.html', `${goodText(3)}\n`, true);
    add('h-invalid-utf8.txt', Buffer.concat([Buffer.from(goodText(4)), Buffer.from([0xff, 0xfe, 0xc3])]), true);
    add('i-wrong-shape.json', '[1, "x", {"text": 7}]', false);
    for (let i = 0; i < 20; i++) add(`r-${String(i).padStart(2, '0')}.txt`, randomBytes(2_000 + Math.floor(random() * 20_000)), false);

    const store = MemoryGraphStore.inMemory();
    const durations: Array<{ input: string; ms: number }> = [];
    let last = performance.now();
    const summary = await ingest([files, jsonl], {
      store,
      batchSize: 1,
      onProgress: (e) => {
        const now = performance.now();
        durations.push({ input: e.input, ms: now - last });
        last = now;
      },
    });
    const skipped = new Set(summary.skipped.map((k) => k.input));
    const inputs = lines.length + 10 + 20;
    // Every bad JSON line is reported by its line number; the good ones around them are in.
    for (const bad of expectBad) expect(skipped.has(bad), bad).toBe(true);
    for (const good of expectGood) expect(skipped.has(good), good).toBe(false);
    for (const good of fileGood) expect(skipped.has(good), good).toBe(false);
    // Random-byte files are either refused (binary) or read as odd text; the over-budget one is refused.
    expect(skipped.has(join(files, 'a-5mb-paragraph.txt'))).toBe(true);
    expect(summary.skipped.find((k) => k.input === join(files, 'j-over-budget.txt'))?.reason).toMatch(/over the per-article budget/);
    expect(skipped.has(join(files, 'i-wrong-shape.json#1'))).toBe(true);
    for (const k of summary.skipped) expect(k.reason).not.toMatch(/\n/);
    expect(summary.articles.new).toBeGreaterThanOrEqual(expectGood.length + fileGood.length);
    const slowest = durations.reduce((a, b) => (b.ms > a.ms ? b : a), { input: '', ms: 0 });
    figure('inputs fuzzed', inputs);
    figure('good JSON lines ingested / bad ones reported', `${expectGood.length} / ${expectBad.length}`);
    figure('slowest input', `${slowest.input.replace(dir, '…')} ${(slowest.ms / 1000).toFixed(2)} s`);
    expect(inputs).toBeGreaterThanOrEqual(10_000);
    // The 2 s target is measured and printed above (the figure to report); the assertion only
    // catches a stall, with room for a loaded shared machine (timings are not asserted tightly).
    expect(slowest.ms, slowest.input).toBeLessThan(10_000);
  }, 300_000);
});
