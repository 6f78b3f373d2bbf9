/**
 * `tiktok-live-rx replay`: play a recording back through the same decoding as a live room.
 */
import { readFileSync } from 'node:fs';
import { MIN_REPLAY_SPEED, replayRoom$ } from '../sources/replayRoom.js';
import { OUTPUT, outputOptions, parse, UsageError } from './args.js';
import { printHelp, REPLAY_HELP } from './help.js';
import { print } from './print.js';

export async function replay(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...OUTPUT, speed: { type: 'string' } }, 'replay', 1);
  if (values.help) return printHelp(REPLAY_HELP);
  const file = positionals[0];
  if (!file) throw new UsageError('Say which recording to play: tiktok-live-rx replay <file>', 'replay');
  const speedArg = values.speed ?? '1';
  const speed = speedArg === 'max' ? 'max' : Number(speedArg);
  if (speed !== 'max' && !(speed >= MIN_REPLAY_SPEED)) throw new UsageError(`--speed must be a number from ${MIN_REPLAY_SPEED} up, or "max", got "${String(speedArg)}"`, 'replay');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`Cannot read ${file}: ${(err as Error).message}`, 'replay');
  }
  return print(replayRoom$(text, { speed }), outputOptions(values, 'replay'), { start: `Replaying ${file}${speed === 'max' ? ' (as fast as it decodes)' : speed === 1 ? '' : ` at ${speed}× speed`}…` });
}
