import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { Command, CommanderError } from 'commander';
import { registerReadCommand } from '../../../src/cli/commands/read.js';
import { UserError } from '../../../src/cli/errors.js';
import { ArticleSchema } from '../../../src/model/article.js';
import { SEED_HAIPHONG, SEED_TINH } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'mkg-cli-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  // The read command alone, handled as src/cli/program.ts's main() does (one line, no stack).
  const program = new Command('meeting-kg').exitOverride();
  program.configureOutput({ writeErr: (t) => void process.stderr.write(t), writeOut: (t) => void process.stdout.write(t) });
  registerReadCommand(program);
  let code: number;
  try {
    await program.parseAsync(['node', 'meeting-kg', 'read', ...args]);
    code = typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) code = error.exitCode;
    else if (error instanceof UserError) {
      process.stderr.write(`meeting-kg: ${error.message}\n`);
      code = error.exitCode;
    } else throw error;
  }
  vi.restoreAllMocks();
  process.exitCode = undefined;
  return { code, stdout, stderr };
}

describe('meeting-kg read', () => {
  it('prints the seeds as a JSON array of valid articles with the Done-when facts', async () => {
    const { code, stdout, stderr } = await run(SEED_HAIPHONG, SEED_TINH);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const articles = (JSON.parse(stdout) as unknown[]).map((a) => ArticleSchema.parse(a));
    const [hp, tinh] = articles;
    expect(hp).toMatchObject({ source: 'haiphong.gov.vn', authors: ['Hoàng Tùng'], published: null });
    expect(tinh).toMatchObject({
      title: 'Chủ động nắm tình hình trên tất cả các lĩnh vực, đặc biệt trên không gian mạng',
      authors: ['Đào Quyên', 'Thành Tâm'],
    });
    expect(tinh?.published?.slice(0, 10)).toBe('2023-01-05');
  });

  it('prints one article a line with --format jsonl', async () => {
    const { code, stdout } = await run('--format', 'jsonl', SEED_HAIPHONG, SEED_TINH);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => ArticleSchema.parse(JSON.parse(l)).input)).toEqual([SEED_HAIPHONG, SEED_TINH]);
  });

  it('reports each failed input on stderr, still prints the others, and exits non-zero', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const { code, stdout, stderr } = await run('--format', 'jsonl', empty, SEED_TINH, join(dir, 'missing.txt'));
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd().split('\n')).toEqual([
      `meeting-kg read: ${empty}: empty file`,
      `meeting-kg read: ${join(dir, 'missing.txt')}: unreadable: no such file or directory`,
    ]);
  });

  it('warns about files of other kinds in a directory it was given, reads the rest, and exits 0', async () => {
    const folder = join(dir, 'mixed');
    mkdirSync(folder);
    copyFileSync(SEED_TINH, join(folder, 'report.txt'));
    writeFileSync(join(folder, 'minutes.docx'), 'PK');
    const { code, stdout, stderr } = await run('--format', 'jsonl', folder);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toBe(`meeting-kg read: ${folder}: warning: 1 file(s) not read, of kinds other than .txt, .md, .html, .jsonl(.gz) or .json: .docx\n`);
  });

  it('applies --max-bytes and says so in one line', async () => {
    const { code, stderr } = await run('--max-bytes', '1k', SEED_TINH);
    expect(code).toBe(1);
    expect(stderr).toContain('over the 1.0 kB limit');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a bad --format or --max-bytes with a usage error', async () => {
    expect((await run('--format', 'xml', SEED_TINH)).code).not.toBe(0);
    expect((await run('--max-bytes', 'lots', SEED_TINH)).stderr).toMatch(/not a size/);
  });
});
