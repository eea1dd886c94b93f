#!/usr/bin/env node
import { EXIT_STORE_FAILED } from './cli/errors.js';
import { main, oneLine } from './cli/program.js';
import { redactSecrets } from './server/redact.js';

// A reader that went away (`meeting-kg extract … | head -1`): stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw error;
  });
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
    // The store failed (a frozen server): its abandoned sockets may never close; they do not hold the exit.
    if (code === EXIT_STORE_FAILED) setTimeout(() => process.exit(code), 1_000).unref();
  },
  (error: unknown) => {
    // Last resort: one clear line, never a bare stack trace (set MEETING_KG_DEBUG=1 for it).
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`meeting-kg: ${oneLine(redactSecrets(message))}\n`);
    if (process.env.MEETING_KG_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${redactSecrets(error.stack)}\n`);
    process.exitCode = 1;
  },
);
