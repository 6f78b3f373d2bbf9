#!/usr/bin/env node
/**
 * The `tiktok-live-rx` command: dispatches to watch, say, demo, record, replay, relay, simulate, worker or fleet,
 * and turns what they end with into an exit code (0 done, 1 error, 2 wrong arguments).
 */
import { LiveError } from '../errors.js';
import { UsageError } from './args.js';
import { demo } from './demo.js';
import { fleet, worker } from './fleet.js';
import { COMMAND_HELP, HELP, printHelp, VERSION } from './help.js';
import { record } from './record.js';
import { relay } from './relay.js';
import { replay } from './replay.js';
import { say } from './say.js';
import { simulate } from './simulate.js';
import { stdoutClosedWith, watchStdout } from './stdout.js';
import { watch } from './watch.js';

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = { watch, say, demo, record, replay, relay, simulate, worker, fleet };

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      process.stdout.write(HELP);
      return 2;
    }
    if (command === 'help' && rest[0] !== undefined) {
      const help = COMMAND_HELP[rest[0]];
      if (!help) throw new UsageError(`Unknown command "${rest[0]}".`);
      return printHelp(help);
    }
    if (command === '-h' || command === '--help' || command === 'help') return printHelp(HELP);
    if (command === '-v' || command === '--version') return printHelp(`${VERSION}\n`);
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`Unknown command "${command}".`);
    return await run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`tiktok-live-rx: ${err.message}\nSee "tiktok-live-rx ${err.command ? `${err.command} ` : ''}--help".\n`);
      return 2;
    }
    process.stderr.write(`tiktok-live-rx: ${err instanceof LiveError || err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

watchStdout();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // Let stdout drain (unless its reader is gone), then leave without waiting for idle keep-alive connections.
    if (stdoutClosedWith() !== undefined) process.exit(code);
    else process.stdout.write('', () => process.exit(code));
  },
  (err: unknown) => {
    process.stderr.write(`tiktok-live-rx: ${String(err)}\n`);
    process.exitCode = 1;
  },
);
