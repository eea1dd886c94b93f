/**
 * Option parsers shared by the commands (zod-free: parsing an option never loads the schemas).
 */
import { InvalidArgumentError } from 'commander';
import { dateFilter } from '../query/inputs.js';

/**
 * A `--from`/`--to`/`--at` value as the query helpers take it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`,
 * trimmed, a real calendar date). Throws commander's InvalidArgumentError otherwise.
 */
export function parseDateOption(value: string): string {
  const date = dateFilter(value);
  if (date === null) throw new InvalidArgumentError(`"${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return date;
}
