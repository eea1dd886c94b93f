import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  dateFilter,
  parseChairsInput,
  parseHoldersInput,
  parseMeetingsInput,
  parseNameInput,
  parseSearchInput,
  parseTasksInput,
} from '../../../src/query/inputs.js';
import {
  ChairsInputSchema,
  DateFilterSchema,
  HoldersInputSchema,
  MeetingsInputSchema,
  NameInputSchema,
  SearchInputSchema,
  TasksInputSchema,
} from '../../../src/query/schemas.js';

/** What a parse gives: the value (undefined fields left out), or the ZodError's issues. */
async function outcome(parse: () => unknown): Promise<unknown> {
  try {
    const value = await parse();
    return { ok: value !== null && typeof value === 'object' ? JSON.parse(JSON.stringify(value)) : value };
  } catch (error) {
    expect(error).toBeInstanceOf(ZodError);
    return { issues: (error as ZodError).issues };
  }
}

const names: unknown[] = ['Đỗ Mạnh Hiến', '  do manh hien  ', '', '   ', '\t\n', 'a', 42, null, undefined, {}, ['x']];
const dates: unknown[] = ['2023', '2023-02', '2023-02-06', ' 2023-02-28 ', '2024-02-29', '2023-02-29', '2023-13', '2023-00', '2023-04-31', '2023-1', '--02-06', '２０２３', '', 2023, null, undefined];

describe('query inputs checked without zod', () => {
  it('parse a date filter as DateFilterSchema does', () => {
    for (const d of dates.filter((x): x is string => typeof x === 'string')) {
      const r = DateFilterSchema.safeParse(d);
      expect(dateFilter(d), d).toBe(r.success ? r.data : null);
    }
  });

  it('give what the schemas give, and the same ZodError for a wrong input', async () => {
    const cases: Array<[string, (v: unknown) => Promise<unknown>, { parse(v: unknown): unknown }, unknown[]]> = [
      ['name', parseNameInput, NameInputSchema, names],
      ['chairs', parseChairsInput, ChairsInputSchema, [
        {}, ...names.map((n) => ({ person: n })), ...names.map((n) => ({ organization: n })), ...dates.map((d) => ({ from: d, to: d })),
        { organization: ' Ban Chỉ đạo 35 ', person: 'x', from: '2023', to: '2023-12', extra: 1 }, null, 'chairs', [], new Date(0),
      ]],
      ['holders', parseHoldersInput, HoldersInputSchema, [
        {}, { position: 'Giám đốc' }, { organization: ' Sở Y tế ' }, { position: 'a', organization: 'b' }, { position: '  ' },
        ...dates.map((d) => ({ position: 'Giám đốc', at: d })), { organization: 7 }, null,
      ]],
      ['meetings', parseMeetingsInput, MeetingsInputSchema, [
        {}, ...names.map((n) => ({ kind: n })), ...names.map((n) => ({ organization: n })), ...dates.map((d) => ({ from: d })), undefined,
      ]],
      ['tasks', parseTasksInput, TasksInputSchema, [
        {}, ...names.map((n) => ({ issuedBy: n })), ...dates.map((d) => ({ to: d })), { organization: 'UBND', from: '2017', to: '2017-06' },
      ]],
      ['search', parseSearchInput, SearchInputSchema, [
        'cong an', '  ', { text: ' hien ' }, { text: '' }, { text: 5 }, { text: 'x', limit: 1 }, { text: 'x', limit: 1000 }, { text: 'x', limit: 1001 },
        { text: 'x', limit: 0 }, { text: 'x', limit: 2.5 }, { text: 'x', limit: Number.NaN }, { text: 'x', limit: '5' }, { text: 'x', labels: [] },
        { text: 'x', labels: ['Person', 'Position'] }, { text: 'x', labels: ['Meeting'] }, { text: 'x', labels: 'Person' }, { text: 'x', labels: [, 'Person'] }, null,
      ]],
    ];
    for (const [name, fast, schema, inputs] of cases) {
      for (const input of inputs) {
        const viaSchema = name === 'search' && typeof input === 'string' ? { text: input } : input;
        const expected = await outcome(() => schema.parse(viaSchema === undefined && name !== 'name' ? {} : viaSchema));
        expect(await outcome(() => fast(input)), `${name} ${String(JSON.stringify(input))}`).toEqual(expected);
      }
    }
  });
});
