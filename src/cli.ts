#!/usr/bin/env node
import { main } from './cli/program.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Last resort: one clear line, never a bare stack trace (set MEETING_KG_DEBUG=1 for it).
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`meeting-kg: ${message}\n`);
    if (process.env.MEETING_KG_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  },
);
