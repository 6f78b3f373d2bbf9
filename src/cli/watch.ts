/**
 * `tiktok-live-rx watch`: print a room's events as they happen.
 */
import { liveRoom$ } from '../sources/liveRoom.js';
import { CONNECTION, connectionOptions, OUTPUT, outputOptions, parse, target, targetLabel } from './args.js';
import { printHelp, WATCH_HELP } from './help.js';
import { print } from './print.js';

export async function watch(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...OUTPUT, ...CONNECTION }, WATCH_HELP, 1);
  if (values.help) return printHelp(WATCH_HELP);
  const out = outputOptions(values, WATCH_HELP);
  const options = connectionOptions(values, WATCH_HELP);
  const name = target(positionals, values, WATCH_HELP);
  return print(liveRoom$(name, options), out, targetLabel(name, options));
}
