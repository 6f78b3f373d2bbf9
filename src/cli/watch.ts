/**
 * `tiktok-live-rx watch`: print a room's events as they happen.
 */
import { liveRoom$ } from '../sources/liveRoom.js';
import { liveRooms$ } from '../sources/liveRooms.js';
import { CONNECTION, connectionOptions, missingKeyWarning, OUTPUT, outputOptions, parse, target, targetLabel, transportOption, UsageError } from './args.js';
import { printHelp, WATCH_HELP } from './help.js';
import { print } from './print.js';
import { sayOnceConnected } from './say.js';

export async function watch(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...OUTPUT, ...CONNECTION, transport: { type: 'string' }, say: { type: 'string' } }, 'watch', Infinity);
  if (values.help) return printHelp(WATCH_HELP);
  const out = outputOptions(values, 'watch');
  const options = { ...connectionOptions(values, 'watch'), transport: transportOption(values, 'watch') };
  if (positionals.length > 1) {
    // Several rooms: one stream, each line prefixed with its room's handle.
    if (options.roomId !== undefined) throw new UsageError('--room-id names one room: give it alone, or give @users', 'watch');
    if (values.say !== undefined) throw new UsageError('--say sends to one room: give one @user', 'watch');
    const names = positionals.map((p) => target([p], values, 'watch'));
    const warning = missingKeyWarning(options);
    if (warning) process.stderr.write(`${warning}\n`);
    return print(liveRooms$(names, options), out, { start: `Connecting to ${names.map((n) => `@${n}`).join(', ')}…`, debug: Boolean(values.debug) });
  }
  const name = target(positionals, values, 'watch');
  const say = values.say === undefined ? undefined : sayOnceConnected(values.say, options);
  const warning = missingKeyWarning(options);
  if (warning) process.stderr.write(`${warning}\n`);
  const room$ = liveRoom$(name, options);
  return print(say ? room$.pipe(say) : room$, out, { start: `Connecting to ${targetLabel(name, options)}…`, debug: Boolean(values.debug) });
}
