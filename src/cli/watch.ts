/**
 * `tiktok-live-rx watch`: print a room's events as they happen.
 */
import { liveRoom$ } from '../sources/liveRoom.js';
import { CONNECTION, connectionOptions, missingKeyWarning, OUTPUT, outputOptions, parse, target, targetLabel } from './args.js';
import { printHelp, WATCH_HELP } from './help.js';
import { print } from './print.js';

export async function watch(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...OUTPUT, ...CONNECTION }, 'watch', 1);
  if (values.help) return printHelp(WATCH_HELP);
  const out = outputOptions(values, 'watch');
  const options = connectionOptions(values, 'watch');
  const name = target(positionals, values, 'watch');
  const warning = missingKeyWarning(options);
  if (warning) process.stderr.write(`${warning}\n`);
  return print(liveRoom$(name, options), out, { start: `Connecting to ${targetLabel(name, options)}…`, debug: Boolean(values.debug) });
}
